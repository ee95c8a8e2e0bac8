extension FieldworkIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .recordWork(let id, _), .registerPetition(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.teamWork)
        case .triagePetition(let id, _):
            return lookup.scoped(state.petitions[id].flatMap { lookup.ins($0.inspectionID) }, IntentAccess.teamLeader)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .recordWork(let id, let filing): return try FieldworkRules.recordWork(id, filing, c)
        case .registerPetition(let id, let filing): return try FieldworkRules.registerPetition(id, filing, c)
        case .triagePetition(let id, let triage): return try FieldworkRules.triagePetition(id, triage, c)
        }
    }
}
