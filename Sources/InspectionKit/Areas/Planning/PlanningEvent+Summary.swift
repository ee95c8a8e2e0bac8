extension PlanningEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .termOpened(let term): return t("开启届次 \(term.id) \(term.name)", "Opened term \(term.id) \(term.name)")
        case .planAdopted(let plan): return t("通过巡察规划 \(plan.id) \(plan.title)", "Adopted plan \(plan.id) \(plan.title)")
        case .roundPlanned(let round): return t("安排轮次 \(round.id) \(round.title)", "Planned round \(round.id) \(round.title)")
        case .taxonomyAdopted(let taxonomy): return t("启用问题分类 \(taxonomy.version)", "Adopted taxonomy \(taxonomy.version)")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .termOpened, .planAdopted, .roundPlanned, .taxonomyAdopted: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
