/// 问题底稿事件 — the events of the findings area (finding drafts and their review), as the journal records them under `"findings.…"`.
public enum FindingsEvent: Hashable, Sendable {
    /// A finding draft was written.
    case findingDrafted(Finding)
    /// A returned draft was revised.
    case findingRevised(FindingID, FindingContent)
    /// The team meeting reviewed a draft.
    case findingReviewed(FindingID, FindingReview)
}

extension FindingsEvent {
    /// The stable names of this area's events (the part of `"type"` after `"findings."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A finding draft was written.
        case findingDrafted = "drafted"
        /// A returned draft was revised.
        case findingRevised = "revised"
        /// The team meeting reviewed a draft.
        case findingReviewed = "reviewed"
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .findingDrafted: .findingDrafted
        case .findingRevised: .findingRevised
        case .findingReviewed: .findingReviewed
        }
    }
}

extension FindingsEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .findingDrafted: [("finding", "Finding")]
        case .findingRevised: [("finding", "FindingID"), ("content", "FindingContent")]
        case .findingReviewed: [("finding", "FindingID"), ("review", "FindingReview")]
        }
    }
}

extension Event {
    /// A finding draft was written.
    public static func findingDrafted(_ a0: Finding) -> Event { .findings(.findingDrafted(a0)) }

    /// A returned draft was revised.
    public static func findingRevised(_ a0: FindingID, _ a1: FindingContent) -> Event { .findings(.findingRevised(a0, a1)) }

    /// The team meeting reviewed a draft.
    public static func findingReviewed(_ a0: FindingID, _ a1: FindingReview) -> Event { .findings(.findingReviewed(a0, a1)) }
}

extension EventType {
    /// A finding draft was written.
    public static let findingDrafted: EventType = .findings(.findingDrafted)
    /// A returned draft was revised.
    public static let findingRevised: EventType = .findings(.findingRevised)
    /// The team meeting reviewed a draft.
    public static let findingReviewed: EventType = .findings(.findingReviewed)
}
