extension ExchangeEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .exchangePackageImported(let p):
            return t("汇总 \(p.sourceName)（\(p.source)）报送的 \(p.findings.count) 个问题", "Took in \(p.findings.count) findings from \(p.sourceName) (\(p.source))")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .exchangePackageImported: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
