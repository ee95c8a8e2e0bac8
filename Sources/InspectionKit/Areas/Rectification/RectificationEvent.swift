/// 整改事件 — the events of the rectification area (the rectification ledger, close-out and supervision), as the journal records them under `"rectification.…"`.
public enum RectificationEvent: Hashable, Sendable {
    /// The rectification plan was submitted, opening its items.
    case rectificationPlanSubmitted(InspectionID, Day, [RectificationItem])
    /// The rectification report was submitted.
    case rectificationReportSubmitted(InspectionID, RectificationReport)
    /// An item was opened for immediate rectification during fieldwork.
    case immediateRectificationStarted(RectificationItem)
    /// An item's status moved, with a progress note.
    case rectificationProgressed(RectificationItemID, RectificationStatus, ProgressNote)
    /// An item was marked long-term.
    case rectificationMarkedLongTerm(RectificationItemID, nextReview: Day)
    /// Close-out evidence was attached.
    case closeOutEvidenceAttached(RectificationItemID, [EvidenceItem])
    /// The head signed off a close-out.
    case closeOutSignedOff(RectificationItemID, SignOff)
    /// A party accepted a close-out.
    case closeOutAccepted(RectificationItemID, AcceptingParty, Day)
    /// An item was closed (销号).
    case rectificationVerified(RectificationItemID, Day)
    /// A supervision notice was issued.
    case supervisionNoticeIssued(RectificationItemID, SupervisionNotice)
}

extension RectificationEvent {
    /// The stable names of this area's events (the part of `"type"` after `"rectification."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// The rectification plan was submitted, opening its items.
        case rectificationPlanSubmitted = "planSubmitted"
        /// The rectification report was submitted.
        case rectificationReportSubmitted = "reportSubmitted"
        /// An item was opened for immediate rectification during fieldwork.
        case immediateRectificationStarted = "immediateStarted"
        /// An item's status moved, with a progress note.
        case rectificationProgressed = "progressed"
        /// An item was marked long-term.
        case rectificationMarkedLongTerm = "markedLongTerm"
        /// Close-out evidence was attached.
        case closeOutEvidenceAttached = "evidenceAttached"
        /// The head signed off a close-out.
        case closeOutSignedOff = "signedOff"
        /// A party accepted a close-out.
        case closeOutAccepted
        /// An item was closed (销号).
        case rectificationVerified = "verified"
        /// A supervision notice was issued.
        case supervisionNoticeIssued = "noticeIssued"
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .rectificationPlanSubmitted: .rectificationPlanSubmitted
        case .rectificationReportSubmitted: .rectificationReportSubmitted
        case .immediateRectificationStarted: .immediateRectificationStarted
        case .rectificationProgressed: .rectificationProgressed
        case .rectificationMarkedLongTerm: .rectificationMarkedLongTerm
        case .closeOutEvidenceAttached: .closeOutEvidenceAttached
        case .closeOutSignedOff: .closeOutSignedOff
        case .closeOutAccepted: .closeOutAccepted
        case .rectificationVerified: .rectificationVerified
        case .supervisionNoticeIssued: .supervisionNoticeIssued
        }
    }
}

extension RectificationEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .rectificationPlanSubmitted: [("inspection", "InspectionID"), ("day", "Day"), ("items", "[RectificationItem]")]
        case .rectificationReportSubmitted: [("inspection", "InspectionID"), ("report", "RectificationReport")]
        case .immediateRectificationStarted: [("item", "RectificationItem")]
        case .rectificationProgressed: [("item", "RectificationItemID"), ("status", "RectificationStatus"), ("note", "ProgressNote")]
        case .rectificationMarkedLongTerm: [("item", "RectificationItemID"), ("nextReview", "Day")]
        case .closeOutEvidenceAttached: [("item", "RectificationItemID"), ("evidence", "[EvidenceItem]")]
        case .closeOutSignedOff: [("item", "RectificationItemID"), ("signOff", "SignOff")]
        case .closeOutAccepted: [("item", "RectificationItemID"), ("party", "AcceptingParty"), ("day", "Day")]
        case .rectificationVerified: [("item", "RectificationItemID"), ("day", "Day")]
        case .supervisionNoticeIssued: [("item", "RectificationItemID"), ("notice", "SupervisionNotice")]
        }
    }
}

