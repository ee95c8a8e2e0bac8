/// 上下联动指令 — what may be asked in the exchange area (packages exchanged between levels).
public enum ExchangeIntent: Hashable, Sendable, Codable {
    /// 上下联动 — take in a package from a level below.
    case importExchangePackage(ExchangePackage)
}

extension ExchangeIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// 上下联动 — take in a package from a level below.
        case importExchangePackage
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .importExchangePackage: .importExchangePackage
        }
    }
}

extension Intent {
    /// 上下联动 — take in a package from a level below.
    public static func importExchangePackage(_ a0: ExchangePackage) -> Intent { .exchange(.importExchangePackage(a0)) }
}

extension IntentKind {
    /// 上下联动 — take in a package from a level below.
    public static let importExchangePackage: IntentKind = .exchange(.importExchangePackage)
}
