/// 收尾事件 — the events of the closing area (disclosure, evaluation, accountability, rule changes, follow-up and archiving), as the journal records them under `"closing.…"`.
public enum ClosingEvent: Hashable, Sendable {
    /// The leading group consented to withholding.
    case withholdingConsented(InspectionID, WithholdingConsent)
    /// The disclosure was recorded.
    case disclosureRecorded(InspectionID, Disclosure)
    /// The evaluation was recorded.
    case evaluationRecorded(InspectionID, Evaluation)
    /// The inspection was archived.
    case archived(InspectionID, Day)
    /// The team was granted read access to the archive.
    case archiveAccessGranted(InspectionID, TeamID)
    /// An accountability outcome was recorded.
    case accountabilityRecorded(AccountabilityRecord)
    /// A rule change was recorded.
    case ruleChangeRecorded(RuleChange)
    /// A follow-up was recorded (relapsed items reopen).
    case followUpRecorded(FollowUp)
}

extension ClosingEvent {
    /// The stable names of this area's events (the part of `"type"` after `"closing."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// The leading group consented to withholding.
        case withholdingConsented
        /// The disclosure was recorded.
        case disclosureRecorded
        /// The evaluation was recorded.
        case evaluationRecorded
        /// The inspection was archived.
        case archived
        /// The team was granted read access to the archive.
        case archiveAccessGranted
        /// An accountability outcome was recorded.
        case accountabilityRecorded
        /// A rule change was recorded.
        case ruleChangeRecorded
        /// A follow-up was recorded (relapsed items reopen).
        case followUpRecorded
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .withholdingConsented: .withholdingConsented
        case .disclosureRecorded: .disclosureRecorded
        case .evaluationRecorded: .evaluationRecorded
        case .archived: .archived
        case .archiveAccessGranted: .archiveAccessGranted
        case .accountabilityRecorded: .accountabilityRecorded
        case .ruleChangeRecorded: .ruleChangeRecorded
        case .followUpRecorded: .followUpRecorded
        }
    }
}

extension ClosingEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .withholdingConsented: [("inspection", "InspectionID"), ("consent", "WithholdingConsent")]
        case .disclosureRecorded: [("inspection", "InspectionID"), ("disclosure", "Disclosure")]
        case .evaluationRecorded: [("inspection", "InspectionID"), ("evaluation", "Evaluation")]
        case .archived: [("inspection", "InspectionID"), ("day", "Day")]
        case .archiveAccessGranted: [("inspection", "InspectionID"), ("team", "TeamID")]
        case .accountabilityRecorded: [("record", "AccountabilityRecord")]
        case .ruleChangeRecorded: [("ruleChange", "RuleChange")]
        case .followUpRecorded: [("followUp", "FollowUp")]
        }
    }
}

extension Event {
    /// The leading group consented to withholding.
    public static func withholdingConsented(_ a0: InspectionID, _ a1: WithholdingConsent) -> Event { .closing(.withholdingConsented(a0, a1)) }

    /// The disclosure was recorded.
    public static func disclosureRecorded(_ a0: InspectionID, _ a1: Disclosure) -> Event { .closing(.disclosureRecorded(a0, a1)) }

    /// The evaluation was recorded.
    public static func evaluationRecorded(_ a0: InspectionID, _ a1: Evaluation) -> Event { .closing(.evaluationRecorded(a0, a1)) }

    /// The inspection was archived.
    public static func archived(_ a0: InspectionID, _ a1: Day) -> Event { .closing(.archived(a0, a1)) }

    /// The team was granted read access to the archive.
    public static func archiveAccessGranted(_ a0: InspectionID, _ a1: TeamID) -> Event { .closing(.archiveAccessGranted(a0, a1)) }

    /// An accountability outcome was recorded.
    public static func accountabilityRecorded(_ a0: AccountabilityRecord) -> Event { .closing(.accountabilityRecorded(a0)) }

    /// A rule change was recorded.
    public static func ruleChangeRecorded(_ a0: RuleChange) -> Event { .closing(.ruleChangeRecorded(a0)) }

    /// A follow-up was recorded (relapsed items reopen).
    public static func followUpRecorded(_ a0: FollowUp) -> Event { .closing(.followUpRecorded(a0)) }
}

extension EventType {
    /// The leading group consented to withholding.
    public static let withholdingConsented: EventType = .closing(.withholdingConsented)
    /// The disclosure was recorded.
    public static let disclosureRecorded: EventType = .closing(.disclosureRecorded)
    /// The evaluation was recorded.
    public static let evaluationRecorded: EventType = .closing(.evaluationRecorded)
    /// The inspection was archived.
    public static let archived: EventType = .closing(.archived)
    /// The team was granted read access to the archive.
    public static let archiveAccessGranted: EventType = .closing(.archiveAccessGranted)
    /// An accountability outcome was recorded.
    public static let accountabilityRecorded: EventType = .closing(.accountabilityRecorded)
    /// A rule change was recorded.
    public static let ruleChangeRecorded: EventType = .closing(.ruleChangeRecorded)
    /// A follow-up was recorded (relapsed items reopen).
    public static let followUpRecorded: EventType = .closing(.followUpRecorded)
}
