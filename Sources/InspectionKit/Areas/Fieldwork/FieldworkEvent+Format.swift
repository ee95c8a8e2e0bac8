/// The pinned journal format of the fieldwork area's events: named fields, written and read explicitly.
extension FieldworkEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .workRecorded(let record): try out("record", record)
        case .petitionRegistered(let petition): try out("petition", petition)
        case .petitionTriaged(let petition, let triage): try out("petition", petition); try out("triage", triage)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .workRecorded: self = .workRecorded(try f("record"))
        case .petitionRegistered: self = .petitionRegistered(try f("petition"))
        case .petitionTriaged: self = .petitionTriaged(try f("petition"), try f("triage"))
        }
    }
}
