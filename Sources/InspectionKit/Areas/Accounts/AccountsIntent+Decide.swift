extension AccountsIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .registerUser, .deactivateUser, .issueToken, .revokeToken:
            return .accounts
        case .setPassword(let user, _):
            return .ownAccount(user)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .registerUser(let account): return try AccountRules.register(account, c)
        case .deactivateUser(let id): return try AccountRules.deactivate(id, c)
        case .issueToken(let user, let digest, let expires): return try AccountRules.issueToken(user, digest: digest, expiresOn: expires, c)
        case .revokeToken(let id): return try AccountRules.revokeToken(id, c)
        case .setPassword(let user, let digest): return try AccountRules.setPassword(user, digest: digest, c)
        }
    }
}
