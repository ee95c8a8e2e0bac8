/// 巡察工作事件 — the events of the fieldwork area (work records and petitions), as the journal records them under `"fieldwork.…"`.
public enum FieldworkEvent: Hashable, Sendable {
    /// A piece of fieldwork was recorded.
    case workRecorded(WorkRecord)
    /// A petition was registered.
    case petitionRegistered(Petition)
    /// A petition was triaged.
    case petitionTriaged(PetitionID, PetitionTriage)
}

extension FieldworkEvent {
    /// The stable names of this area's events (the part of `"type"` after `"fieldwork."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A piece of fieldwork was recorded.
        case workRecorded
        /// A petition was registered.
        case petitionRegistered
        /// A petition was triaged.
        case petitionTriaged
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .workRecorded: .workRecorded
        case .petitionRegistered: .petitionRegistered
        case .petitionTriaged: .petitionTriaged
        }
    }
}

extension FieldworkEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .workRecorded: [("record", "WorkRecord")]
        case .petitionRegistered: [("petition", "Petition")]
        case .petitionTriaged: [("petition", "PetitionID"), ("triage", "PetitionTriage")]
        }
    }
}

extension Event {
    /// A piece of fieldwork was recorded.
    public static func workRecorded(_ a0: WorkRecord) -> Event { .fieldwork(.workRecorded(a0)) }

    /// A petition was registered.
    public static func petitionRegistered(_ a0: Petition) -> Event { .fieldwork(.petitionRegistered(a0)) }

    /// A petition was triaged.
    public static func petitionTriaged(_ a0: PetitionID, _ a1: PetitionTriage) -> Event { .fieldwork(.petitionTriaged(a0, a1)) }
}

extension EventType {
    /// A piece of fieldwork was recorded.
    public static let workRecorded: EventType = .fieldwork(.workRecorded)
    /// A petition was registered.
    public static let petitionRegistered: EventType = .fieldwork(.petitionRegistered)
    /// A petition was triaged.
    public static let petitionTriaged: EventType = .fieldwork(.petitionTriaged)
}
