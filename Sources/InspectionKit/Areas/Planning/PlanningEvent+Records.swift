extension PlanningEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .termOpened(let term): [.term(term.id)]
        case .planAdopted, .roundPlanned, .taxonomyAdopted:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .termOpened(let term): [term.id.rawValue]
        case .planAdopted(let plan): [plan.id.rawValue]
        case .roundPlanned(let round): [round.id.rawValue]
        case .taxonomyAdopted:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .termOpened(let term): return [term.id.rawValue, term.committeeID.rawValue]
        case .planAdopted(let plan): return [plan.id.rawValue, plan.termID.rawValue]
        case .roundPlanned(let round): return [round.id.rawValue, round.termID.rawValue]
        case .taxonomyAdopted: return []
        }
    }
}
