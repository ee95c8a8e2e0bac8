import Foundation

/// A calendar day (no time of day), counted from 1970-01-01; deadlines, windows and warnings work in days.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let number: Int

    /// A day from its count since 1970-01-01.
    public init(number: Int) { self.number = number }

    /// A day from a proleptic Gregorian year, month (1–12) and day (1–31); nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD`; nil when the text is not a real date in that form.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day on which `date` falls at a fixed offset from UTC (China Standard Time is +8 h and has no daylight saving).
    public init(date: Date, utcOffsetSeconds: Int) {
        let seconds = Int((date.timeIntervalSince1970).rounded(.down)) + utcOffsetSeconds
        number = Int((Double(seconds) / 86_400).rounded(.down))
    }

    /// Year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The date as `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        let y = String(c.year)
        let m = c.month < 10 ? "0\(c.month)" : String(c.month)
        let d = c.day < 10 ? "0\(c.day)" : String(c.day)
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    /// The date as `YYYY-MM-DD`.
    public var description: String { iso }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(number: number + count) }

    /// The same day of the month `count` months later, clamped to the month's last day.
    public func adding(months count: Int) -> Day {
        let c = components
        let total = c.year * 12 + (c.month - 1) + count
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        let day = min(c.day, Day.daysIn(month: month, year: year))
        return Day(year: year, month: month, day: day) ?? self
    }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.number - number }

    /// Orders days chronologically.
    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.number < rhs.number }

    /// Decodes from `YYYY-MM-DD`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not a date in the form YYYY-MM-DD")
        }
        self = day
    }

    /// Encodes as `YYYY-MM-DD`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A closed range of days, such as an authorization window.
public struct DayWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first day inside the window.
    public var start: Day
    /// The last day inside the window.
    public var end: Day

    /// A window from `start` to `end`, both included.
    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    /// Whether `day` falls inside the window.
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The window as `start…end`.
    public var description: String { "\(start)…\(end)" }
}
