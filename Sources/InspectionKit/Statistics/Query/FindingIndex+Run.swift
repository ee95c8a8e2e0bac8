/// Running a query: one pass over the selected round partitions, in chunks, with branch-free passes over narrow columns.
extension FindingIndex {
    /// Answers `query` over every finding held. Unknown names and impossible queries are refused.
    public func run(_ query: FindingQuery) throws(StatisticsError) -> FindingQueryResult {
        let plan = try QueryPlan(query, index: self)
        var accumulators = Accumulators(plan: plan, measures: query.measures, longestDaysToClose: longestDaysToClose)
        var raw = RawCounter(plan: plan, query: query, accumulators: accumulators)
        for (round, partition) in partitions.enumerated() where partition.count > 0 {
            guard let base = plan.roundBase[round] else { continue }
            if raw?.accepts(partition) == true {
                raw?.count(partition, base: base, plan: plan, into: &accumulators)
            } else {
                scan(partition, base: base, plan: plan, into: &accumulators)
            }
        }
        raw?.flush(into: &accumulators)
        return accumulators.result(plan: plan, query: query)
    }

    private func scan(_ partition: FindingPartition, base: UInt32, plan: QueryPlan, into accumulators: inout Accumulators) {
        let chunk = 4096
        let keys = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        defer { keys.deallocate() }
        var start = 0
        while start < partition.count {
            let n = min(chunk, partition.count - start)
            // Two lookups and no day range: both in the counting pass.
            if plan.ranges.isEmpty && plan.gathers.count == 2 {
                let (first, second) = (plan.gathers[0], plan.gathers[1])
                first.table.withUnsafeBufferPointer { firstTable in
                    second.table.withUnsafeBufferPointer { secondTable in
                        guard let firstTable = firstTable.baseAddress, let secondTable = secondTable.baseAddress else { return }
                        accumulators.countGathering(keys: keys, base: base, first: (Self.column(partition, first.column, start), firstTable),
                                                    second: (Self.column(partition, second.column, start), secondTable),
                                                    partition: partition, start: start, count: n, plan: plan)
                    }
                }
                accumulators.addExtras(keys: keys, partition: partition, start: start, count: n, plan: plan)
                start += n
                continue
            }
            // All but the last lookup write the group numbers; the last is fused with counting when no day range follows.
            let fused = plan.ranges.isEmpty ? plan.gathers.last : nil
            let leading = fused == nil ? plan.gathers[...] : plan.gathers.dropLast()
            if leading.isEmpty && fused == nil { keys.update(repeating: base, count: n) }
            for (position, gather) in zip(0..., leading) {
                gather.table.withUnsafeBufferPointer { table in
                    Kernels.gather(keys, Self.column(partition, gather.column, start), table.baseAddress, n, initial: position == 0 ? base : nil)
                }
            }
            for range in plan.ranges {
                Kernels.exclude(keys, days(partition, range.column) + start, n, low: range.low, high: range.high)
            }
            if let fused {
                fused.table.withUnsafeBufferPointer { table in
                    accumulators.countGathering(keys: keys, initial: leading.isEmpty ? base : nil, codes: Self.column(partition, fused.column, start),
                                                table: table.baseAddress, partition: partition, start: start, count: n, plan: plan)
                }
            } else {
                accumulators.count(keys: keys, partition: partition, start: start, count: n, plan: plan)
            }
            accumulators.addExtras(keys: keys, partition: partition, start: start, count: n, plan: plan)
            start += n
        }
    }

    /// A partition's column from row `start` on, at its width.
    static func column(_ partition: FindingPartition, _ name: QueryPlan.ColumnName, _ start: Int) -> Kernels.Codes {
        switch name {
        case .organization: partition.organization.codes(from: start)
        case .team: .half(partition.team.base + start)
        case .category: .half(partition.category.base + start)
        case .severity: .narrow(partition.severity.base + start)
        case .source: .narrow(partition.source.base + start)
        case .state: .narrow(partition.state.base + start)
        case .found: .half(partition.found.base + start)
        case .deadline: .half(partition.deadline.base + start)
        case .closed: .half(partition.closed.base + start)
        }
    }

    private func days(_ partition: FindingPartition, _ name: QueryPlan.ColumnName) -> UnsafePointer<UInt16> {
        switch name {
        case .deadline: partition.deadline.base
        case .closed: partition.closed.base
        default: partition.found.base
        }
    }
}

/// The inner loops, over raw pointers so they compile to tight (often vectorized) machine code.
enum Kernels {
    /// A column of codes of one of the three widths.
    enum Codes {
        case narrow(UnsafePointer<UInt8>)
        case half(UnsafePointer<UInt16>)
        case wide(UnsafePointer<UInt32>)
    }

