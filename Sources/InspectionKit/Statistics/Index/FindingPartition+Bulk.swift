/// Bulk construction of a partition: exact capacity, ordering by key, the longest days-to-close.
extension FindingPartition {
    /// An empty partition with room for `capacity` rows.
    init(reserving capacity: Int) {
        keys = Column(capacity: capacity)
        organization = OrganizationColumn(capacity: capacity)
        team = Column(capacity: capacity)
        category = Column(capacity: capacity)
        severity = Column(capacity: capacity)
        source = Column(capacity: capacity)
        state = Column(capacity: capacity)
        found = Column(capacity: capacity)
        deadline = Column(capacity: capacity)
        closed = Column(capacity: capacity)
    }

    /// The longest days-to-close among the closed rows.
    var longestDaysToClose: Int {
        var longest = 0
        for row in 0..<count where closed[row] != Self.noDay { longest = max(longest, Int(closed[row]) - Int(found[row])) }
        return longest
    }

    /// Orders the rows by key (a no-op when they already are, as in a table written in id order).
    mutating func sortByKey() {
        let keyBase = keys.base
        var sorted = true
        for row in 1..<max(count, 1) where keyBase[row - 1] > keyBase[row] {
            sorted = false
            break
        }
        guard !sorted else { return }
        let order = (0..<count).sorted { keyBase[$0] < keyBase[$1] }
        var reordered = FindingPartition(reserving: count)
        for row in order { reordered.append(self.row(at: row)) }
        self = reordered
    }
}
