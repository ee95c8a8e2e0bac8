extension HandoverEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .leadRegistered(let lead): return t("\(lead.inspectionID) 登记问题线索 \(lead.id)", "\(lead.inspectionID) registered lead \(lead.id)")
        case .leadHandedOver(let id, let h): return t("线索 \(id) 移交\(h.destination.label(l))", "Lead \(id) handed over to \(h.destination.label(l))")
        case .dispositionRecorded(let id, let d): return t("线索 \(id) 处置：\(d.kind.label(l))", "Lead \(id) disposed of: \(d.kind.label(l))")
        case .findingHandedOver(let id, let h): return t("问题 \(id) 移交\(h.destination.label(l))", "Finding \(id) handed over to \(h.destination.label(l))")
        case .findingDispositionRecorded(let id, let d): return t("问题 \(id) 处置：\(d.kind.label(l))", "Finding \(id) disposed of: \(d.kind.label(l))")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .leadRegistered, .dispositionRecorded: true
        case .leadHandedOver, .findingHandedOver, .findingDispositionRecorded: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        switch self {
        case .leadRegistered(let lead): return .leadRegistered(try lead.mappingConfidentialText(transform))
        case .dispositionRecorded(let id, var disposition):
            disposition.note = try transform(disposition.note, ConfidentialField(owner: .lead(id), name: "disposition.note"))
            if let late = disposition.lateBecause {
                disposition.lateBecause = try transform(late, ConfidentialField(owner: .lead(id), name: "disposition.lateBecause"))
            }
            return .dispositionRecorded(id, disposition)
        case .leadHandedOver, .findingHandedOver, .findingDispositionRecorded: return self
        }
    }
}