extension Event {
    /// The rectification plan was submitted, opening its items.
    public static func rectificationPlanSubmitted(_ a0: InspectionID, _ a1: Day, _ a2: [RectificationItem]) -> Event { .rectification(.rectificationPlanSubmitted(a0, a1, a2)) }

    /// The rectification report was submitted.
    public static func rectificationReportSubmitted(_ a0: InspectionID, _ a1: RectificationReport) -> Event { .rectification(.rectificationReportSubmitted(a0, a1)) }

    /// An item was opened for immediate rectification during fieldwork.
    public static func immediateRectificationStarted(_ a0: RectificationItem) -> Event { .rectification(.immediateRectificationStarted(a0)) }

    /// An item's status moved, with a progress note.
    public static func rectificationProgressed(_ a0: RectificationItemID, _ a1: RectificationStatus, _ a2: ProgressNote) -> Event { .rectification(.rectificationProgressed(a0, a1, a2)) }

    /// An item was marked long-term.
    public static func rectificationMarkedLongTerm(_ a0: RectificationItemID, nextReview a1: Day) -> Event { .rectification(.rectificationMarkedLongTerm(a0, nextReview: a1)) }

    /// Close-out evidence was attached.
    public static func closeOutEvidenceAttached(_ a0: RectificationItemID, _ a1: [EvidenceItem]) -> Event { .rectification(.closeOutEvidenceAttached(a0, a1)) }

    /// The head signed off a close-out.
    public static func closeOutSignedOff(_ a0: RectificationItemID, _ a1: SignOff) -> Event { .rectification(.closeOutSignedOff(a0, a1)) }

    /// A party accepted a close-out.
    public static func closeOutAccepted(_ a0: RectificationItemID, _ a1: AcceptingParty, _ a2: Day) -> Event { .rectification(.closeOutAccepted(a0, a1, a2)) }

    /// An item was closed (销号).
    public static func rectificationVerified(_ a0: RectificationItemID, _ a1: Day) -> Event { .rectification(.rectificationVerified(a0, a1)) }

    /// A supervision notice was issued.
    public static func supervisionNoticeIssued(_ a0: RectificationItemID, _ a1: SupervisionNotice) -> Event { .rectification(.supervisionNoticeIssued(a0, a1)) }
}

extension EventType {
    /// The rectification plan was submitted, opening its items.
    public static let rectificationPlanSubmitted: EventType = .rectification(.rectificationPlanSubmitted)
    /// The rectification report was submitted.
    public static let rectificationReportSubmitted: EventType = .rectification(.rectificationReportSubmitted)
    /// An item was opened for immediate rectification during fieldwork.
    public static let immediateRectificationStarted: EventType = .rectification(.immediateRectificationStarted)
    /// An item's status moved, with a progress note.
    public static let rectificationProgressed: EventType = .rectification(.rectificationProgressed)
    /// An item was marked long-term.
    public static let rectificationMarkedLongTerm: EventType = .rectification(.rectificationMarkedLongTerm)
    /// Close-out evidence was attached.
    public static let closeOutEvidenceAttached: EventType = .rectification(.closeOutEvidenceAttached)
    /// The head signed off a close-out.
    public static let closeOutSignedOff: EventType = .rectification(.closeOutSignedOff)
    /// A party accepted a close-out.
    public static let closeOutAccepted: EventType = .rectification(.closeOutAccepted)
    /// An item was closed (销号).
    public static let rectificationVerified: EventType = .rectification(.rectificationVerified)
    /// A supervision notice was issued.
    public static let supervisionNoticeIssued: EventType = .rectification(.supervisionNoticeIssued)
}
