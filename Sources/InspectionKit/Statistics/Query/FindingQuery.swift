/// 统计查询 — one question to the finding index: which findings (filter), grouped how (up to two dimensions), measured
/// how, in what order. Every statistic of the office over findings is a `FindingQuery`.
public struct FindingQuery: Hashable, Sendable {
    /// Which findings count.
    public var filter: FindingFilter
    /// Up to two dimensions to group by (none: one total row).
    public var groupBy: [FindingDimension]
    /// The measures beyond counts by status.
    public var measures: FindingMeasures
    /// How rows are ordered.
    public var order: FindingOrder
    /// At most this many rows, after ordering.
    public var limit: Int?

    /// A query.
    public init(filter: FindingFilter = FindingFilter(), groupBy: [FindingDimension] = [], measures: FindingMeasures = FindingMeasures(),
                order: FindingOrder = .groups, limit: Int? = nil) {
        self.filter = filter
        self.groupBy = groupBy
        self.measures = measures
        self.order = order
        self.limit = limit
    }
}

/// 统计维度 — what findings can be grouped by; the trees at any depth (0 = the roots).
public enum FindingDimension: Hashable, Sendable, Codable {
    /// The round.
    case round
    /// The team.
    case team
    /// The organization tree at a depth (e.g. 0 regions, 1 organizations, 2 units).
    case organization(depth: Int)
    /// The taxonomy at a depth (0 areas, 1 middle levels, 2 leaves).
    case category(depth: Int)
    /// The severity.
    case severity
    /// The source kind.
    case source
    /// The rectification status.
    case status
}

/// 筛选条件 — which findings a query counts; nil means "any". Sets of names select subtrees in the two trees.
public struct FindingFilter: Hashable, Sendable {
    /// These rounds only.
    public var rounds: Set<String>?
    /// Rounds from the first to the second name, inclusive, in plan order.
    public var roundRange: RoundRange?
    /// Findings in the subtrees of these organizations.
    public var organizations: Set<String>?
    /// Findings in the subtrees of these categories.
    public var categories: Set<String>?
    /// These teams only.
    public var teams: Set<String>?
    /// These severities only.
    public var severities: Set<Severity>?
    /// These source kinds only.
    public var sources: Set<FindingSourceKind>?
    /// These statuses only.
    public var statuses: Set<FindingStatus>?
    /// Found within these days.
    public var found: ClosedRange<Day>?
    /// Closed within these days (so closed findings only).
    public var closed: ClosedRange<Day>?
    /// Unresolved and past their deadline on this day.
    public var overdueOn: Day?
    /// Recurrent (true) or not (false) only.
    public var recurrence: Bool?

    /// A filter.
    public init(rounds: Set<String>? = nil, roundRange: RoundRange? = nil, organizations: Set<String>? = nil, categories: Set<String>? = nil,
                teams: Set<String>? = nil, severities: Set<Severity>? = nil, sources: Set<FindingSourceKind>? = nil,
                statuses: Set<FindingStatus>? = nil, found: ClosedRange<Day>? = nil, closed: ClosedRange<Day>? = nil,
                overdueOn: Day? = nil, recurrence: Bool? = nil) {
        self.rounds = rounds
        self.roundRange = roundRange
        self.organizations = organizations
        self.categories = categories
        self.teams = teams
        self.severities = severities
        self.sources = sources
        self.statuses = statuses
        self.found = found
        self.closed = closed
        self.overdueOn = overdueOn
        self.recurrence = recurrence
    }
}

/// A span of rounds in plan order, both ends included.
public struct RoundRange: Hashable, Sendable {
    /// The first round.
    public var from: String
    /// The last round.
    public var through: String

    /// A span of rounds.
    public init(from: String, through: String) {
        self.from = from
        self.through = through
    }
}

/// 统计指标 — what a query measures beyond counts by status (which every row has).
public struct FindingMeasures: Hashable, Sendable {
    /// Count unresolved findings past their deadline on this day.
    public var overdueOn: Day?
    /// Count distinct organizations at this depth of the tree (e.g. the leaves for "units affected").
    public var distinctOrganizationsAtDepth: Int?
    /// Days-to-close percentiles over closed findings ("lower" discrete percentiles).
    public var daysToClose: [Percentile]

    /// Measures.
    public init(overdueOn: Day? = nil, distinctOrganizationsAtDepth: Int? = nil, daysToClose: [Percentile] = []) {
        self.overdueOn = overdueOn
        self.distinctOrganizationsAtDepth = distinctOrganizationsAtDepth
        self.daysToClose = daysToClose
    }
}

/// A discrete percentile in thousandths: the 0-based element ⌊(n−1)·p⌋ of the sorted values (DuckDB's quantile_disc).
public struct Percentile: Hashable, Sendable, Codable, CustomStringConvertible {
    /// p in thousandths (500 is the median).
    public let perMille: Int

    /// The percentile p = perMille / 1000, refused unless 0…1000.
    public init(perMille: Int) throws(StatisticsError) {
        guard (0...1000).contains(perMille) else { throw .invalidQuery("a percentile lies between 0 and 1000 per mille, not \(perMille)") }
        self.perMille = perMille
    }

    private init(exactly perMille: Int) { self.perMille = perMille }

    /// The median.
    public static let median = Percentile(exactly: 500)
    /// The 90th percentile.
    public static let p90 = Percentile(exactly: 900)

    /// "p50", "p90", "p99.9".
    public var description: String {
        perMille % 10 == 0 ? "p\(perMille / 10)" : "p\(perMille / 10).\(perMille % 10)"
    }

    /// The 0-based index into `n` sorted values.
    func index(among n: Int) -> Int { (n - 1) * perMille / 1000 }
}

/// How result rows are ordered.
public enum FindingOrder: Hashable, Sendable {
    /// By the groups: plan order of rounds, tree order of nodes, code order otherwise.
    case groups
    /// Most findings first, then by groups.
    case countDescending
    /// Most distinct organizations first, then by groups (needs `distinctOrganizationsAtDepth`).
    case distinctOrganizationsDescending
}

extension FindingDimension {
    /// A dimension by name, as frontends spell it: round, team, org[:DEPTH] (default 1), area, category[:DEPTH]
    /// (default 2), severity, source, status; Chinese names (轮次, 巡察组, 单位, 领域, 问题类别, 严重程度, 来源, 状态) too.
    public init?(name: String) {
        let parts = name.lowercased().split(separator: ":", maxSplits: 1).map(String.init)
        let depth = parts.count == 2 ? Int(parts[1]) : nil
        if parts.count == 2 && (depth ?? -1) < 0 { return nil }
        switch parts.first ?? "" {
        case "round", "轮次": self = .round
        case "team", "巡察组": self = .team
        case "org", "organization", "单位": self = .organization(depth: depth ?? 1)
        case "area", "领域": self = .category(depth: 0)
        case "category", "问题类别": self = .category(depth: depth ?? 2)
        case "severity", "严重程度": self = .severity
        case "source", "来源": self = .source
        case "status", "状态": self = .status
        default: return nil
        }
    }

    /// The names `init(name:)` accepts.
    public static let names = ["round", "team", "org[:DEPTH]", "area", "category[:DEPTH]", "severity", "source", "status"]
}
