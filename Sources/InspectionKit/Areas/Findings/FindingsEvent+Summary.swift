extension FindingsEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .findingDrafted(let f): return t("\(f.inspectionID) 起草问题底稿 \(f.id)：\(f.content.title)", "\(f.inspectionID) drafted finding \(f.id): \(f.content.title)")
        case .findingRevised(let id, _): return t("修改问题底稿 \(id)", "Revised finding \(id)")
        case .findingReviewed(let id, let review):
            return t("组务会审议 \(id)：\(review.decision == .approved ? "同意" : "退回")", "Team meeting on \(id): \(review.decision == .approved ? "approved" : "returned")")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .findingDrafted, .findingRevised, .findingReviewed: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
