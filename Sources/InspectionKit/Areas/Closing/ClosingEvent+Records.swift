extension ClosingEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .withholdingConsented(let id, _), .disclosureRecorded(let id, _), .evaluationRecorded(let id, _), .archived(let id, _), .archiveAccessGranted(let id, _):
            [.inspection(id)]
        case .followUpRecorded(let followUp): followUp.relapsedItemIDs.map { .rectificationItem($0) }
        case .accountabilityRecorded, .ruleChangeRecorded:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .accountabilityRecorded(let record): [record.id.rawValue]
        case .ruleChangeRecorded(let change): [change.id.rawValue]
        case .followUpRecorded(let followUp): [followUp.id.rawValue]
        case .withholdingConsented, .disclosureRecorded, .evaluationRecorded, .archived, .archiveAccessGranted:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .withholdingConsented(let id, _), .disclosureRecorded(let id, _), .evaluationRecorded(let id, _), .archived(let id, _):
            return [id.rawValue]
        case .archiveAccessGranted(let id, let team): return [id.rawValue, team.rawValue]
        case .accountabilityRecorded(let r): return [r.id.rawValue, r.inspectionID.rawValue] + (r.findingID.map { [$0.rawValue] } ?? [])
        case .ruleChangeRecorded(let change): return [change.id.rawValue, change.inspectionID.rawValue] + change.findingIDs.map(\.rawValue)
        case .followUpRecorded(let f): return [f.id.rawValue, f.inspectionID.rawValue] + (f.relapsedItemIDs + f.heldItemIDs).map(\.rawValue)
        }
    }
}
