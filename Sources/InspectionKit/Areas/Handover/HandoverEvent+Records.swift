extension HandoverEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .findingHandedOver(let id, _), .findingDispositionRecorded(let id, _):
            [.finding(id)]
        case .leadRegistered, .leadHandedOver, .dispositionRecorded:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .leadRegistered(let lead): [lead.id.rawValue]
        case .leadHandedOver, .dispositionRecorded, .findingHandedOver, .findingDispositionRecorded:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .findingHandedOver(let id, _), .findingDispositionRecorded(let id, _):
            return [id.rawValue]
        case .leadRegistered(let lead): return [lead.id.rawValue, lead.inspectionID.rawValue]
        case .leadHandedOver(let id, _), .dispositionRecorded(let id, _): return [id.rawValue]
        }
    }
}
