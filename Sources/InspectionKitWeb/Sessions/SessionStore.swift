import Crypto
import Foundation
import InspectionKit

/// 会话管理 — the workbench's signed-in sessions, in memory: a session ends when its account signs out, after
/// `idleLimit` without use or `lifetime` in all, when the account's password changes, or when the account is closed.
/// A server restart signs everyone out.
public actor SessionStore {
    /// How long a session lives unused.
    public let idleLimit: TimeInterval
    /// How long a session lives in all.
    public let lifetime: TimeInterval
    private var sessions: [String: WebSession] = [:]
    private let now: @Sendable () -> Date

    /// A store whose sessions end after `idleLimit` unused (default 30 minutes) or `lifetime` (default 10 hours).
    public init(idleLimit: TimeInterval = 30 * 60, lifetime: TimeInterval = 10 * 3_600, now: @escaping @Sendable () -> Date = { Date() }) {
        self.idleLimit = idleLimit
        self.lifetime = lifetime
        self.now = now
    }

    /// A new session for `user`.
    func start(_ user: UserID, address: String) -> WebSession {
        let time = now()
        let session = WebSession(id: Self.secret(), userID: user, formToken: Self.secret(), started: time, lastUsed: time, address: address)
        sessions[session.id] = session
        return session
    }

    /// The live session `id`, marked used; nil when there is none or it expired (an expired one is dropped).
    func use(_ id: String) -> WebSession? {
        guard var session = sessions[id] else { return nil }
        let time = now()
        guard time.timeIntervalSince(session.lastUsed) <= idleLimit, time.timeIntervalSince(session.started) <= lifetime else {
            sessions[id] = nil
            return nil
        }
        session.lastUsed = time
        sessions[id] = session
        return session
    }

    /// Ends session `id`.
    func end(_ id: String) {
        sessions[id] = nil
    }

    /// Ends every session of `user` (a password change, a closed account), except `keeping`.
    public func endAll(of user: UserID, keeping: String? = nil) {
        sessions = sessions.filter { $0.value.userID != user || $0.key == keeping }
    }

    /// How many sessions are live.
    public var count: Int { sessions.count }

    /// 32 random bytes, base64url.
    static func secret() -> String {
        let key = SymmetricKey(size: .bits256)
        return key.withUnsafeBytes { Data($0) }.base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}
