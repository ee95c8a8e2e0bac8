extension InspectionState {
    /// Folds one event of the handover area into the state.
    mutating func apply(_ event: HandoverEvent) {
        switch event {
        case .leadRegistered(let lead):
            leads[lead.id] = lead
            count(.lead)
        case .leadHandedOver(let id, let handover):
            leads[id]?.handover = handover
        case .dispositionRecorded(let id, let disposition):
            leads[id]?.disposition = disposition
        case .findingHandedOver(let id, let handover):
            findings[id]?.handover = handover
        case .findingDispositionRecorded(let id, let disposition):
            findings[id]?.disposition = disposition
        }
    }
}
