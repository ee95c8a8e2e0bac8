/// The pinned journal format of the accounts area's events: named fields, written and read explicitly.
extension AccountsEvent {
    /// Writes the event's named fields (the caller has written its type).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .userRegistered(let user): try out("user", user)
        case .userDeactivated(let user): try out("user", user)
        case .tokenIssued(let token): try out("token", token)
        case .tokenRevoked(let token): try out("token", token)
        case .passwordSet(let credential): try out("credential", credential)
        }
    }

    /// Reads an event of this area by its name and fields.
    init(name: Name, fields f: EventFieldReader) throws {
        switch name {
        case .userRegistered: self = .userRegistered(try f("user"))
        case .userDeactivated: self = .userDeactivated(try f("user"))
        case .tokenIssued: self = .tokenIssued(try f("token"))
        case .tokenRevoked: self = .tokenRevoked(try f("token"))
        case .passwordSet: self = .passwordSet(try f("credential"))
        }
    }
}
