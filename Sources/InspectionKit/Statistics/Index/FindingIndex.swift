/// 问题统计索引 — the columnar finding index behind every statistic of the office: findings as narrow,
/// dictionary-encoded columns, partitioned by round, with the organization tree and the taxonomy as parent arrays.
/// Updated fact by fact (event by event), or bulk-loaded from a flat findings table; queried with `FindingQuery`.
public struct FindingIndex: Sendable {
    /// The organization tree (e.g. region → organization → unit).
    public internal(set) var organizations: Hierarchy
    /// The problem taxonomy (e.g. area → middle level → leaf).
    public internal(set) var categories: Hierarchy
    /// The rounds, in plan order (the order range filters use).
    public internal(set) var rounds = CodeBook()
    /// The teams.
    public internal(set) var teams = CodeBook()
    /// One partition per round code.
    var partitions: [FindingPartition] = []
    var locator = RowLocator()
    /// The number of findings held.
    public internal(set) var count = 0
    /// The longest days-to-close ever held (sizes the percentile histograms).
    var longestDaysToClose = 0

    /// An empty index over these hierarchies.
    public init(organizations: Hierarchy = Hierarchy(), categories: Hierarchy = Hierarchy()) {
        self.organizations = organizations
        self.categories = categories
    }

    /// The bytes the findings take: columns and locator, spare capacity included (dimensions not counted).
    public var memoryFootprint: Int {
        partitions.reduce(0) { $0 + $1.allocatedBytes } + locator.allocatedBytes
    }

    /// Adds an organization under `parent` (a root when nil).
    public mutating func addOrganization(_ name: String, parent: String?) throws(StatisticsError) {
        try organizations.add(name, parent: parent)
    }

    /// Adds a category under `parent` (a root when nil).
    public mutating func addCategory(_ name: String, parent: String?) throws(StatisticsError) {
        try categories.add(name, parent: parent)
    }

    /// Adds a round after those already known (plan order).
    public mutating func addRound(_ name: String) throws(StatisticsError) {
        let code = try rounds.encode(name, dimension: "round")
        while partitions.count <= Int(code) { partitions.append(FindingPartition()) }
    }

    /// Whether the index holds the finding `key`.
    public func contains(_ key: UInt32) -> Bool { locator.partition(of: key) != nil }

    /// Adds the finding, or replaces what the index holds under its key; refused facts change nothing.
    public mutating func upsert(_ fact: FindingFact) throws(StatisticsError) {
        try put(try encode(fact))
    }

    /// Adds or replaces one encoded row.
    mutating func put(_ row: EncodedRow) throws(StatisticsError) {
        guard Int(row.round) < partitions.count else { throw .unknownValue(dimension: "round", value: String(row.round)) }
        if let current = locator.partition(of: row.key) {
            let (index, _) = partitions[current].position(of: row.key)
            if current == Int(row.round) {
                let found = partitions[current].keys[index] == row.key
                partitions[current].put(row, at: index, replacing: found)
                noteClosing(row)
                return
            }
            partitions[current].remove(at: index)
            count -= 1
        }
        let target = Int(row.round)
        let (index, exists) = partitions[target].position(of: row.key)
        partitions[target].put(row, at: index, replacing: exists)
        locator.set(row.key, partition: target, held: count + 1)
        if !exists { count += 1 }
        noteClosing(row)
    }

    /// Changes a held finding's rectification: status, closing day and recurrence (the common incremental update).
    public mutating func updateRectification(of key: UInt32, status: FindingStatus, closedOn: Day?, recurrence: Bool) throws(StatisticsError) {
        guard let partition = locator.partition(of: key) else { throw .unknownValue(dimension: "finding", value: String(key)) }
        let (index, _) = partitions[partition].position(of: key)
        let found = partitions[partition].found[index]
        let closed = try Self.encodeClosing(status: status, closedOn: closedOn, found: found, key: key)
        partitions[partition].state[index] = status.rawValue << 1 | (recurrence ? 1 : 0)
        partitions[partition].closed[index] = closed
        if closed != FindingPartition.noDay { longestDaysToClose = max(longestDaysToClose, Int(closed) - Int(found)) }
    }

