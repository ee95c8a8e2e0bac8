/// 登录记录 — a sign-in to or sign-out from the workbench, as the audit trail keeps it (the account is the event's actor).
public struct SignIn: Hashable, Sendable, Codable {
    /// The address the browser connected from.
    public var address: String

    /// A sign-in or sign-out from `address`.
    public init(address: String) {
        self.address = address
    }
}

/// 登录被拒 — a refused sign-in to an existing account, as the audit trail keeps it (the account is the event's actor;
/// attempts on names that are no account are not attributed to anyone and are not journaled).
public struct RefusedSignIn: Hashable, Sendable, Codable {
    /// The address the browser connected from.
    public var address: String
    /// The rule that refused: the credentials (`signIn.credentials`) or too many failures (`signIn.throttled`).
    public var rule: RuleID

    /// A refused sign-in from `address`.
    public init(address: String, rule: RuleID) {
        self.address = address
        self.rule = rule
    }
}
