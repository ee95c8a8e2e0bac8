extension PlanningIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .openTerm, .adoptPlan, .planRound, .adoptTaxonomy:
            return .office
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .openTerm(let name, let committee, let window): return try PlanningRules.openTerm(name: name, committeeID: committee, window: window, c)
        case .adoptPlan(let term, let scope, let title, let targets): return try PlanningRules.adoptPlan(termID: term, scope: scope, title: title, targetIDs: targets, c)
        case .planRound(let term, let number, let kind, let title, let window):
            return try PlanningRules.planRound(termID: term, number: number, kind: kind, title: title, window: window, c)
        case .adoptTaxonomy(let taxonomy): return [.taxonomyAdopted(taxonomy)]
        }
    }
}