    static func gather(_ keys: UnsafeMutablePointer<UInt32>, _ codes: Codes, _ table: UnsafePointer<UInt32>?, _ n: Int, initial: UInt32?) {
        guard let table else { return }
        switch codes {
        case .narrow(let column): gather(keys, column, table, n, initial: initial)
        case .half(let column): gather(keys, column, table, n, initial: initial)
        case .wide(let column): gather(keys, column, table, n, initial: initial)
        }
    }

    @inline(__always)
    static func gather<C: FixedWidthInteger & UnsignedInteger>(_ keys: UnsafeMutablePointer<UInt32>, _ column: UnsafePointer<C>,
                                                                _ table: UnsafePointer<UInt32>, _ n: Int, initial: UInt32?) {
        if let initial {
            for row in 0..<n { keys[row] = initial &+ table[Int(column[row])] }
        } else {
            for row in 0..<n { keys[row] &+= table[Int(column[row])] }
        }
    }

    static func exclude(_ keys: UnsafeMutablePointer<UInt32>, _ days: UnsafePointer<UInt16>, _ n: Int, low: UInt16, high: UInt16) {
        let span = high &- low
        let wrapped = high < low
        for row in 0..<n {
            let outside = wrapped || (days[row] &- low) > span
            keys[row] &+= outside ? QueryPlan.excluded : 0
        }
    }

    /// The columns the counting pass reads.
    struct CountColumns {
        /// status << 1 | recurrent.
        var state: UnsafePointer<UInt8>
        var deadline: UnsafePointer<UInt16>
        /// Unresolved rows with a deadline before this day count as overdue (0: none do).
        var before: UInt16
        /// The excluded slot.
        var limit: UInt32
        /// Whether later passes (distinct organizations, days-to-close) read the final group numbers back.
        var keepsGroups: Bool
        /// When set, each counted row's organization code is also marked in its group's set of `words` words
        /// (distinct organizations at the tree's deepest level, fused into the counting pass).
        var distinct: (members: UnsafePointer<UInt16>, bits: UnsafeMutablePointer<UInt64>, words: Int)?
    }

    /// Counts each row in the cell of (group, status, recurrent, overdue), clamping excluded rows to the last group.
    static func count(_ keys: UnsafeMutablePointer<UInt32>, _ n: Int, _ columns: CountColumns, _ cells: UnsafeMutablePointer<UInt32>) {
        switch (columns.before != 0, columns.keepsGroups) {
        case (false, false): count(keys, n, columns, cells, overdue: false, keeps: false)
        case (false, true): count(keys, n, columns, cells, overdue: false, keeps: true)
        case (true, false): count(keys, n, columns, cells, overdue: true, keeps: false)
        case (true, true): count(keys, n, columns, cells, overdue: true, keeps: true)
        }
    }

    @inline(__always)
    private static func count(_ keys: UnsafeMutablePointer<UInt32>, _ n: Int, _ columns: CountColumns, _ cells: UnsafeMutablePointer<UInt32>,
                              overdue: Bool, keeps: Bool) {
        for row in 0..<n {
            let group = min(keys[row], columns.limit)
            if keeps { keys[row] = group }
            cell(cells, group, row, columns, overdue: overdue)
        }
    }

    /// Two lookups and the count in one pass: the group is `initial + first[a[row]] + second[b[row]]`.
    static func gather2Count<A: FixedWidthInteger & UnsignedInteger, B: FixedWidthInteger & UnsignedInteger>(
        _ keys: UnsafeMutablePointer<UInt32>, _ initial: UInt32, _ a: UnsafePointer<A>, _ first: UnsafePointer<UInt32>, _ b: UnsafePointer<B>,
        _ second: UnsafePointer<UInt32>, _ n: Int, _ columns: CountColumns, _ cells: UnsafeMutablePointer<UInt32>
    ) {
        switch (columns.before != 0, columns.keepsGroups) {
        case (false, false): gather2Count(keys, initial, a, first, b, second, n, columns, cells, overdue: false, keeps: false)
        case (false, true): gather2Count(keys, initial, a, first, b, second, n, columns, cells, overdue: false, keeps: true)
        case (true, false): gather2Count(keys, initial, a, first, b, second, n, columns, cells, overdue: true, keeps: false)
        case (true, true): gather2Count(keys, initial, a, first, b, second, n, columns, cells, overdue: true, keeps: true)
        }
    }

    @inline(__always)
    private static func gather2Count<A: FixedWidthInteger & UnsignedInteger, B: FixedWidthInteger & UnsignedInteger>(
        _ keys: UnsafeMutablePointer<UInt32>, _ initial: UInt32, _ a: UnsafePointer<A>, _ first: UnsafePointer<UInt32>, _ b: UnsafePointer<B>,
        _ second: UnsafePointer<UInt32>, _ n: Int, _ columns: CountColumns, _ cells: UnsafeMutablePointer<UInt32>, overdue: Bool, keeps: Bool
    ) {
        for row in 0..<n {
            let group = min(initial &+ first[Int(a[row])] &+ second[Int(b[row])], columns.limit)
            if keeps { keys[row] = group }
            cell(cells, group, row, columns, overdue: overdue)
        }
    }

