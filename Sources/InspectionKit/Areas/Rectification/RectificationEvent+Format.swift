/// The pinned journal format of the rectification area's events: named fields, written and read explicitly.
extension RectificationEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .rectificationPlanSubmitted(let inspection, let day, let items): try out("inspection", inspection); try out("day", day); try out("items", items)
        case .rectificationReportSubmitted(let inspection, let report): try out("inspection", inspection); try out("report", report)
        case .immediateRectificationStarted(let item): try out("item", item)
        case .rectificationProgressed(let item, let status, let note): try out("item", item); try out("status", status); try out("note", note)
        case .rectificationMarkedLongTerm(let item, let nextReview): try out("item", item); try out("nextReview", nextReview)
        case .closeOutEvidenceAttached(let item, let evidence): try out("item", item); try out("evidence", evidence)
        case .closeOutSignedOff(let item, let signOff): try out("item", item); try out("signOff", signOff)
        case .closeOutAccepted(let item, let party, let day): try out("item", item); try out("party", party); try out("day", day)
        case .rectificationVerified(let item, let day): try out("item", item); try out("day", day)
        case .supervisionNoticeIssued(let item, let notice): try out("item", item); try out("notice", notice)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .rectificationPlanSubmitted: self = .rectificationPlanSubmitted(try f("inspection"), try f("day"), try f("items"))
        case .rectificationReportSubmitted: self = .rectificationReportSubmitted(try f("inspection"), try f("report"))
        case .immediateRectificationStarted: self = .immediateRectificationStarted(try f("item"))
        case .rectificationProgressed: self = .rectificationProgressed(try f("item"), try f("status"), try f("note"))
        case .rectificationMarkedLongTerm: self = .rectificationMarkedLongTerm(try f("item"), nextReview: try f("nextReview"))
        case .closeOutEvidenceAttached: self = .closeOutEvidenceAttached(try f("item"), try f("evidence"))
        case .closeOutSignedOff: self = .closeOutSignedOff(try f("item"), try f("signOff"))
        case .closeOutAccepted: self = .closeOutAccepted(try f("item"), try f("party"), try f("day"))
        case .rectificationVerified: self = .rectificationVerified(try f("item"), try f("day"))
        case .supervisionNoticeIssued: self = .supervisionNoticeIssued(try f("item"), try f("notice"))
        }
    }
}
