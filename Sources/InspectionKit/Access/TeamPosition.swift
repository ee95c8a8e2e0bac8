/// An actor's place on the team of one inspection.
enum TeamPosition {
    /// Not on the team (or not acting in a team role).
    case none
    /// A deputy or member.
    case member
    /// The leader.
    case leader

    /// The position of `actor` on `inspection`'s team, judged from the state rather than the claimed role.
    init(_ actor: Actor, in inspection: Inspection, state: InspectionState) {
        guard actor.role == .teamLeader || actor.role == .teamMember,
              let inspector = actor.inspectorID, let team = state.teams[inspection.teamID] else {
            self = .none
            return
        }
        if team.leaderID == inspector { self = .leader } else if team.includes(inspector) { self = .member } else { self = .none }
    }
}
