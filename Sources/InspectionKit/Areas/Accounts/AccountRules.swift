/// Rules for accounts: who may act, tied to the record.
enum AccountRules {
    static func register(_ account: UserAccount, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(account.id.rawValue, field: "id", zh: "账号")
        try Check.notBlank(account.name, field: "name", zh: "姓名")
        guard account.id.rawValue.allSatisfy({ !$0.isWhitespace }) else {
            throw .invalid("id", zh: "账号不能含空格。", en: "an account id cannot contain spaces.")
        }
        guard c.state.users[account.id] == nil else {
            throw DomainError(.duplicateRecord, zh: "账号“\(account.id)”已存在。", en: "Account '\(account.id)' already exists.")
        }
        switch account.role {
        case .teamLeader, .teamMember:
            guard let inspector = account.inspectorID else {
                throw .invalid("inspectorID", zh: "巡察组成员账号须关联人才库中的巡察干部。", en: "a team account must name its inspector in the talent pool.")
            }
            _ = try c.inspector(inspector)
        case .inspectedOrg:
            guard let organization = account.organizationID else {
                throw .invalid("organizationID", zh: "被巡察党组织账号须关联所在党组织。", en: "an inspected organization's account must name its organization.")
            }
            _ = try c.organization(organization)
        default:
            break
        }
        if account.isOfficeHead, account.role != .office {
            throw .invalid("isOfficeHead", zh: "只有巡察办账号可以是巡察办主任。", en: "only an office account can be the office head.")
        }
        var opened = account
        opened.active = true
        return [.userRegistered(opened)]
    }

    static func deactivate(_ id: UserID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        guard let account = c.state.users[id] else { throw .unknown(.user, id.rawValue) }
        guard account.active else {
            throw DomainError(.invalidInput, zh: "账号“\(id)”已停用。", en: "Account '\(id)' is already closed.")
        }
        guard id != c.actor.id else {
            throw DomainError(.invalidInput, zh: "不能停用自己的账号。", en: "You cannot close your own account.")
        }
        return [.userDeactivated(id)]
    }

    /// A token for an open account, valid from today for at most a year, with a well-formed SHA-256 digest.
    static func issueToken(_ user: UserID, digest: String, expiresOn: Day, _ c: DecisionContext) throws(DomainError) -> [Event] {
        guard let account = c.state.users[user] else { throw .unknown(.user, user.rawValue) }
        guard account.active else { throw DomainError(.invalidInput, zh: "账号“\(user)”已停用，不能签发令牌。", en: "Account '\(user)' is closed: no token can be issued.") }
        guard digest.count == 64, digest.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw .invalid("digest", zh: "令牌摘要应为 64 位小写十六进制 SHA-256。", en: "a token digest is 64 lowercase hex digits (SHA-256).")
        }
        guard expiresOn >= c.today, expiresOn <= c.today.adding(days: 366) else {
            throw .invalid("expiresOn", zh: "令牌有效期应从今天起，最长一年。", en: "a token expires between today and a year from now.")
        }
        guard !c.state.tokens.values.contains(where: { $0.digest == digest }) else {
            throw DomainError(.duplicateRecord, zh: "该令牌已签发过。", en: "This token was already issued.")
        }
        return [.tokenIssued(APIToken(id: c.newID(.token), userID: user, digest: digest, issuedOn: c.today, expiresOn: expiresOn))]
    }

    /// Revokes a token that is still valid.
    static func revokeToken(_ id: TokenID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        guard let token = c.state.tokens[id] else { throw .unknown(.token, id.rawValue) }
        guard !token.revoked else { throw DomainError(.invalidInput, zh: "令牌 \(id) 已撤销。", en: "Token \(id) is already revoked.") }
        return [.tokenRevoked(id)]
    }

    /// A password for an open account, as a bcrypt hash of cost 10 or more.
    static func setPassword(_ user: UserID, digest: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        guard let account = c.state.users[user] else { throw .unknown(.user, user.rawValue) }
        guard account.active else {
            throw DomainError(.invalidInput, zh: "账号“\(user)”已停用，不能设置密码。", en: "Account '\(user)' is closed: no password can be set.")
        }
        guard PasswordCredential.isBcryptDigest(digest) else {
            throw .invalid("digest", zh: "密码摘要应为成本不低于 10 的 bcrypt 摘要（60 个字符）。", en: "a password digest is a bcrypt hash of cost 10 or more (60 characters).")
        }
        return [.passwordSet(PasswordCredential(userID: user, digest: digest, setOn: c.today, setBy: c.actor.id))]
    }
}