    /// Counts each row in the cell of (its raw code, status, recurrent, overdue).
    static func rawCount<C: FixedWidthInteger & UnsignedInteger>(_ codes: UnsafePointer<C>, _ n: Int, _ columns: CountColumns,
                                                                 _ cells: UnsafeMutablePointer<UInt32>) {
        if columns.before != 0 {
            for row in 0..<n { cell(cells, UInt32(truncatingIfNeeded: codes[row]), row, columns, overdue: true) }
        } else {
            for row in 0..<n { cell(cells, UInt32(truncatingIfNeeded: codes[row]), row, columns, overdue: false) }
        }
    }

    /// `gather` and `count` in one pass: adds `table[codes[row]]` to `initial` (or to the row's group so far).
    @inline(__always)
    static func gatherCount<C: FixedWidthInteger & UnsignedInteger>(_ keys: UnsafeMutablePointer<UInt32>, _ initial: UInt32?, _ codes: UnsafePointer<C>,
                                                                    _ table: UnsafePointer<UInt32>, _ n: Int, _ columns: CountColumns,
                                                                    _ cells: UnsafeMutablePointer<UInt32>) {
        let overdue = columns.before != 0
        switch (initial, overdue, columns.keepsGroups) {
        case (let initial?, false, false): gatherCount(keys, initial, codes, table, n, columns, cells, overdue: false, keeps: false)
        case (let initial?, false, true): gatherCount(keys, initial, codes, table, n, columns, cells, overdue: false, keeps: true)
        case (let initial?, true, false): gatherCount(keys, initial, codes, table, n, columns, cells, overdue: true, keeps: false)
        case (let initial?, true, true): gatherCount(keys, initial, codes, table, n, columns, cells, overdue: true, keeps: true)
        case (nil, false, false): gatherAddCount(keys, codes, table, n, columns, cells, overdue: false, keeps: false)
        case (nil, false, true): gatherAddCount(keys, codes, table, n, columns, cells, overdue: false, keeps: true)
        case (nil, true, false): gatherAddCount(keys, codes, table, n, columns, cells, overdue: true, keeps: false)
        case (nil, true, true): gatherAddCount(keys, codes, table, n, columns, cells, overdue: true, keeps: true)
        }
    }

    @inline(__always)
    private static func gatherCount<C: FixedWidthInteger & UnsignedInteger>(_ keys: UnsafeMutablePointer<UInt32>, _ initial: UInt32, _ codes: UnsafePointer<C>,
                                                                            _ table: UnsafePointer<UInt32>, _ n: Int, _ columns: CountColumns,
                                                                            _ cells: UnsafeMutablePointer<UInt32>, overdue: Bool, keeps: Bool) {
        for row in 0..<n {
            let group = min(initial &+ table[Int(codes[row])], columns.limit)
            if keeps { keys[row] = group }
            cell(cells, group, row, columns, overdue: overdue)
        }
    }

    @inline(__always)
    private static func gatherAddCount<C: FixedWidthInteger & UnsignedInteger>(_ keys: UnsafeMutablePointer<UInt32>, _ codes: UnsafePointer<C>,
                                                                               _ table: UnsafePointer<UInt32>, _ n: Int, _ columns: CountColumns,
                                                                               _ cells: UnsafeMutablePointer<UInt32>, overdue: Bool, keeps: Bool) {
        for row in 0..<n {
            let group = min(keys[row] &+ table[Int(codes[row])], columns.limit)
            if keeps { keys[row] = group }
            cell(cells, group, row, columns, overdue: overdue)
        }
    }

    /// Rows go to one of `lanes` copies of the cells in turn, so that runs of rows in the same cell do not wait on
    /// each other's increments.
    static let lanes = 8

    @inline(__always)
    private static func cell(_ cells: UnsafeMutablePointer<UInt32>, _ group: UInt32, _ row: Int, _ columns: CountColumns, overdue: Bool) {
        let state = columns.state[row]
        // Unresolved is status 0 or 1, that is state < 4.
        let late = overdue && state < 4 && columns.deadline[row] < columns.before ? 1 : 0
        cells[(Int(group) << 5 | Int(state) << 1 | late) << 3 | row & 7] &+= 1
        if let distinct = columns.distinct {
            let member = Int(distinct.members[row])
            distinct.bits[Int(group) &* distinct.words &+ (member >> 6)] |= 1 << UInt64(member & 63)
        }
    }
}
