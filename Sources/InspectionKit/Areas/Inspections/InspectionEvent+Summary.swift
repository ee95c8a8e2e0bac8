extension InspectionEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .inspectionScheduled(let i): return t("安排巡察 \(i.id)，对象 \(i.targetID)", "Scheduled inspection \(i.id) of \(i.targetID)")
        case .inspectionAuthorized(let id, let a): return t("\(id) 获授权，\(a.window)", "\(id) authorized for \(a.window)")
        case .stageChanged(let id, let transition): return t("\(id) 进入环节：\(transition.to.label(l))", "\(id) moved to: \(transition.to.label(l))")
        case .mobilized(let id, let day): return t("\(id) 召开动员会 \(day)", "\(id) mobilization meeting \(day)")
        case .stationed(let id, let day): return t("\(id) 进驻 \(day)", "\(id) team stationed \(day)")
        case .withdrawn(let id, let day): return t("\(id) 撤离 \(day)", "\(id) team withdrew \(day)")
        case .reportSubmitted(let id, _): return t("\(id) 提交巡察报告", "\(id) report submitted")
        case .reportApproved(let id, _): return t("\(id) 巡察报告获批", "\(id) report approved")
        case .feedbackDelivered(let id, _): return t("\(id) 反馈意见已送达", "\(id) feedback delivered")
        case .handoverCompleted(let id, let day): return t("\(id) 线索移交完毕 \(day)", "\(id) every lead handed over \(day)")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .inspectionScheduled, .inspectionAuthorized, .stageChanged, .mobilized, .stationed, .withdrawn, .reportSubmitted, .reportApproved, .feedbackDelivered, .handoverCompleted: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
