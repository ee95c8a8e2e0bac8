/// 问题底稿指令 — what may be asked in the findings area (finding drafts and their review).
public enum FindingsIntent: Hashable, Sendable, Codable {
    /// Write a finding draft (问题底稿).
    case draftFinding(InspectionID, FindingContent)
    /// Revise a draft returned by the team meeting.
    case reviseFinding(FindingID, FindingContent)
    /// The team meeting's (组务会) review of a draft, signed by the leader.
    case reviewFinding(FindingID, decision: ReviewDecision, opinion: String)
}

extension FindingsIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Write a finding draft (问题底稿).
        case draftFinding
        /// Revise a draft returned by the team meeting.
        case reviseFinding
        /// The team meeting's (组务会) review of a draft, signed by the leader.
        case reviewFinding
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .draftFinding: .draftFinding
        case .reviseFinding: .reviseFinding
        case .reviewFinding: .reviewFinding
        }
    }
}

extension Intent {
    /// Write a finding draft (问题底稿).
    public static func draftFinding(_ a0: InspectionID, _ a1: FindingContent) -> Intent { .findings(.draftFinding(a0, a1)) }

    /// Revise a draft returned by the team meeting.
    public static func reviseFinding(_ a0: FindingID, _ a1: FindingContent) -> Intent { .findings(.reviseFinding(a0, a1)) }

    /// The team meeting's (组务会) review of a draft, signed by the leader.
    public static func reviewFinding(_ a0: FindingID, decision a1: ReviewDecision, opinion a2: String) -> Intent { .findings(.reviewFinding(a0, decision: a1, opinion: a2)) }
}

extension IntentKind {
    /// Write a finding draft (问题底稿).
    public static let draftFinding: IntentKind = .findings(.draftFinding)
    /// Revise a draft returned by the team meeting.
    public static let reviseFinding: IntentKind = .findings(.reviseFinding)
    /// The team meeting's (组务会) review of a draft, signed by the leader.
    public static let reviewFinding: IntentKind = .findings(.reviewFinding)
}
