extension FindingsEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .findingDrafted(let finding): [.finding(finding.id)]
        case .findingRevised(let id, _), .findingReviewed(let id, _):
            [.finding(id)]
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .findingDrafted(let finding): [finding.id.rawValue]
        case .findingRevised, .findingReviewed:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .findingDrafted(let f): return [f.id.rawValue, f.inspectionID.rawValue]
        case .findingRevised(let id, _), .findingReviewed(let id, _):
            return [id.rawValue]
        }
    }
}
