/// 审计事件 — the events of the audit area (reads of confidential records), as the journal records them under `"audit.…"`.
public enum AuditEvent: Hashable, Sendable {
    /// A confidential record was read (the reader is the event's actor).
    case confidentialRecordRead(ConfidentialRecord)
    /// A read of a confidential record was refused (the reader is the event's actor).
    case confidentialReadRefused(RefusedRead)
    /// An account signed in to the workbench (the account is the event's actor).
    case signedIn(SignIn)
    /// An account signed out of the workbench (the account is the event's actor).
    case signedOut(SignIn)
    /// A sign-in to an existing account was refused (the account is the event's actor).
    case signInRefused(RefusedSignIn)
    /// A read of a restricted file was refused (the reader is the event's actor).
    case fileReadRefused(RefusedFileRead)
}

extension AuditEvent {
    /// The stable names of this area's events (the part of `"type"` after `"audit."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A confidential record was read (the reader is the event's actor).
        case confidentialRecordRead
        /// A read of a confidential record was refused (the reader is the event's actor).
        case confidentialReadRefused
        /// An account signed in to the workbench (the account is the event's actor).
        case signedIn
        /// An account signed out of the workbench (the account is the event's actor).
        case signedOut
        /// A sign-in to an existing account was refused (the account is the event's actor).
        case signInRefused
        /// A read of a restricted file was refused (the reader is the event's actor).
        case fileReadRefused
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .confidentialRecordRead: .confidentialRecordRead
        case .confidentialReadRefused: .confidentialReadRefused
        case .signedIn: .signedIn
        case .signedOut: .signedOut
        case .signInRefused: .signInRefused
        case .fileReadRefused: .fileReadRefused
        }
    }
}

extension AuditEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .confidentialRecordRead: [("record", "ConfidentialRecord")]
        case .confidentialReadRefused: [("refused", "RefusedRead")]
        case .signedIn, .signedOut: [("session", "SignIn")]
        case .signInRefused: [("refused", "RefusedSignIn")]
        case .fileReadRefused: [("refused", "RefusedFileRead")]
        }
    }
}

extension Event {
    /// A confidential record was read (the reader is the event's actor).
    public static func confidentialRecordRead(_ a0: ConfidentialRecord) -> Event { .audit(.confidentialRecordRead(a0)) }

    /// A read of a confidential record was refused (the reader is the event's actor).
    public static func confidentialReadRefused(_ a0: RefusedRead) -> Event { .audit(.confidentialReadRefused(a0)) }

    /// An account signed in to the workbench (the account is the event's actor).
    public static func signedIn(_ a0: SignIn) -> Event { .audit(.signedIn(a0)) }

    /// An account signed out of the workbench (the account is the event's actor).
    public static func signedOut(_ a0: SignIn) -> Event { .audit(.signedOut(a0)) }

    /// A sign-in to an existing account was refused (the account is the event's actor).
    public static func signInRefused(_ a0: RefusedSignIn) -> Event { .audit(.signInRefused(a0)) }

    /// A read of a restricted file was refused (the reader is the event's actor).
    public static func fileReadRefused(_ a0: RefusedFileRead) -> Event { .audit(.fileReadRefused(a0)) }
}

extension EventType {
    /// A confidential record was read (the reader is the event's actor).
    public static let confidentialRecordRead: EventType = .audit(.confidentialRecordRead)
    /// A read of a confidential record was refused (the reader is the event's actor).
    public static let confidentialReadRefused: EventType = .audit(.confidentialReadRefused)
    /// An account signed in to the workbench (the account is the event's actor).
    public static let signedIn: EventType = .audit(.signedIn)
    /// An account signed out of the workbench (the account is the event's actor).
    public static let signedOut: EventType = .audit(.signedOut)
    /// A sign-in to an existing account was refused (the account is the event's actor).
    public static let signInRefused: EventType = .audit(.signInRefused)
    /// A read of a restricted file was refused (the reader is the event's actor).
    public static let fileReadRefused: EventType = .audit(.fileReadRefused)
}
