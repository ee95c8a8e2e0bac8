extension RectificationEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .rectificationPlanSubmitted(let id, _, let items): return t("\(id) 提交整改方案，\(items.count) 项", "\(id) rectification plan, \(items.count) items")
        case .rectificationReportSubmitted(let id, _): return t("\(id) 提交整改报告", "\(id) rectification report submitted")
        case .immediateRectificationStarted(let item): return t("立行立改 \(item.id)（问题 \(item.findingID)）", "Immediate rectification \(item.id) of \(item.findingID)")
        case .rectificationProgressed(let id, let status, _): return t("整改事项 \(id)：\(status.label(l))", "Item \(id): \(status.label(l))")
        case .rectificationMarkedLongTerm(let id, let review): return t("整改事项 \(id) 长期坚持，下次复查 \(review)", "Item \(id) long-term, next review \(review)")
        case .closeOutEvidenceAttached(let id, let evidence): return t("整改事项 \(id) 附佐证材料 \(evidence.count) 份", "Item \(id): \(English.count(evidence.count, "piece", plural: "pieces")) of evidence")
        case .closeOutSignedOff(let id, let signOff): return t("整改事项 \(id) 由 \(signOff.headName) 签字背书", "Item \(id) signed off by \(signOff.headName)")
        case .closeOutAccepted(let id, let party, _): return t("整改事项 \(id) 验收：\(party.label(l))", "Item \(id) accepted by the \(party.label(l))")
        case .rectificationVerified(let id, let day): return t("整改事项 \(id) 销号 \(day)", "Item \(id) closed \(day)")
        case .supervisionNoticeIssued(let id, let notice): return t("整改事项 \(id) 发出\(notice.kind.label(l))", "Item \(id): \(notice.kind.label(l)) issued")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .rectificationPlanSubmitted, .rectificationReportSubmitted, .immediateRectificationStarted, .rectificationProgressed, .rectificationMarkedLongTerm, .closeOutEvidenceAttached, .closeOutSignedOff, .closeOutAccepted, .rectificationVerified, .supervisionNoticeIssued: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
