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
}
