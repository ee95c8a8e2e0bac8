import Foundation
import InspectionKit

/// 登录会话 — one signed-in browser: the account, the token every form must carry (CSRF), and when it began and was
/// last used. The session's identifier travels only in an `HttpOnly` cookie; only the server holds the session.
public struct WebSession: Sendable, Hashable {
    /// The secret identifier (the cookie's value).
    public let id: String
    /// The signed-in account.
    public let userID: UserID
    /// The token every form of this session carries.
    public let formToken: String
    /// When it began.
    public let started: Date
    /// When it was last used.
    public var lastUsed: Date
    /// The address it signed in from.
    public let address: String
}
