import Foundation

/// Where the engine reads the current time; injected so that rules and tests are deterministic.
public protocol TimeSource: Sendable {
    /// The current instant.
    func now() -> Date
}

/// The system clock.
public struct SystemTimeSource: TimeSource {
    /// A system clock.
    public init() {}
    /// The current instant from the operating system.
    public func now() -> Date { Date() }
}

/// A clock set by hand: tests, sample data and replays move it explicitly.
public final class ManualTimeSource: TimeSource, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    /// A clock that reads `start` until moved.
    public init(_ start: Date) { current = start }

    /// A clock that reads noon (China Standard Time) on `day`.
    public convenience init(day: Day) { self.init(ManualTimeSource.noon(of: day)) }

    /// The instant the clock is set to.
    public func now() -> Date { lock.withLock { current } }

    /// Sets the clock to `date`.
    public func set(_ date: Date) { lock.withLock { current = date } }

    /// Sets the clock to noon (China Standard Time) on `day`.
    public func set(day: Day) { set(ManualTimeSource.noon(of: day)) }

    /// Moves the clock forward by `days` days.
    public func advance(days: Int) { lock.withLock { current = current.addingTimeInterval(Double(days) * 86_400) } }

    /// Noon on `day` at UTC+8, as an instant.
    public static func noon(of day: Day) -> Date {
        Date(timeIntervalSince1970: Double(day.number) * 86_400 + 4 * 3_600)
    }
}
