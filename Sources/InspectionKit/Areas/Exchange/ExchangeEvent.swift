/// 上下联动事件 — the events of the exchange area (packages exchanged between levels), as the journal records them under `"exchange.…"`.
public enum ExchangeEvent: Hashable, Sendable {
    /// A package from a level below was taken in (replacing what that sender sent before).
    case exchangePackageImported(ExchangePackage)
}

extension ExchangeEvent {
    /// The stable names of this area's events (the part of `"type"` after `"exchange."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A package from a level below was taken in.
        case exchangePackageImported = "packageImported"
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .exchangePackageImported: .exchangePackageImported
        }
    }
}

extension ExchangeEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .exchangePackageImported: [("package", "ExchangePackage")]
        }
    }
}

extension Event {
    /// A package from a level below was taken in (replacing what that sender sent before).
    public static func exchangePackageImported(_ a0: ExchangePackage) -> Event { .exchange(.exchangePackageImported(a0)) }
}

extension EventType {
    /// A package from a level below was taken in.
    public static let exchangePackageImported: EventType = .exchange(.exchangePackageImported)
}
