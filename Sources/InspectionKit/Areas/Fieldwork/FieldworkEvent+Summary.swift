extension FieldworkEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .workRecorded(let record): return t("\(record.inspectionID) 记录\(record.method.label(l)) \(record.id)", "\(record.inspectionID) recorded \(record.method.label(l)) \(record.id)")
        case .petitionRegistered(let p): return t("\(p.inspectionID) 登记信访件 \(p.id)", "\(p.inspectionID) registered petition \(p.id)")
        case .petitionTriaged(let id, _): return t("信访件 \(id) 已分办", "Petition \(id) triaged")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .petitionRegistered: true
        case .workRecorded(let record): record.isConfidential
        case .petitionTriaged: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        switch self {
        case .petitionRegistered(let petition): return .petitionRegistered(try petition.mappingConfidentialText(transform))
        case .workRecorded(let record): return .workRecorded(try record.mappingConfidentialText(transform))
        case .petitionTriaged: return self
        }
    }
}
