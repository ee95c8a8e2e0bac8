/// The pinned journal format of the exchange area's events: named fields, written and read explicitly.
extension ExchangeEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .exchangePackageImported(let package): try out("package", package)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .exchangePackageImported: self = .exchangePackageImported(try f("package"))
        }
    }
}
