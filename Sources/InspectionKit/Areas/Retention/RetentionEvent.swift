/// 保管事件 — the events of the retention area (erasure of confidential content when its retention ends), as the journal records them under `"retention.…"`.
public enum RetentionEvent: Hashable, Sendable {
    /// A confidential record's content was erased under the retention rules (its key destroyed; the events stay).
    case confidentialContentErased(ConfidentialRecord)
}

extension RetentionEvent {
    /// The stable names of this area's events (the part of `"type"` after `"retention."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A confidential record's content was erased under the retention rules.
        case confidentialContentErased = "contentErased"
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .confidentialContentErased: .confidentialContentErased
        }
    }
}

extension RetentionEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .confidentialContentErased: [("record", "ConfidentialRecord")]
        }
    }
}

extension Event {
    /// A confidential record's content was erased under the retention rules (its key destroyed; the events stay).
    public static func confidentialContentErased(_ a0: ConfidentialRecord) -> Event { .retention(.confidentialContentErased(a0)) }
}

extension EventType {
    /// A confidential record's content was erased under the retention rules.
    public static let confidentialContentErased: EventType = .retention(.confidentialContentErased)
}
