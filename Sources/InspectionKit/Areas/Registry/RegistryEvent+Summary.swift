extension RegistryEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .organizationRegistered(let o): return t("登记单位 \(o.id) \(o.name)", "Registered organization \(o.id) \(o.name)")
        case .organizationHeadChanged(let id, let head): return t("\(id) 主要负责人变更为 \(head.name)", "\(id)'s head is now \(head.name)")
        case .organizationRenamed(let id, let name): return t("\(id) 更名为 \(name)", "\(id) is now named \(name)")
        case .inspectorRegistered(let i): return t("巡察人才库登记 \(i.id) \(i.name)", "Talent pool: registered \(i.id) \(i.name)")
        case .trainingRecorded(let id, let record): return t("\(id) 参加培训：\(record.title)", "\(id) completed training: \(record.title)")
        case .relativeDeclared(let id, _): return t("\(id) 申报亲属关系", "\(id) declared a relative")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .organizationRegistered, .organizationHeadChanged, .organizationRenamed, .inspectorRegistered, .trainingRecorded, .relativeDeclared: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
