extension FieldworkEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .workRecorded, .petitionRegistered, .petitionTriaged:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .workRecorded(let record): [record.id.rawValue]
        case .petitionRegistered(let petition): [petition.id.rawValue]
        case .petitionTriaged:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .workRecorded(let r): return [r.id.rawValue, r.inspectionID.rawValue]
        case .petitionRegistered(let p): return [p.id.rawValue, p.inspectionID.rawValue]
        case .petitionTriaged(let id, _): return [id.rawValue]
        }
    }
}
