/// Findings rows checked and held in narrow columns until a whole table has been read, then inserted into an index at
/// once (``FindingIndex/insert(_:)``): the bulk path of loaders outside the core.
package struct StagedRows {
    package let key: StagingColumn<UInt32>
    /// Index into `rounds` (first-seen order).
    package let round: StagingColumn<UInt16>
    package let organization: StagingColumn<UInt32>
    /// Index into `teams` (first-seen order).
    package let team: StagingColumn<UInt16>
    package let category: StagingColumn<UInt16>
    package let packed: StagingColumn<UInt32>
    package let found: StagingColumn<UInt16>
    package let deadline: StagingColumn<UInt16>
    package let closed: StagingColumn<UInt16>
    /// The raw round numbers, first-seen order.
    package private(set) var rounds: [UInt32] = []
    /// The raw team numbers, first-seen order.
    package private(set) var teams: [UInt32] = []
    private var roundSlots = [UInt16](repeating: .max, count: 1 << 16)
    private var teamSlots = [UInt16](repeating: .max, count: 1 << 16)
    package private(set) var largestKey: UInt32 = 0

    package var count: Int { key.count }

    package init(reserving capacity: Int) {
        key = StagingColumn(capacity: capacity)
        round = StagingColumn(capacity: capacity)
        organization = StagingColumn(capacity: capacity)
        team = StagingColumn(capacity: capacity)
        category = StagingColumn(capacity: capacity)
        packed = StagingColumn(capacity: capacity)
        found = StagingColumn(capacity: capacity)
        deadline = StagingColumn(capacity: capacity)
        closed = StagingColumn(capacity: capacity)
    }

    /// Appends one checked row: the raw round and team numbers are given first-seen indices; days are day numbers
    /// (``noDay`` for none); `packed` holds severity, source, status and recurrence in its four bytes.
    @inline(__always)
    package mutating func append(key id: UInt32, round rawRound: UInt32, organization unit: UInt32, team rawTeam: UInt32, category: UInt16,
                                 packed bits: UInt32, found: UInt16, deadline: UInt16, closed: UInt16) {
        key.append(id)
        largestKey = max(largestKey, id)
        round.append(Self.slot(rawRound, &roundSlots, &rounds))
        organization.append(unit)
        team.append(Self.slot(rawTeam, &teamSlots, &teams))
        self.category.append(category)
        packed.append(bits)
        self.found.append(found)
        self.deadline.append(deadline)
        self.closed.append(closed)
    }

    /// The day number that stands for "none".
    package static let noDay = FindingPartition.noDay

    private static func slot(_ raw: UInt32, _ slots: inout [UInt16], _ seen: inout [UInt32]) -> UInt16 {
        if slots[Int(raw)] == .max {
            slots[Int(raw)] = UInt16(seen.count)
            seen.append(raw)
        }
        return slots[Int(raw)]
    }

    /// Row `index`, with the round and team as first-seen indices.
    func row(_ index: Int) -> EncodedRow {
        let bits = packed[index]
        return EncodedRow(key: key[index], round: round[index], organization: organization[index], team: team[index],
                          category: category[index], severity: UInt8(truncatingIfNeeded: bits), source: UInt8(truncatingIfNeeded: bits >> 8),
                          status: UInt8(truncatingIfNeeded: bits >> 16), recurrence: UInt8(truncatingIfNeeded: bits >> 24),
                          found: found[index], deadline: deadline[index], closed: closed[index])
    }
}
