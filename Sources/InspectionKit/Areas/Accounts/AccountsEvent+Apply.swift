extension InspectionState {
    /// Folds one event of the accounts area into the state.
    mutating func apply(_ event: AccountsEvent) {
        switch event {
        case .userRegistered(let account):
            users[account.id] = account
        case .userDeactivated(let id):
            users[id]?.active = false
        case .tokenIssued(let token):
            var tokens = issuedTokens ?? [:]
            tokens[token.id] = token
            issuedTokens = tokens
            count(.token)
        case .tokenRevoked(let id):
            issuedTokens?[id]?.revoked = true
        case .passwordSet(let credential):
            var credentials = passwordCredentials ?? [:]
            credentials[credential.userID] = credential
            passwordCredentials = credentials
        }
    }
}
