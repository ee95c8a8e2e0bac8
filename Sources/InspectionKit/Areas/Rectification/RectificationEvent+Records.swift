extension RectificationEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .rectificationReportSubmitted(let id, _):
            [.inspection(id)]
        case .rectificationPlanSubmitted(let id, _, let items): [.inspection(id)] + items.map { .rectificationItem($0.id) }
        case .immediateRectificationStarted(let item): [.rectificationItem(item.id)]
        case .rectificationProgressed(let id, _, _), .rectificationMarkedLongTerm(let id, _), .closeOutEvidenceAttached(let id, _), .closeOutSignedOff(let id, _), .closeOutAccepted(let id, _, _), .rectificationVerified(let id, _), .supervisionNoticeIssued(let id, _):
            [.rectificationItem(id)]
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .rectificationPlanSubmitted(_, _, let items): items.map(\.id.rawValue)
        case .immediateRectificationStarted(let item): [item.id.rawValue]
        case .rectificationReportSubmitted, .rectificationProgressed, .rectificationMarkedLongTerm, .closeOutEvidenceAttached, .closeOutSignedOff, .closeOutAccepted, .rectificationVerified, .supervisionNoticeIssued:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .rectificationReportSubmitted(let id, _):
            return [id.rawValue]
        case .rectificationPlanSubmitted(let id, _, let items): return [id.rawValue] + items.map(\.id.rawValue)
        case .immediateRectificationStarted(let item): return [item.id.rawValue, item.inspectionID.rawValue, item.findingID.rawValue]
        case .rectificationProgressed(let id, _, _), .rectificationMarkedLongTerm(let id, _), .closeOutEvidenceAttached(let id, _), .closeOutSignedOff(let id, _), .closeOutAccepted(let id, _, _), .rectificationVerified(let id, _), .supervisionNoticeIssued(let id, _):
            return [id.rawValue]
        }
    }
}
