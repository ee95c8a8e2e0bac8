/// Running a query: one pass over the selected round partitions, in chunks, with branch-free passes over narrow columns.
extension FindingIndex {
    /// Answers `query` over every finding held. Unknown names and impossible queries are refused.
    public func run(_ query: FindingQuery) throws(StatisticsError) -> FindingQueryResult {
        let plan = try QueryPlan(query, index: self)
        var accumulators = Accumulators(plan: plan, measures: query.measures, longestDaysToClose: longestDaysToClose)
        for (round, partition) in partitions.enumerated() where partition.count > 0 {
            guard let base = plan.roundBase[round] else { continue }
            scan(partition, base: base, plan: plan, into: &accumulators)
        }
        return accumulators.result(plan: plan, query: query)
    }

    private func scan(_ partition: FindingPartition, base: UInt32, plan: QueryPlan, into accumulators: inout Accumulators) {
        let chunk = 4096
        let keys = UnsafeMutablePointer<UInt32>.allocate(capacity: chunk)
        defer { keys.deallocate() }
        var start = 0
        while start < partition.count {
            let n = min(chunk, partition.count - start)
            if let first = plan.gathers.first {
                first.table.withUnsafeBufferPointer { table in
                    Kernels.gather(keys, column(partition, first.column, start), table.baseAddress, n, initial: base)
                }
            } else {
                keys.update(repeating: base, count: n)
            }
            for gather in plan.gathers.dropFirst() {
                gather.table.withUnsafeBufferPointer { table in
                    Kernels.gather(keys, column(partition, gather.column, start), table.baseAddress, n, initial: nil)
                }
            }
            for range in plan.ranges {
                Kernels.exclude(keys, days(partition, range.column) + start, n, low: range.low, high: range.high)
            }
            accumulators.add(keys: keys, partition: partition, start: start, count: n, plan: plan)
            start += n
        }
    }

    private func column(_ partition: FindingPartition, _ name: QueryPlan.ColumnName, _ start: Int) -> Kernels.Codes {
        switch name {
        case .organization: .wide(partition.organization.base + start)
        case .team: .half(partition.team.base + start)
        case .category: .half(partition.category.base + start)
        case .severity: .narrow(partition.severity.base + start)
        case .source: .narrow(partition.source.base + start)
        case .status: .narrow(partition.status.base + start)
        case .recurrence: .narrow(partition.recurrence.base + start)
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
    }
