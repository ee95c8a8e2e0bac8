extension TeamsIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .formTeam, .changeTeam, .overrideRotation:
            return .office
        case .waiveRecusal:
            return .leadingGroup
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .formTeam(let round, let name, let composition): return try TeamRules.formTeam(roundID: round, name: name, composition: composition, c)
        case .changeTeam(let id, let composition): return try TeamRules.changeTeam(id, composition, c)
        case .waiveRecusal(let inspection, let inspector, let target, let kind):
            return try TeamRules.waiveRecusal(inspectionID: inspection, inspectorID: inspector, targetID: target, kind: kind, c)
        case .overrideRotation(let term, let leader, let org): return try TeamRules.overrideRotation(termID: term, leaderID: leader, organizationID: org, c)
        }
    }
}
