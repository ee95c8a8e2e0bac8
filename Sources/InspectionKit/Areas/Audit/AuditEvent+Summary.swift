extension AuditEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .confidentialRecordRead(let record):
            switch record {
            case .lead(let id): return t("查阅线索 \(id)", "Read lead \(id)")
            case .petition(let id): return t("查阅信访件 \(id)", "Read petition \(id)")
            case .petitionerIdentity(let id): return t("查阅信访人身份 \(id)", "Read the petitioner's identity on \(id)")
            case .interview(let id): return t("查阅谈话记录 \(id)", "Read interview record \(id)")
            }
        case .confidentialReadRefused(let refused):
            let what = refused.record.label(l)
            return refused.recordExists
                ? t("拒绝查阅\(what)（\(refused.rule.rawValue)）", "Refused a read of \(what) (\(refused.rule.rawValue))")
                : t("试图查阅不存在的\(what)（\(refused.rule.rawValue)）", "Tried to read \(what), which does not exist (\(refused.rule.rawValue))")
        case .signedIn(let session): return t("从 \(session.address) 登录工作台", "Signed in to the workbench from \(session.address)")
        case .signedOut(let session): return t("从 \(session.address) 退出工作台", "Signed out of the workbench from \(session.address)")
        case .fileReadRefused(let refused):
            let what = refused.file.label(l)
            return refused.recordExists
                ? t("拒绝调阅\(what)（\(refused.rule.rawValue)）", "Refused to open \(what) (\(refused.rule.rawValue))")
                : t("试图调阅不存在的\(what)（\(refused.rule.rawValue)）", "Tried to open \(what), which does not exist (\(refused.rule.rawValue))")
        case .signInRefused(let refused): return t("拒绝从 \(refused.address) 登录（\(refused.rule.rawValue)）", "Refused a sign-in from \(refused.address) (\(refused.rule.rawValue))")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .confidentialRecordRead, .confidentialReadRefused, .signedIn, .signedOut, .signInRefused, .fileReadRefused: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
