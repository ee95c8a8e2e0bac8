extension AccountsEvent {
    /// What happened, in `language`: records named by identifier, never confidential content.
    func summary(_ language: Language) -> String {
        let l = language
        func t(_ zh: String, _ en: String) -> String { l == .chinese ? zh : en }
        switch self {
        case .userRegistered(let account): return t("开设账号 \(account.id)（\(account.actor.role.label(l))）", "Opened account \(account.id) (\(account.actor.role.label(l)))")
        case .userDeactivated(let id): return t("停用账号 \(id)", "Closed account \(id)")
        case .tokenIssued(let token): return t("为 \(token.userID) 签发接口令牌 \(token.id)，有效至 \(token.expiresOn)", "Issued API token \(token.id) to \(token.userID), valid until \(token.expiresOn)")
        case .tokenRevoked(let id): return t("撤销接口令牌 \(id)", "Revoked API token \(id)")
        case .passwordSet(let credential):
            return credential.setBy == credential.userID ? t("\(credential.userID) 修改了登录密码", "\(credential.userID) changed its sign-in password")
                : t("为 \(credential.userID) 设置登录密码", "Set the sign-in password of \(credential.userID)")
        }
    }

    /// Whether the event holds confidential text that a store seals.
    var holdsConfidentialText: Bool {
        switch self {
        case .userRegistered, .userDeactivated, .tokenIssued, .tokenRevoked, .passwordSet: false
        }
    }

    /// The event with every confidential text passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Self {
        self
    }
}
