extension TeamsEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .teamFormed(let team): [.team(team.id)]
        case .teamChanged(let id, _): [.team(id)]
        case .recusalWaived, .rotationOverridden:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .teamFormed(let team): [team.id.rawValue]
        case .teamChanged, .recusalWaived, .rotationOverridden:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .teamFormed(let team): return [team.id.rawValue, team.roundID.rawValue]
        case .teamChanged(let id, _): return [id.rawValue]
        case .recusalWaived(let id, let waiver): return [id.rawValue, waiver.inspectorID.rawValue, waiver.targetID.rawValue]
        case .rotationOverridden(let o): return [o.termID.rawValue, o.leaderID.rawValue, o.organizationID.rawValue]
        }
    }
}
