extension InspectionEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .inspectionScheduled(let inspection): [.inspection(inspection.id)]
        case .inspectionAuthorized(let id, _), .stageChanged(let id, _), .mobilized(let id, _), .stationed(let id, _), .withdrawn(let id, _), .reportSubmitted(let id, _), .reportApproved(let id, _), .feedbackDelivered(let id, _), .handoverCompleted(let id, _):
            [.inspection(id)]
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .inspectionScheduled(let inspection): [inspection.id.rawValue]
        case .inspectionAuthorized, .stageChanged, .mobilized, .stationed, .withdrawn, .reportSubmitted, .reportApproved, .feedbackDelivered, .handoverCompleted:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .inspectionScheduled(let i): return [i.id.rawValue, i.roundID.rawValue, i.targetID.rawValue, i.teamID.rawValue]
        case .inspectionAuthorized(let id, _), .stageChanged(let id, _), .mobilized(let id, _), .stationed(let id, _), .withdrawn(let id, _), .reportSubmitted(let id, _), .reportApproved(let id, _), .feedbackDelivered(let id, _), .handoverCompleted(let id, _):
            return [id.rawValue]
        }
    }
}
