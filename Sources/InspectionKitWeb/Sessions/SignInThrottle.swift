import Foundation
import InspectionKit

/// 登录限制 — slows guessing: after `limit` failed sign-ins within `window` on one account, or from one address,
/// further attempts on it are refused (`signIn.throttled`) until the window has passed since the last failure.
public actor SignInThrottle {
    /// Failures allowed within the window.
    public let limit: Int
    /// The window, and the wait after the last failure.
    public let window: TimeInterval
    private var failures: [String: [Date]] = [:]
    private let now: @Sendable () -> Date

    /// A throttle of `limit` failures (default 5) per `window` (default 15 minutes).
    public init(limit: Int = 5, window: TimeInterval = 15 * 60, now: @escaping @Sendable () -> Date = { Date() }) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// Whether an attempt on `account` from `address` must wait.
    func isThrottled(account: String, address: String) -> Bool {
        let time = now()
        return [Self.key(account: account), Self.key(address: address)].contains { key in
            (failures[key] ?? []).filter { time.timeIntervalSince($0) <= window }.count >= limit
        }
    }

    /// Notes a failed attempt on `account` from `address`.
    func fail(account: String, address: String) {
        let time = now()
        for key in [Self.key(account: account), Self.key(address: address)] {
            failures[key] = (failures[key] ?? []).filter { time.timeIntervalSince($0) <= window } + [time]
        }
    }

    /// Clears the account's failures after a successful sign-in (the address's stay).
    func succeed(account: String) {
        failures[Self.key(account: account)] = nil
    }

    private static func key(account: String) -> String { "account:" + account }
    private static func key(address: String) -> String { "address:" + address }
}
