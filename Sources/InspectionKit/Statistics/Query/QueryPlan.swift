/// A `FindingQuery` compiled against one index: lookup tables that turn column codes into group numbers (or into
/// "excluded"), day ranges, and the sizes of the accumulators. Built in time proportional to the dimensions, not
/// to the findings.
struct QueryPlan {
    /// Added to a row's group number to mark it excluded; at most 8 tables and ranges can add it without overflow.
    static let excluded: UInt32 = 1 << 28

    enum ColumnName { case organization, team, category, severity, source, state, found, deadline, closed }

    /// Adds `table[column[row]]` to the row's group number.
    struct Gather { var column: ColumnName; var table: [UInt32] }
    /// Excludes rows whose day lies outside `low...high`.
    struct DayRange { var column: ColumnName; var low: UInt16; var high: UInt16 }
    /// One grouped dimension's values.
    struct Axis { var dimension: FindingDimension; var keys: [FindingGroupKey] }

    var axes: [Axis] = []
    /// Number of groups (product of the axes' sizes); the accumulators hold one more slot for excluded rows.
    var groupCount = 1
    /// Per round partition: skipped, or the group number its rows start from.
    var roundBase: [UInt32?] = []
    var gathers: [Gather] = []
    var ranges: [DayRange] = []
    var overdueBefore: UInt16?
    /// For distinct organizations: each node's number among the nodes at the asked depth, and how many there are.
    var distinctTable: [UInt32]?
    var distinctCount = 0
    /// Whether `distinctTable` maps every node to itself (the asked depth is the tree's deepest), so scans skip it.
    var distinctIsIdentity = false

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    init(_ query: FindingQuery, index: FindingIndex) throws(StatisticsError) {
        guard query.groupBy.count <= 2 else { throw .invalidQuery("group by at most two dimensions, not \(query.groupBy.count)") }
        if let limit = query.limit, limit < 0 { throw .invalidQuery("the limit cannot be negative") }
        if query.order == .distinctOrganizationsDescending, query.measures.distinctOrganizationsAtDepth == nil {
            throw .invalidQuery("ordering by distinct organizations needs the distinct-organizations measure")
        }
        let filter = query.filter

        // Axes: each grouped dimension's value list and code → axis position table.
        var axisTables: [(FindingDimension, [UInt32])] = []
        for dimension in query.groupBy {
            let (keys, table) = try Self.axis(dimension, index: index)
            axes.append(Axis(dimension: dimension, keys: keys))
            axisTables.append((dimension, table))
        }
        let sizes = axes.map { $0.keys.count }
        groupCount = sizes.reduce(1, *)
        guard groupCount < Int(Self.excluded) else { throw .invalidQuery("too many groups (\(groupCount)); group at a shallower depth") }
        let strides: [Int] = sizes.count == 2 ? [sizes[1], 1] : [1]

        // Rounds: a partition is skipped unless selected; a grouped round adds its group number per partition.
        var selected = [Bool](repeating: true, count: index.partitions.count)
        if let names = filter.rounds {
            let codes = try Set(names.map { name throws(StatisticsError) in try Self.round(name, index) })
            for code in selected.indices where !codes.contains(code) { selected[code] = false }
        }
        if let range = filter.roundRange {
            let from = try Self.round(range.from, index)
            let through = try Self.round(range.through, index)
            for code in selected.indices where code < from || code > through { selected[code] = false }
        }
        let roundAxis = query.groupBy.firstIndex(of: .round)
        roundBase = selected.indices.map { code in
            guard selected[code] else { return nil }
            guard let roundAxis else { return 0 }
            return UInt32(code * strides[roundAxis])
        }

        // Grouped columns: the axis table scaled by its stride, with filter exclusions folded in below.
        var tables: [ColumnName: [UInt32]] = [:]
        for (position, (dimension, table)) in axisTables.enumerated() where dimension != .round {
            let stride = UInt32(strides[position])
            let scaled = table.map { $0 == Self.excluded ? $0 : $0 * stride }
            // Two dimensions over one column (e.g. regions × organizations) add up in one table.
            if let other = tables[Self.column(of: dimension)] {
                tables[Self.column(of: dimension)] = zip(other, scaled).map { min($0 &+ $1, Self.excluded) }
            } else {
                tables[Self.column(of: dimension)] = scaled
            }
        }
        func restrict(_ column: ColumnName, size: Int, keep: (Int) -> Bool) {
            var table = tables[column] ?? [UInt32](repeating: 0, count: size)
            for code in 0..<size where !keep(code) { table[code] = Self.excluded }
            tables[column] = table
        }
        if let names = filter.organizations {
            let mask = index.organizations.subtreeMask(of: try Self.nodes(names, in: index.organizations, dimension: "organization"))
            restrict(.organization, size: index.organizations.count) { mask[$0] }
        }
        if let names = filter.categories {
            let mask = index.categories.subtreeMask(of: try Self.nodes(names, in: index.categories, dimension: "category"))
            restrict(.category, size: index.categories.count) { mask[$0] }
        }
        if let names = filter.teams {
            var keep = Set<Int>()
            for name in names {
                guard let code = index.teams.code(of: name) else { throw .unknownValue(dimension: "team", value: name) }
                keep.insert(Int(code))
            }
            restrict(.team, size: index.teams.count) { keep.contains($0) }
        }
        if let values = filter.severities { restrict(.severity, size: 256) { code in values.contains { $0.rawValue == code } } }
        if let values = filter.sources { restrict(.source, size: 256) { code in values.contains { Int($0.rawValue) == code } } }
        var statuses = filter.statuses ?? Set(FindingStatus.allCases)
        if filter.overdueOn != nil { statuses.formIntersection([.open, .inProgress]) }
        if filter.closed != nil { statuses.formIntersection([.rectified, .verified]) }
        if statuses.count < FindingStatus.allCases.count { restrict(.state, size: 256) { state in statuses.contains { Int($0.rawValue) == state >> 1 } } }
        if let recurrence = filter.recurrence { restrict(.state, size: 256) { ($0 & 1 != 0) == recurrence } }
        gathers = tables.map { Gather(column: $0.key, table: $0.value) }.sorted { "\($0.column)" < "\($1.column)" }

        if let found = filter.found { ranges.append(try Self.range(.found, found)) }
        if let closed = filter.closed { ranges.append(try Self.range(.closed, closed)) }
        if let day = filter.overdueOn {
            guard day.number > 0 else { throw .dayOutOfRange(field: "overdueOn", day: day.number) }
            ranges.append(DayRange(column: .deadline, low: 0, high: try Self.day(day, "overdueOn") - 1))
        }
        guard gathers.count + ranges.count <= 8 else { throw .invalidQuery("too many filters") }

        if let day = query.measures.overdueOn { overdueBefore = try Self.day(day, "overdueOn") }
        if let depth = query.measures.distinctOrganizationsAtDepth {
            guard depth >= 0 else { throw .invalidQuery("a depth cannot be negative") }
            let (keys, table) = Self.treeAxis(index.organizations, depth: depth)
            distinctTable = table
            distinctCount = keys.count
            distinctIsIdentity = depth >= index.organizations.maximumDepth
        }
    }