    /// Removes a finding (e.g. a review overturned); absent keys are ignored.
    public mutating func remove(_ key: UInt32) {
        guard let partition = locator.partition(of: key) else { return }
        let (index, _) = partitions[partition].position(of: key)
        partitions[partition].remove(at: index)
        locator.set(key, partition: nil, held: count)
        count -= 1
    }

    /// The facts held under `key`, decoded back to names.
    public func fact(_ key: UInt32) -> FindingFact? {
        guard let partition = locator.partition(of: key) else { return nil }
        let (index, found) = partitions[partition].position(of: key)
        guard found else { return nil }
        return decode(partitions[partition].row(at: index), round: partition)
    }

    /// Every fact held, partition by partition (rounds in plan order), keys ascending within a round.
    public var facts: [FindingFact] {
        var all: [FindingFact] = []
        all.reserveCapacity(count)
        for (round, partition) in partitions.enumerated() {
            for index in 0..<partition.count { all.append(decode(partition.row(at: index), round: round)) }
        }
        return all
    }

    private mutating func noteClosing(_ row: EncodedRow) {
        if row.closed != FindingPartition.noDay { longestDaysToClose = max(longestDaysToClose, Int(row.closed) - Int(row.found)) }
    }

    private mutating func encode(_ fact: FindingFact) throws(StatisticsError) -> EncodedRow {
        guard let round = rounds.code(of: fact.round) else { throw .unknownValue(dimension: "round", value: fact.round) }
        guard let organization = organizations.node(named: fact.organization) else {
            throw .unknownValue(dimension: "organization", value: fact.organization)
        }
        guard let category = categories.node(named: fact.category) else { throw .unknownValue(dimension: "category", value: fact.category) }
        guard category <= Int32(UInt16.max) else { throw .tooManyValues(dimension: "category") }
        let found = try Self.encode(fact.foundOn, field: "found")
        let deadline = try fact.deadline.map { day throws(StatisticsError) in try Self.encode(day, field: "deadline") } ?? FindingPartition.noDay
        let closed = try Self.encodeClosing(status: fact.status, closedOn: fact.closedOn, found: found, key: fact.key)
        let team = try teams.encode(fact.team, dimension: "team")
        return EncodedRow(key: fact.key, round: round, organization: UInt32(organization), team: team, category: UInt16(category),
                          severity: UInt8(fact.severity.rawValue), source: fact.source.rawValue, status: fact.status.rawValue,
                          recurrence: fact.recurrence ? 1 : 0, found: found, deadline: deadline, closed: closed)
    }

    private func decode(_ row: EncodedRow, round: Int) -> FindingFact {
        FindingFact(key: row.key, round: rounds.names[round], organization: organizations.names[Int(row.organization)],
                    team: teams.names[Int(row.team)], category: categories.names[Int(row.category)],
                    severity: Severity(rawValue: Int(row.severity)) ?? .minor, source: FindingSourceKind(rawValue: row.source) ?? .documents,
                    status: FindingStatus(rawValue: row.status) ?? .open, foundOn: Day(number: Int(row.found)),
                    deadline: row.deadline == FindingPartition.noDay ? nil : Day(number: Int(row.deadline)),
                    closedOn: row.closed == FindingPartition.noDay ? nil : Day(number: Int(row.closed)), recurrence: row.recurrence != 0)
    }

    static func encode(_ day: Day, field: String) throws(StatisticsError) -> UInt16 {
        guard day.number >= 0 && day.number < Int(FindingPartition.noDay) else { throw .dayOutOfRange(field: field, day: day.number) }
        return UInt16(day.number)
    }

    static func encodeClosing(status: FindingStatus, closedOn: Day?, found: UInt16, key: UInt32) throws(StatisticsError) -> UInt16 {
        guard status.isClosed == (closedOn != nil) else { throw .inconsistentClosing(key: key) }
        guard let closedOn else { return FindingPartition.noDay }
        let closed = try encode(closedOn, field: "closed")
        guard closed >= found else { throw .inconsistentClosing(key: key) }
        return closed
    }
}
