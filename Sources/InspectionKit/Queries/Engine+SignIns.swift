/// Sign-ins to the workbench, in the audit trail: each is recorded as the account's own event, with the address it came
/// from. Read through ``InspectionService/read(_:)``, so the record is durable before the answer.
extension Engine {
    /// Records that `user` signed in from `address` (nothing when there is no such account).
    public mutating func recordSignedIn(_ user: UserID, address: String) {
        guard let account = state.users[user] else { return }
        record([.signedIn(SignIn(address: address))], actor: account.actor, reason: "sign-in")
    }

    /// Records that `user` signed out from `address` (nothing when there is no such account).
    public mutating func recordSignedOut(_ user: UserID, address: String) {
        guard let account = state.users[user] else { return }
        record([.signedOut(SignIn(address: address))], actor: account.actor, reason: "sign-out")
    }

    /// Records a refused sign-in to `user` from `address`, with the rule that refused it (nothing when there is no
    /// such account: an attempt on a name that is no account is attributed to no one).
    public mutating func recordRefusedSignIn(_ user: UserID, address: String, rule: RuleID) {
        guard let account = state.users[user] else { return }
        record([.signInRefused(RefusedSignIn(address: address, rule: rule))], actor: account.actor, reason: "sign-in refused")
    }
}
