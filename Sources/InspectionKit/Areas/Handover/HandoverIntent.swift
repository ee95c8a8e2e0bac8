/// 移交指令 — what may be asked in the handover area (problem clues and hand-over to the bodies that dispose of them).
public enum HandoverIntent: Hashable, Sendable, Codable {
    /// Mark the hand-over stage complete (every lead handed over).
    case completeHandover(InspectionID)
    /// Register a problem clue (问题线索) with its custodian.
    case registerLead(InspectionID, LeadFiling)
    /// Hand a lead over to its receiving body.
    case handOverLead(LeadID, HandoverDestination)
    /// The receiving body's disposition of a lead.
    case recordDisposition(LeadID, kind: DispositionKind, note: String, lateBecause: String? = nil)
    /// Hand a problem over to the body competent for it (移交有关问题).
    case handOverFinding(FindingID, HandoverDestination)
    /// The receiving body's disposition of a handed-over problem.
    case recordFindingDisposition(FindingID, kind: DispositionKind, note: String, lateBecause: String? = nil)
}

extension HandoverIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Mark the hand-over stage complete (every lead handed over).
        case completeHandover
        /// Register a problem clue (问题线索) with its custodian.
        case registerLead
        /// Hand a lead over to its receiving body.
        case handOverLead
        /// The receiving body's disposition of a lead.
        case recordDisposition
        /// Hand a problem over to the body competent for it (移交有关问题).
        case handOverFinding
        /// The receiving body's disposition of a handed-over problem.
        case recordFindingDisposition
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .completeHandover: .completeHandover
        case .registerLead: .registerLead
        case .handOverLead: .handOverLead
        case .recordDisposition: .recordDisposition
        case .handOverFinding: .handOverFinding
        case .recordFindingDisposition: .recordFindingDisposition
        }
    }
}

extension Intent {
    /// Mark the hand-over stage complete (every lead handed over).
    public static func completeHandover(_ a0: InspectionID) -> Intent { .handover(.completeHandover(a0)) }

    /// Register a problem clue (问题线索) with its custodian.
    public static func registerLead(_ a0: InspectionID, _ a1: LeadFiling) -> Intent { .handover(.registerLead(a0, a1)) }

    /// Hand a lead over to its receiving body.
    public static func handOverLead(_ a0: LeadID, _ a1: HandoverDestination) -> Intent { .handover(.handOverLead(a0, a1)) }

    /// The receiving body's disposition of a lead (with why it is late, when reported after its due day).
    public static func recordDisposition(_ a0: LeadID, kind a1: DispositionKind, note a2: String, lateBecause a3: String? = nil) -> Intent {
        .handover(.recordDisposition(a0, kind: a1, note: a2, lateBecause: a3))
    }

    /// Hand a problem over to the body competent for it (移交有关问题).
    public static func handOverFinding(_ a0: FindingID, _ a1: HandoverDestination) -> Intent { .handover(.handOverFinding(a0, a1)) }

    /// The receiving body's disposition of a handed-over problem (with why it is late, when reported after its due day).
    public static func recordFindingDisposition(_ a0: FindingID, kind a1: DispositionKind, note a2: String, lateBecause a3: String? = nil) -> Intent {
        .handover(.recordFindingDisposition(a0, kind: a1, note: a2, lateBecause: a3))
    }
}

extension IntentKind {
    /// Mark the hand-over stage complete (every lead handed over).
    public static let completeHandover: IntentKind = .handover(.completeHandover)
    /// Register a problem clue (问题线索) with its custodian.
    public static let registerLead: IntentKind = .handover(.registerLead)
    /// Hand a lead over to its receiving body.
    public static let handOverLead: IntentKind = .handover(.handOverLead)
    /// The receiving body's disposition of a lead.
    public static let recordDisposition: IntentKind = .handover(.recordDisposition)
    /// Hand a problem over to the body competent for it (移交有关问题).
    public static let handOverFinding: IntentKind = .handover(.handOverFinding)
    /// The receiving body's disposition of a handed-over problem.
    public static let recordFindingDisposition: IntentKind = .handover(.recordFindingDisposition)
}
