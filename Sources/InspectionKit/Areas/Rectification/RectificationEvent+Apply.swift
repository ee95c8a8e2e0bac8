extension InspectionState {
    /// Folds one event of the rectification area into the state.
    mutating func apply(_ event: RectificationEvent) {
        switch event {
        case .rectificationPlanSubmitted(let id, let day, let items):
            inspections[id]?.rectificationPlanSubmittedOn = day
            for item in items {
                rectificationItems[item.id] = item
                count(.rectificationItem)
            }
        case .rectificationReportSubmitted(let id, let report):
            inspections[id]?.rectificationReport = report
        case .immediateRectificationStarted(let item):
            rectificationItems[item.id] = item
            count(.rectificationItem)
        case .rectificationProgressed(let id, let status, let note):
            rectificationItems[id]?.status = status
            rectificationItems[id]?.progress.append(note)
            if status == .rectified, rectificationItems[id]?.rectifiedOn == nil { rectificationItems[id]?.rectifiedOn = note.day }
            if status == .inProgress || status == .notStarted || status == .reopened {
                rectificationItems[id]?.rectifiedOn = nil
                rectificationItems[id]?.verifiedOn = nil
            }
            if status != .longTerm { rectificationItems[id]?.nextReviewOn = nil }
        case .rectificationMarkedLongTerm(let id, let review):
            rectificationItems[id]?.status = .longTerm
            rectificationItems[id]?.nextReviewOn = review
        case .closeOutEvidenceAttached(let id, let evidence):
            rectificationItems[id]?.closeOut.evidence.append(contentsOf: evidence)
        case .closeOutSignedOff(let id, let signOff):
            rectificationItems[id]?.closeOut.signOff = signOff
        case .closeOutAccepted(let id, let party, let day):
            rectificationItems[id]?.closeOut.acceptedBy[party] = day
        case .rectificationVerified(let id, let day):
            rectificationItems[id]?.status = .verified
            rectificationItems[id]?.verifiedOn = day
        case .supervisionNoticeIssued(let id, let notice):
            rectificationItems[id]?.notices.append(notice)
        }
    }
}
