extension InspectionState {
    /// Folds one event of the planning area into the state.
    mutating func apply(_ event: PlanningEvent) {
        switch event {
        case .termOpened(let term):
            terms[term.id] = term
            count(.term)
        case .planAdopted(let plan):
            plans[plan.id] = plan
            count(.plan)
        case .roundPlanned(let round):
            rounds[round.id] = round
            count(.round)
        case .taxonomyAdopted(let taxonomy):
            self.taxonomy = taxonomy
        }
    }
}
