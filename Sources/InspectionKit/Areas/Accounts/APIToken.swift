/// Identifies an API token.
public typealias TokenID = Identifier<APIToken>

/// 接口令牌 — a credential an account uses to call the HTTP API. Only a digest of the secret is kept (the secret is
/// shown once, when issued); a token expires, and can be revoked.
public struct APIToken: Hashable, Sendable, Codable, Identifiable {
    /// The token's identifier (not secret).
    public var id: TokenID
    /// The account it acts as.
    public var userID: UserID
    /// The SHA-256 digest of the secret, in lowercase hex.
    public var digest: String
    /// When it was issued.
    public var issuedOn: Day
    /// The last day it is valid.
    public var expiresOn: Day
    /// Whether it was revoked.
    public var revoked: Bool

    /// A token record.
    public init(id: TokenID, userID: UserID, digest: String, issuedOn: Day, expiresOn: Day, revoked: Bool = false) {
        self.id = id
        self.userID = userID
        self.digest = digest
        self.issuedOn = issuedOn
        self.expiresOn = expiresOn
        self.revoked = revoked
    }

    /// Whether it may be used on `day`.
    public func isValid(on day: Day) -> Bool { !revoked && day <= expiresOn }
}
