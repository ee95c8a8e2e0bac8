/// 预警等级 — green, yellow (10 days before the deadline, also to the responsible leader) or red (overdue, to the head).
public enum WarningLevel: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 绿色 — on track.
    case green
    /// 黄色 — deadline near.
    case yellow
    /// 红色 — overdue.
    case red

    /// The level of something due on `deadline`, seen on `day`.
    public init(deadline: Day, on day: Day, yellowDays: Int) {
        if day > deadline {
            self = .red
        } else if day.days(until: deadline) <= yellowDays {
            self = .yellow
        } else {
            self = .green
        }
    }

    /// Orders green < yellow < red.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        let order: [WarningLevel] = [.green, .yellow, .red]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }

    /// The level's name in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .green: language == .chinese ? "绿灯" : "green"
        case .yellow: language == .chinese ? "黄灯" : "yellow"
        case .red: language == .chinese ? "红灯" : "red"
        }
    }
}