    private static func round(_ name: String, _ index: FindingIndex) throws(StatisticsError) -> Int {
        guard let code = index.rounds.code(of: name) else { throw .unknownValue(dimension: "round", value: name) }
        return Int(code)
    }

    private static func nodes(_ names: Set<String>, in hierarchy: Hierarchy, dimension: String) throws(StatisticsError) -> [Int32] {
        var nodes: [Int32] = []
        for name in names.sorted() {
            guard let node = hierarchy.node(named: name) else { throw .unknownValue(dimension: dimension, value: name) }
            nodes.append(node)
        }
        return nodes
    }

    private static func day(_ day: Day, _ field: String) throws(StatisticsError) -> UInt16 { try FindingIndex.encode(day, field: field) }

    private static func range(_ column: ColumnName, _ days: ClosedRange<Day>) throws(StatisticsError) -> DayRange {
        let low = try day(days.lowerBound, "\(column)")
        let high = try day(days.upperBound, "\(column)")
        return DayRange(column: column, low: low, high: high)
    }

    static func column(of dimension: FindingDimension) -> ColumnName {
        switch dimension {
        case .round: .state // never used: rounds are partitions
        case .team: .team
        case .organization: .organization
        case .category: .category
        case .severity: .severity
        case .source: .source
        case .status: .state
        }
    }

    /// A dimension's values and its code → axis position table.
    private static func axis(_ dimension: FindingDimension, index: FindingIndex) throws(StatisticsError) -> ([FindingGroupKey], [UInt32]) {
        switch dimension {
        case .round:
            let keys = index.rounds.names.enumerated().map { FindingGroupKey(code: $0.offset, name: $0.element) }
            return (keys, keys.indices.map { UInt32($0) })
        case .team:
            let keys = index.teams.names.enumerated().map { FindingGroupKey(code: $0.offset, name: $0.element) }
            return (keys, keys.indices.map { UInt32($0) })
        case .organization(let depth):
            guard depth >= 0 else { throw .invalidQuery("a depth cannot be negative") }
            return treeAxis(index.organizations, depth: depth)
        case .category(let depth):
            guard depth >= 0 else { throw .invalidQuery("a depth cannot be negative") }
            return treeAxis(index.categories, depth: depth)
        case .severity:
            return enumAxis(Severity.allCases.map { ($0.rawValue, $0.label(.english)) })
        case .source:
            return enumAxis(FindingSourceKind.allCases.map { (Int($0.rawValue), $0.label(.english)) })
        case .status:
            // Status shares its byte with recurrence (status << 1 | recurrent).
            let (keys, byStatus) = enumAxis(FindingStatus.allCases.map { (Int($0.rawValue), $0.label(.english)) })
            return (keys, (0..<256).map { byStatus[$0 >> 1] })
        }
    }

    private static func enumAxis(_ cases: [(Int, String)]) -> ([FindingGroupKey], [UInt32]) {
        var table = [UInt32](repeating: excluded, count: 256)
        for (position, value) in cases.enumerated() { table[value.0] = UInt32(position) }
        return (cases.map { FindingGroupKey(code: $0.0, name: $0.1) }, table)
    }

    /// The nodes at `depth` (and shallower leaves standing for themselves), numbered in tree order.
    static func treeAxis(_ hierarchy: Hierarchy, depth: Int) -> ([FindingGroupKey], [UInt32]) {
        let ancestors = hierarchy.ancestorTable(atDepth: depth)
        var position = [UInt32](repeating: excluded, count: hierarchy.count)
        var keys: [FindingGroupKey] = []
        for node in 0..<hierarchy.count where Int(ancestors[node]) == node {
            position[node] = UInt32(keys.count)
            keys.append(FindingGroupKey(code: node, name: hierarchy.names[node]))
        }
        return (keys, ancestors.map { position[Int($0)] })
    }
}
