extension TeamsEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .teamFormed(let team): return t("组建巡察组 \(team.id) \(team.name)", "Formed team \(team.id) \(team.name)")
        case .teamChanged(let id, _): return t("调整巡察组 \(id) 人员", "Changed team \(id)")
        case .recusalWaived(let id, _): return t("\(id) 回避冲突经领导小组豁免", "\(id): the leading group waived a recusal conflict")
        case .rotationOverridden: return t("“三个不固定”例外批准", "Three-not-fixed override granted")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .teamFormed, .teamChanged, .recusalWaived, .rotationOverridden: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
