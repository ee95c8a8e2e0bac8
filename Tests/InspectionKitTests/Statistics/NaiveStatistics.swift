@testable import InspectionKit

/// The straightforward computation the index must agree with: filter the facts one by one, group them in a
/// dictionary, sort the closing days.
struct NaiveStatistics {
    let organizations: Hierarchy
    let categories: Hierarchy
    let rounds: CodeBook
    let teams: CodeBook

    func run(_ query: FindingQuery, over facts: [FindingFact]) -> [NaiveRow] {
        var groups: [[Int]: [FindingFact]] = [:]
        for fact in facts where matches(fact, query.filter) {
            groups[query.groupBy.map { code(of: fact, $0) }, default: []].append(fact)
        }
        var rows = groups.map { keys, members in
            NaiveRow(keys: keys, count: members.count,
                     statusCounts: FindingStatus.allCases.map { status in members.filter { $0.status == status }.count },
                     recurrent: members.filter(\.recurrence).count,
                     overdue: query.measures.overdueOn.map { day in members.filter { $0.status.isUnresolved && ($0.deadline.map { $0 < day } ?? false) }.count },
                     distinct: query.measures.distinctOrganizationsAtDepth.map { depth in
                         Set(members.map { organizations.ancestor(of: organizations.node(named: $0.organization) ?? 0, atDepth: depth) }).count
                     },
                     daysToClose: query.measures.daysToClose.map { percentile in
                         let days = members.compactMap { fact in fact.closedOn.map { fact.foundOn.days(until: $0) } }.sorted()
                         return days.isEmpty ? nil : days[(days.count - 1) * percentile.perMille / 1000]
                     })
        }
        rows.sort { $0.keys.lexicographicallyPrecedes($1.keys) }
        switch query.order {
        case .groups: break
        case .countDescending: rows = stable(rows) { $0.count > $1.count }
        case .distinctOrganizationsDescending: rows = stable(rows) { ($0.distinct ?? 0) > ($1.distinct ?? 0) }
        }
        if let limit = query.limit { rows = Array(rows.prefix(limit)) }
        return rows
    }

    private func stable(_ rows: [NaiveRow], _ before: (NaiveRow, NaiveRow) -> Bool) -> [NaiveRow] {
        rows.enumerated().sorted { before($0.element, $1.element) || (!before($1.element, $0.element) && $0.offset < $1.offset) }.map(\.element)
    }

    private func matches(_ fact: FindingFact, _ filter: FindingFilter) -> Bool {
        let round = Int(rounds.code(of: fact.round) ?? 0)
        if let names = filter.rounds, !names.contains(fact.round) { return false }
        if let range = filter.roundRange {
            guard let from = rounds.code(of: range.from), let through = rounds.code(of: range.through), round >= from, round <= through else { return false }
        }
        if let names = filter.organizations, !within(fact.organization, names, organizations) { return false }
        if let names = filter.categories, !within(fact.category, names, categories) { return false }
        if let names = filter.teams, !names.contains(fact.team) { return false }
        if let values = filter.severities, !values.contains(fact.severity) { return false }
        if let values = filter.sources, !values.contains(fact.source) { return false }
        if let values = filter.statuses, !values.contains(fact.status) { return false }
        if let days = filter.found, !days.contains(fact.foundOn) { return false }
        if let days = filter.closed, !(fact.closedOn.map(days.contains) ?? false) { return false }
        if let day = filter.overdueOn, !(fact.status.isUnresolved && (fact.deadline.map { $0 < day } ?? false)) { return false }
        if let recurrence = filter.recurrence, fact.recurrence != recurrence { return false }
        return true
    }

    private func within(_ name: String, _ roots: Set<String>, _ hierarchy: Hierarchy) -> Bool {
        guard var node = hierarchy.node(named: name) else { return false }
        while true {
            if roots.contains(hierarchy.names[Int(node)]) { return true }
            let parent = hierarchy.parents[Int(node)]
            if parent < 0 { return false }
            node = parent
        }
    }

    private func code(of fact: FindingFact, _ dimension: FindingDimension) -> Int {
        switch dimension {
        case .round: Int(rounds.code(of: fact.round) ?? 0)
        case .team: Int(teams.code(of: fact.team) ?? 0)
        case .organization(let depth): Int(organizations.ancestor(of: organizations.node(named: fact.organization) ?? 0, atDepth: depth))
        case .category(let depth): Int(categories.ancestor(of: categories.node(named: fact.category) ?? 0, atDepth: depth))
        case .severity: fact.severity.rawValue
        case .source: Int(fact.source.rawValue)
        case .status: Int(fact.status.rawValue)
        }
    }
}

/// A group as the naive computation sees it.
struct NaiveRow: Equatable, CustomStringConvertible {
    var keys: [Int]
    var count: Int
    var statusCounts: [Int]
    var recurrent: Int
    var overdue: Int?
    var distinct: Int?
    var daysToClose: [Int?]

    init(keys: [Int], count: Int, statusCounts: [Int], recurrent: Int, overdue: Int?, distinct: Int?, daysToClose: [Int?]) {
        self.keys = keys
        self.count = count
        self.statusCounts = statusCounts
        self.recurrent = recurrent
        self.overdue = overdue
        self.distinct = distinct
        self.daysToClose = daysToClose
    }

    /// The index's row in the same shape (keys as codes).
    init(_ group: FindingGroup) {
        self.init(keys: group.keys.map(\.code), count: group.count, statusCounts: group.statusCounts, recurrent: group.recurrent,
                  overdue: group.overdue, distinct: group.distinctOrganizations, daysToClose: group.daysToClose)
    }

    var description: String { "\(keys): \(count) \(statusCounts) r\(recurrent) o\(overdue.map(String.init) ?? "-") d\(distinct.map(String.init) ?? "-") \(daysToClose)" }
}
