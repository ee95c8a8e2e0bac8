extension InspectionState {
    /// Folds one event of the inspection area into the state.
    mutating func apply(_ event: InspectionEvent) {
        switch event {
        case .inspectionScheduled(let inspection):
            inspections[inspection.id] = inspection
            count(.inspection)
        case .inspectionAuthorized(let id, let authorization):
            inspections[id]?.authorization = authorization
        case .stageChanged(let id, let transition):
            inspections[id]?.stage = transition.to
            inspections[id]?.transitions.append(transition)
        case .mobilized(let id, let day):
            inspections[id]?.mobilizedOn = day
        case .stationed(let id, let day):
            inspections[id]?.stationedOn = day
        case .withdrawn(let id, let day):
            inspections[id]?.withdrawnOn = day
        case .reportSubmitted(let id, let report):
            inspections[id]?.report = report
        case .reportApproved(let id, let approval):
            inspections[id]?.approval = approval
        case .feedbackDelivered(let id, let feedback):
            inspections[id]?.feedback = feedback
        case .handoverCompleted(let id, let day):
            inspections[id]?.handoverCompletedOn = day
        }
    }
}
