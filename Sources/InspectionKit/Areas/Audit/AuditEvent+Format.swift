/// The pinned journal format of the audit area's events: named fields, written and read explicitly.
extension AuditEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .confidentialRecordRead(let record): try out("record", record)
        case .confidentialReadRefused(let refused): try out("refused", refused)
        case .signedIn(let session), .signedOut(let session): try out("session", session)
        case .signInRefused(let refused): try out("refused", refused)
        case .fileReadRefused(let refused): try out("refused", refused)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .confidentialRecordRead: self = .confidentialRecordRead(try f("record"))
        case .confidentialReadRefused: self = .confidentialReadRefused(try f("refused"))
        case .signedIn: self = .signedIn(try f("session"))
        case .signedOut: self = .signedOut(try f("session"))
        case .signInRefused: self = .signInRefused(try f("refused"))
        case .fileReadRefused: self = .fileReadRefused(try f("refused"))
        }
    }
}
