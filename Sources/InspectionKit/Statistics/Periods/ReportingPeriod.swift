import Foundation

/// 统计期间 — a period an office reports on: a year (2025), a half-year (2025H1), a quarter (2025Q3), a month (2025-07)
/// or any range of days; figures for it count what happened in it, as of its last day.
public struct ReportingPeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The days of the period, both ends included.
    public var window: DayWindow
    /// Its name as given (`2025`, `2025H1`), or the range (`2025-01-01…2025-06-30`).
    public var name: String

    /// A period of any days, named by its range.
    public init(from start: Day, to end: Day) {
        window = DayWindow(start: start, end: end)
        name = "\(start)…\(end)"
    }

    /// The period a name stands for: `2025`, `2025H1`/`2025H2`, `2025Q1`…`2025Q4` or `2025-07`; nil when it is none.
    public init?(named text: String) {
        let name = text.trimmingCharacters(in: .whitespaces).uppercased()
        func year(_ digits: Substring) -> Int? { digits.count == 4 ? Int(digits).flatMap { (1900...9999).contains($0) ? $0 : nil } : nil }
        let yearPart = name.prefix(4)
        guard let y = year(yearPart) else { return nil }
        let rest = name.dropFirst(4)
        let firstMonth: Int
        let months: Int
        switch rest {
        case "": (firstMonth, months) = (1, 12)
        case "H1", "H2": (firstMonth, months) = (rest == "H1" ? 1 : 7, 6)
        case "Q1", "Q2", "Q3", "Q4": (firstMonth, months) = ((Int(String(rest.dropFirst())) ?? 1) * 3 - 2, 3)
        default:
            guard rest.hasPrefix("-"), let month = Int(rest.dropFirst()), (1...12).contains(month), rest.count == 3 else { return nil }
            (firstMonth, months) = (month, 1)
        }
        guard let start = Day(year: y, month: firstMonth, day: 1) else { return nil }
        window = DayWindow(start: start, end: start.adding(months: months).adding(days: -1))
        self.name = name
    }

    /// The last day: figures of the period are as of it.
    public var asOf: Day { window.end }

    /// The name.
    public var description: String { name }
}

extension ReportingPeriod {
    /// The period as an office writes it: 2025年 / 2025年上半年 / 2025年第3季度 / 2025年7月, or the year 2025, the first half
    /// of 2025…; a range of days as its two ends.
    public func label(_ language: Language) -> String {
        let zh = language == .chinese
        let year = name.prefix(4)
        let rest = name.dropFirst(4)
        switch rest {
        case "" where name.count == 4: return zh ? "\(year)年" : "the year \(year)"
        case "H1": return zh ? "\(year)年上半年" : "the first half of \(year)"
        case "H2": return zh ? "\(year)年下半年" : "the second half of \(year)"
        case "Q1", "Q2", "Q3", "Q4": return zh ? "\(year)年第\(rest.dropFirst())季度" : "quarter \(rest.dropFirst()) of \(year)"
        default:
            if rest.hasPrefix("-"), let month = Int(rest.dropFirst()) { return zh ? "\(year)年\(month)月" : "\(year)-\(rest.dropFirst())" }
            return zh ? "\(window.start)至\(window.end)" : "\(window.start) to \(window.end)"
        }
    }
}
