extension InspectionState {
    /// Folds one event of the findings area into the state.
    mutating func apply(_ event: FindingsEvent) {
        switch event {
        case .findingDrafted(let finding):
            findings[finding.id] = finding
            count(.finding)
        case .findingRevised(let id, let content):
            findings[id]?.content = content
            findings[id]?.review = nil
        case .findingReviewed(let id, let review):
            findings[id]?.review = review
        }
    }
}
