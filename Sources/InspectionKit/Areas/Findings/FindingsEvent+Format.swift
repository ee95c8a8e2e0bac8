/// The pinned journal format of the findings area's events: named fields, written and read explicitly.
extension FindingsEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .findingDrafted(let finding): try out("finding", finding)
        case .findingRevised(let finding, let content): try out("finding", finding); try out("content", content)
        case .findingReviewed(let finding, let review): try out("finding", finding); try out("review", review)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .findingDrafted: self = .findingDrafted(try f("finding"))
        case .findingRevised: self = .findingRevised(try f("finding"), try f("content"))
        case .findingReviewed: self = .findingReviewed(try f("finding"), try f("review"))
        }
    }
}
