/// 统计结果 — the rows a `FindingQuery` returns, one per non-empty group.
public struct FindingQueryResult: Hashable, Sendable, Codable {
    /// The dimensions grouped by, in order.
    public var dimensions: [FindingDimension]
    /// The percentiles each row's `daysToClose` holds, in order.
    public var percentiles: [Percentile]
    /// One row per non-empty group, ordered as asked.
    public var rows: [FindingGroup]
}

/// One group's measures.
public struct FindingGroup: Hashable, Sendable, Codable {
    /// The group's values, one per dimension.
    public var keys: [FindingGroupKey]
    /// Findings counted.
    public var count: Int
    /// Findings per status, indexed by `FindingStatus.rawValue`.
    public var statusCounts: [Int]
    /// Recurrent findings.
    public var recurrent: Int
    /// Unresolved findings past their deadline, when asked.
    public var overdue: Int?
    /// Distinct organizations at the asked depth, when asked.
    public var distinctOrganizations: Int?
    /// Days to close at each asked percentile; nil where the group has no closed finding.
    public var daysToClose: [Int?]

    /// Findings in `status`.
    public func count(_ status: FindingStatus) -> Int { statusCounts[Int(status.rawValue)] }
    /// Rectified or verified findings.
    public var closed: Int { count(.rectified) + count(.verified) }
    /// Open or in-progress findings.
    public var unresolved: Int { count(.open) + count(.inProgress) }
    /// 整改率 — closed over all.
    public var rectificationRate: Double { count == 0 ? 0 : Double(closed) / Double(count) }
    /// 逾期率 — overdue over unresolved, when overdue was asked.
    public var overdueRate: Double? { overdue.map { unresolved == 0 ? 0 : Double($0) / Double(unresolved) } }
    /// 反弹率 — recurrent over all.
    public var recurrenceRate: Double { count == 0 ? 0 : Double(recurrent) / Double(count) }
}

/// A group's value on one dimension: its code and its name.
public struct FindingGroupKey: Hashable, Sendable, Codable {
    /// The value's code (node number, round or team code, or enum raw value).
    public var code: Int
    /// The value's name (node name, round or team name, or the enum's English name).
    public var name: String
}
