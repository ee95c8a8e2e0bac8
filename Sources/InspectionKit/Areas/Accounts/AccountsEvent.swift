/// 账号事件 — the events of the accounts area (accounts and API tokens), as the journal records them under `"accounts.…"`.
public enum AccountsEvent: Hashable, Sendable {
    /// An account was opened.
    case userRegistered(UserAccount)
    /// An account was closed.
    case userDeactivated(UserID)
    /// An API token was issued (its digest only).
    case tokenIssued(APIToken)
    /// An API token was revoked.
    case tokenRevoked(TokenID)
    /// An account's sign-in password was set (its bcrypt hash only).
    case passwordSet(PasswordCredential)
}

extension AccountsEvent {
    /// The stable names of this area's events (the part of `"type"` after `"accounts."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// An account was opened.
        case userRegistered
        /// An account was closed.
        case userDeactivated
        /// An API token was issued (its digest only).
        case tokenIssued
        /// An API token was revoked.
        case tokenRevoked
        /// An account's sign-in password was set (its bcrypt hash only).
        case passwordSet
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .userRegistered: .userRegistered
        case .userDeactivated: .userDeactivated
        case .tokenIssued: .tokenIssued
        case .tokenRevoked: .tokenRevoked
        case .passwordSet: .passwordSet
        }
    }
}

extension AccountsEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .userRegistered: [("user", "UserAccount")]
        case .userDeactivated: [("user", "UserID")]
        case .tokenIssued: [("token", "APIToken")]
        case .tokenRevoked: [("token", "TokenID")]
        case .passwordSet: [("credential", "PasswordCredential")]
        }
    }
}

extension Event {
    /// An account was opened.
    public static func userRegistered(_ a0: UserAccount) -> Event { .accounts(.userRegistered(a0)) }

    /// An account was closed.
    public static func userDeactivated(_ a0: UserID) -> Event { .accounts(.userDeactivated(a0)) }

    /// An API token was issued (its digest only).
    public static func tokenIssued(_ a0: APIToken) -> Event { .accounts(.tokenIssued(a0)) }

    /// An API token was revoked.
    public static func tokenRevoked(_ a0: TokenID) -> Event { .accounts(.tokenRevoked(a0)) }

    /// An account's sign-in password was set (its bcrypt hash only).
    public static func passwordSet(_ a0: PasswordCredential) -> Event { .accounts(.passwordSet(a0)) }
}

extension EventType {
    /// An account was opened.
    public static let userRegistered: EventType = .accounts(.userRegistered)
    /// An account was closed.
    public static let userDeactivated: EventType = .accounts(.userDeactivated)
    /// An API token was issued (its digest only).
    public static let tokenIssued: EventType = .accounts(.tokenIssued)
    /// An API token was revoked.
    public static let tokenRevoked: EventType = .accounts(.tokenRevoked)
    /// An account's sign-in password was set (its bcrypt hash only).
    public static let passwordSet: EventType = .accounts(.passwordSet)
}
