/// 收尾指令 — what may be asked in the closing area (disclosure, evaluation, accountability, rule changes, follow-up and archiving).
public enum ClosingIntent: Hashable, Sendable, Codable {
    /// The leading group's consent to withhold parts of the disclosure.
    case consentToWithholding(InspectionID, grounds: Set<WithholdingGround>)
    /// Record the disclosure (公开).
    case recordDisclosure(InspectionID, DisclosureFiling)
    /// Record the evaluation (整改评估) of the four checks.
    case recordEvaluation(InspectionID, scores: FourChecks, remarks: String)
    /// Archive the inspection (归档).
    case archive(InspectionID)
    /// Let the inspection's team read its records after the window closed.
    case grantArchiveAccess(InspectionID)
    /// Record an accountability outcome (问责).
    case recordAccountability(AccountabilityFiling)
    /// Record a regulation created or revised (建章立制).
    case recordRuleChange(InspectionID, findingIDs: [FindingID], title: String, kind: RuleChangeKind)
    /// Record a follow-up check (回头看), reopening relapsed items.
    case recordFollowUp(InspectionID, relapsed: [RectificationItemID], held: [RectificationItemID], satisfactionPercent: Int, remarks: String)
}

extension ClosingIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// The leading group's consent to withhold parts of the disclosure.
        case consentToWithholding
        /// Record the disclosure (公开).
        case recordDisclosure
        /// Record the evaluation (整改评估) of the four checks.
        case recordEvaluation
        /// Archive the inspection (归档).
        case archive
        /// Let the inspection's team read its records after the window closed.
        case grantArchiveAccess
        /// Record an accountability outcome (问责).
        case recordAccountability
        /// Record a regulation created or revised (建章立制).
        case recordRuleChange
        /// Record a follow-up check (回头看), reopening relapsed items.
        case recordFollowUp
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .consentToWithholding: .consentToWithholding
        case .recordDisclosure: .recordDisclosure
        case .recordEvaluation: .recordEvaluation
        case .archive: .archive
        case .grantArchiveAccess: .grantArchiveAccess
        case .recordAccountability: .recordAccountability
        case .recordRuleChange: .recordRuleChange
        case .recordFollowUp: .recordFollowUp
        }
    }
}

extension Intent {
    /// The leading group's consent to withhold parts of the disclosure.
    public static func consentToWithholding(_ a0: InspectionID, grounds a1: Set<WithholdingGround>) -> Intent { .closing(.consentToWithholding(a0, grounds: a1)) }

    /// Record the disclosure (公开).
    public static func recordDisclosure(_ a0: InspectionID, _ a1: DisclosureFiling) -> Intent { .closing(.recordDisclosure(a0, a1)) }

    /// Record the evaluation (整改评估) of the four checks.
    public static func recordEvaluation(_ a0: InspectionID, scores a1: FourChecks, remarks a2: String) -> Intent { .closing(.recordEvaluation(a0, scores: a1, remarks: a2)) }

    /// Archive the inspection (归档).
    public static func archive(_ a0: InspectionID) -> Intent { .closing(.archive(a0)) }

    /// Let the inspection's team read its records after the window closed.
    public static func grantArchiveAccess(_ a0: InspectionID) -> Intent { .closing(.grantArchiveAccess(a0)) }

    /// Record an accountability outcome (问责).
    public static func recordAccountability(_ a0: AccountabilityFiling) -> Intent { .closing(.recordAccountability(a0)) }

    /// Record a regulation created or revised (建章立制).
    public static func recordRuleChange(_ a0: InspectionID, findingIDs a1: [FindingID], title a2: String, kind a3: RuleChangeKind) -> Intent { .closing(.recordRuleChange(a0, findingIDs: a1, title: a2, kind: a3)) }

    /// Record a follow-up check (回头看), reopening relapsed items.
    public static func recordFollowUp(_ a0: InspectionID, relapsed a1: [RectificationItemID], held a2: [RectificationItemID], satisfactionPercent a3: Int, remarks a4: String) -> Intent { .closing(.recordFollowUp(a0, relapsed: a1, held: a2, satisfactionPercent: a3, remarks: a4)) }
}

extension IntentKind {
    /// The leading group's consent to withhold parts of the disclosure.
    public static let consentToWithholding: IntentKind = .closing(.consentToWithholding)
    /// Record the disclosure (公开).
    public static let recordDisclosure: IntentKind = .closing(.recordDisclosure)
    /// Record the evaluation (整改评估) of the four checks.
    public static let recordEvaluation: IntentKind = .closing(.recordEvaluation)
    /// Archive the inspection (归档).
    public static let archive: IntentKind = .closing(.archive)
    /// Let the inspection's team read its records after the window closed.
    public static let grantArchiveAccess: IntentKind = .closing(.grantArchiveAccess)
    /// Record an accountability outcome (问责).
    public static let recordAccountability: IntentKind = .closing(.recordAccountability)
    /// Record a regulation created or revised (建章立制).
    public static let recordRuleChange: IntentKind = .closing(.recordRuleChange)
    /// Record a follow-up check (回头看), reopening relapsed items.
    public static let recordFollowUp: IntentKind = .closing(.recordFollowUp)
}
