/// Counting by raw code: when a query looks up one column with few codes and needs counts (and distinct
/// organizations at the deepest level, at most), rows are counted in cells of their raw code — no lookup per row —
/// and the codes' cells are added to their groups once per run of partitions with the same group offset.
struct RawCounter {
    /// The most codes a column may have (its cells stay near the first-level cache).
    static let codeLimit = 96

    private let gather: QueryPlan.Gather
    private var cells: [UInt32]
    /// Distinct-organization bits per raw code (empty when the query has no such measure).
    private var bits: [UInt64]
    private let words: Int
    /// The group offset of what the cells hold, nil when they are empty.
    private var pendingBase: UInt32?

    /// A counter for `plan`, or nil when the query is not of that kind.
    init?(plan: QueryPlan, query: FindingQuery, accumulators: Accumulators) {
        guard plan.ranges.isEmpty, plan.gathers.count == 1, let gather = plan.gathers.first, gather.table.count <= Self.codeLimit,
              query.measures.daysToClose.isEmpty else { return nil }
        words = accumulators.distinctWordsPerGroup
        if plan.distinctTable != nil {
            guard plan.distinctIsIdentity, accumulators.keepsDistinctBits, gather.table.count * words <= 1 << 20 else { return nil }
            bits = [UInt64](repeating: 0, count: gather.table.count * words)
        } else {
            bits = []
        }
        self.gather = gather
        cells = [UInt32](repeating: 0, count: gather.table.count * Accumulators.cellsPerGroup * Kernels.lanes)
    }

    /// Whether `partition` is worth counting this way (large enough for the cells, and two-byte organization codes
    /// when organizations are marked).
    func accepts(_ partition: FindingPartition) -> Bool {
        partition.count >= cells.count / 2 && (bits.isEmpty || !partition.organization.isWide)
    }

    /// Counts `partition`'s rows, whose groups start at `base`.
    mutating func count(_ partition: FindingPartition, base: UInt32, plan: QueryPlan, into accumulators: inout Accumulators) {
        if let pendingBase, pendingBase != base { flush(into: &accumulators) }
        pendingBase = base
        let codes = FindingIndex.column(partition, gather.column, 0)
        let words = words
        let members: UnsafePointer<UInt16>? = if case .half(let members) = partition.organization.codes(from: 0) { members } else { nil }
        cells.withUnsafeMutableBufferPointer { cells in
            bits.withUnsafeMutableBufferPointer { bits in
                guard let cells = cells.baseAddress else { return }
                var columns = Kernels.CountColumns(state: partition.state.base, deadline: partition.deadline.base, before: plan.overdueBefore ?? 0,
                                                   limit: UInt32.max, keepsGroups: false)
                if !bits.isEmpty, let bits = bits.baseAddress, let members { columns.distinct = (members, bits, words) }
                switch codes {
                case .narrow(let codes): Kernels.rawCount(codes, partition.count, columns, cells)
                case .half(let codes): Kernels.rawCount(codes, partition.count, columns, cells)
                case .wide(let codes): Kernels.rawCount(codes, partition.count, columns, cells)
                }
            }
        }
    }

    /// Adds what the cells hold to the groups and empties them.
    mutating func flush(into accumulators: inout Accumulators) {
        guard let base = pendingBase else { return }
        accumulators.add(rawCells: &cells, table: gather.table, base: base)
        if !bits.isEmpty { accumulators.add(rawBits: &bits, table: gather.table, base: base) }
        pendingBase = nil
    }
}
