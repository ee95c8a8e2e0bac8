extension InspectionState {
    /// Folds one event of the teams area into the state.
    mutating func apply(_ event: TeamsEvent) {
        switch event {
        case .teamFormed(let team):
            teams[team.id] = team
            count(.team)
        case .teamChanged(let id, let composition):
            teams[id]?.leaderID = composition.leaderID
            teams[id]?.deputyIDs = composition.deputyIDs
            teams[id]?.memberIDs = composition.memberIDs
        case .recusalWaived(let id, let waiver):
            waivers[id, default: []].append(waiver)
        case .rotationOverridden(let override):
            rotationOverrides.append(override)
        }
    }
}
