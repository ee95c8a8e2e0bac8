/// The pinned journal format of the retention area's events: named fields, written and read explicitly.
extension RetentionEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .confidentialContentErased(let record): try out("record", record)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .confidentialContentErased: self = .confidentialContentErased(try f("record"))
        }
    }
}
