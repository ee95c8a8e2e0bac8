extension InspectionState {
    /// Folds one event of the closing area into the state.
    mutating func apply(_ event: ClosingEvent) {
        switch event {
        case .withholdingConsented(let id, let consent):
            inspections[id]?.withholdingConsent = consent
        case .disclosureRecorded(let id, let disclosure):
            inspections[id]?.disclosure = disclosure
        case .evaluationRecorded(let id, let evaluation):
            inspections[id]?.evaluation = evaluation
            if evaluation.grade == .poor, let target = inspections[id]?.targetID { followUpList.insert(target) }
        case .archived(let id, let day):
            inspections[id]?.archivedOn = day
        case .archiveAccessGranted(let id, let team):
            inspections[id]?.archiveReaders.insert(team)
        case .accountabilityRecorded(let record):
            accountability[record.id] = record
            count(.accountability)
        case .ruleChangeRecorded(let change):
            ruleChanges[change.id] = change
            count(.ruleChange)
        case .followUpRecorded(let followUp):
            followUps[followUp.id] = followUp
            count(.followUp)
            for itemID in followUp.relapsedItemIDs {
                rectificationItems[itemID]?.status = .reopened
                rectificationItems[itemID]?.relapseCount += 1
                rectificationItems[itemID]?.closeOut = CloseOut()
                rectificationItems[itemID]?.rectifiedOn = nil
                rectificationItems[itemID]?.verifiedOn = nil
                rectificationItems[itemID]?.nextReviewOn = nil
                rectificationItems[itemID]?.deadline = followUp.relapseDeadline
            }
        }
    }
}
