/// 账号指令 — what may be asked in the accounts area (accounts and API tokens).
public enum AccountsIntent: Hashable, Sendable, Codable {
    /// Open an account (the office head; the first account of an empty record by any office user).
    case registerUser(UserAccount)
    /// Close an account; its history stays.
    case deactivateUser(UserID)
    /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
    case issueToken(userID: UserID, digest: String, expiresOn: Day)
    /// Revoke an API token.
    case revokeToken(TokenID)
    /// Set an account's sign-in password, given its bcrypt hash (the account itself, or the office head).
    case setPassword(UserID, digest: String)
}

extension AccountsIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Open an account (the office head; the first account of an empty record by any office user).
        case registerUser
        /// Close an account; its history stays.
        case deactivateUser
        /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
        case issueToken
        /// Revoke an API token.
        case revokeToken
        /// Set an account's sign-in password, given its bcrypt hash (the account itself, or the office head).
        case setPassword
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .registerUser: .registerUser
        case .deactivateUser: .deactivateUser
        case .issueToken: .issueToken
        case .revokeToken: .revokeToken
        case .setPassword: .setPassword
        }
    }
}

extension Intent {
    /// Open an account (the office head; the first account of an empty record by any office user).
    public static func registerUser(_ a0: UserAccount) -> Intent { .accounts(.registerUser(a0)) }

    /// Close an account; its history stays.
    public static func deactivateUser(_ a0: UserID) -> Intent { .accounts(.deactivateUser(a0)) }

    /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
    public static func issueToken(userID a0: UserID, digest a1: String, expiresOn a2: Day) -> Intent { .accounts(.issueToken(userID: a0, digest: a1, expiresOn: a2)) }

    /// Revoke an API token.
    public static func revokeToken(_ a0: TokenID) -> Intent { .accounts(.revokeToken(a0)) }

    /// Set an account's sign-in password, given its bcrypt hash (the account itself, or the office head).
    public static func setPassword(_ a0: UserID, digest a1: String) -> Intent { .accounts(.setPassword(a0, digest: a1)) }
}

extension IntentKind {
    /// Open an account (the office head; the first account of an empty record by any office user).
    public static let registerUser: IntentKind = .accounts(.registerUser)
    /// Close an account; its history stays.
    public static let deactivateUser: IntentKind = .accounts(.deactivateUser)
    /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
    public static let issueToken: IntentKind = .accounts(.issueToken)
    /// Revoke an API token.
    public static let revokeToken: IntentKind = .accounts(.revokeToken)
    /// Set an account's sign-in password, given its bcrypt hash (the account itself, or the office head).
    public static let setPassword: IntentKind = .accounts(.setPassword)
}
