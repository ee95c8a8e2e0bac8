extension ClosingEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .withholdingConsented(let id, _): return t("\(id) 领导小组同意部分不予公开", "\(id) leading group consented to withholding")
        case .disclosureRecorded(let id, _): return t("\(id) 记录公开情况", "\(id) disclosure recorded")
        case .evaluationRecorded(let id, let e): return t("\(id) 巡察评估：\(e.grade.label(l))", "\(id) evaluated: \(e.grade.label(l))")
        case .archived(let id, let day): return t("\(id) 立卷归档 \(day)", "\(id) archived \(day)")
        case .archiveAccessGranted(let id, let team): return t("\(id) 档案向 \(team) 开放查阅", "\(id) archive opened to \(team)")
        case .accountabilityRecorded(let r): return t("问责 \(r.id)：第\(r.form.rawValue)种形态", "Accountability \(r.id): form \(r.form.rawValue)")
        case .ruleChangeRecorded(let change): return t("建章立制：\(change.title)", "Rule \(change.kind.rawValue): \(change.title)")
        case .followUpRecorded(let f): return t("\(f.inspectionID) 回访检查 \(f.id)，反弹 \(f.relapsedItemIDs.count) 项", "\(f.inspectionID) follow-up \(f.id), \(f.relapsedItemIDs.count) relapsed")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .withholdingConsented, .disclosureRecorded, .evaluationRecorded, .archived, .archiveAccessGranted, .accountabilityRecorded, .ruleChangeRecorded, .followUpRecorded: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
