/// 巡察工作指令 — what may be asked in the fieldwork area (work records and petitions).
public enum FieldworkIntent: Hashable, Sendable, Codable {
    /// Record a piece of fieldwork.
    case recordWork(InspectionID, WorkRecordFiling)
    /// Register a petition received.
    case registerPetition(InspectionID, PetitionFiling)
    /// Triage a petition: to a finding or lead when in scope, forwarded when not.
    case triagePetition(PetitionID, PetitionTriage)
}

extension FieldworkIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Record a piece of fieldwork.
        case recordWork
        /// Register a petition received.
        case registerPetition
        /// Triage a petition: to a finding or lead when in scope, forwarded when not.
        case triagePetition
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .recordWork: .recordWork
        case .registerPetition: .registerPetition
        case .triagePetition: .triagePetition
        }
    }
}

extension Intent {
    /// Record a piece of fieldwork.
    public static func recordWork(_ a0: InspectionID, _ a1: WorkRecordFiling) -> Intent { .fieldwork(.recordWork(a0, a1)) }

    /// Register a petition received.
    public static func registerPetition(_ a0: InspectionID, _ a1: PetitionFiling) -> Intent { .fieldwork(.registerPetition(a0, a1)) }

    /// Triage a petition: to a finding or lead when in scope, forwarded when not.
    public static func triagePetition(_ a0: PetitionID, _ a1: PetitionTriage) -> Intent { .fieldwork(.triagePetition(a0, a1)) }
}

extension IntentKind {
    /// Record a piece of fieldwork.
    public static let recordWork: IntentKind = .fieldwork(.recordWork)
    /// Register a petition received.
    public static let registerPetition: IntentKind = .fieldwork(.registerPetition)
    /// Triage a petition: to a finding or lead when in scope, forwarded when not.
    public static let triagePetition: IntentKind = .fieldwork(.triagePetition)
}
