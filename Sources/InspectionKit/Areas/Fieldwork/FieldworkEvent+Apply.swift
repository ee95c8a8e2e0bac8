extension InspectionState {
    /// Folds one event of the fieldwork area into the state.
    mutating func apply(_ event: FieldworkEvent) {
        switch event {
        case .workRecorded(let record):
            workRecords[record.id] = record
            count(.workRecord)
        case .petitionRegistered(let petition):
            petitions[petition.id] = petition
            count(.petition)
        case .petitionTriaged(let id, let triage):
            petitions[id]?.triage = triage
        }
    }
}
