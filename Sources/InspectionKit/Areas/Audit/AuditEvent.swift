/// 审计事件 — the events of the audit area (reads of confidential records), as the journal records them under `"audit.…"`.
public enum AuditEvent: Hashable, Sendable {
    /// A confidential record was read (the reader is the event's actor).
    case confidentialRecordRead(ConfidentialRecord)
    /// A read of a confidential record was refused (the reader is the event's actor).
    case confidentialReadRefused(RefusedRead)
}

extension AuditEvent {
    /// The stable names of this area's events (the part of `"type"` after `"audit."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A confidential record was read (the reader is the event's actor).
        case confidentialRecordRead
        /// A read of a confidential record was refused (the reader is the event's actor).
        case confidentialReadRefused
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .confidentialRecordRead: .confidentialRecordRead
        case .confidentialReadRefused: .confidentialReadRefused
        }
    }
}

extension AuditEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .confidentialRecordRead: [("record", "ConfidentialRecord")]
        case .confidentialReadRefused: [("refused", "RefusedRead")]
        }
    }
}

extension Event {
    /// A confidential record was read (the reader is the event's actor).
    public static func confidentialRecordRead(_ a0: ConfidentialRecord) -> Event { .audit(.confidentialRecordRead(a0)) }

    /// A read of a confidential record was refused (the reader is the event's actor).
    public static func confidentialReadRefused(_ a0: RefusedRead) -> Event { .audit(.confidentialReadRefused(a0)) }
}

extension EventType {
    /// A confidential record was read (the reader is the event's actor).
    public static let confidentialRecordRead: EventType = .audit(.confidentialRecordRead)
    /// A read of a confidential record was refused (the reader is the event's actor).
    public static let confidentialReadRefused: EventType = .audit(.confidentialReadRefused)
}
