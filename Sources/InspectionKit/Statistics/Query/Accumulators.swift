/// The per-group counters a query fills: one cell per (group, status, recurrent, overdue) — so a single pass yields
/// counts by status, recurrences and overdue counts — plus distinct-organization bitmaps and days-to-close histograms.
/// One extra group (the last) swallows excluded rows.
struct Accumulators {
    static let cellsPerGroup = 32
    private let slots: Int
    private var cells: [UInt32]
    private let countsOverdue: Bool
    private var distinctBits: [UInt64]
    private var distinctPairs: [UInt64] = []
    private let distinctWords: Int
    private let useDistinctBits: Bool
    private var closingHistogram: [UInt32]
    private var closingLists: [[UInt16]] = []
    private let histogramWidth: Int
    private let useHistogram: Bool

    init(plan: QueryPlan, measures: FindingMeasures, longestDaysToClose: Int) {
        slots = plan.groupCount + 1
        cells = [UInt32](repeating: 0, count: slots * Self.cellsPerGroup * Kernels.lanes)
        countsOverdue = plan.overdueBefore != nil
        distinctWords = (plan.distinctCount + 63) / 64
        useDistinctBits = plan.distinctTable != nil && slots * distinctWords <= 1 << 23
        distinctBits = useDistinctBits ? [UInt64](repeating: 0, count: slots * distinctWords) : []
        histogramWidth = longestDaysToClose + 1
        let wantsClosing = !measures.daysToClose.isEmpty
        useHistogram = wantsClosing && slots * histogramWidth <= 1 << 24
        closingHistogram = useHistogram ? [UInt32](repeating: 0, count: slots * histogramWidth) : []
        if wantsClosing && !useHistogram { closingLists = Array(repeating: [], count: slots) }
    }

    /// Adds cells counted by raw code (`rawCells`, laid out like `cells` with codes for groups) to the groups
    /// `base + table[code]`; codes the table excludes go to the excluded slot. Leaves `rawCells` all zero.
    mutating func add(rawCells: inout [UInt32], table: [UInt32], base: UInt32) {
        let lanes = Kernels.lanes
        let width = Self.cellsPerGroup * lanes
        for code in 0..<min(table.count, rawCells.count / width) {
            let group = min(Int(base) + Int(table[code]), slots - 1)
            for cell in 0..<Self.cellsPerGroup {
                var total: UInt32 = 0
                for lane in 0..<lanes {
                    total &+= rawCells[code * width + cell * lanes + lane]
                    rawCells[code * width + cell * lanes + lane] = 0
                }
                if total != 0 { cells[group * width + cell * lanes] &+= total }
            }
        }
    }

    /// ORs distinct-organization bits marked by raw code (`rawBits`, `distinctWords` words a code) into the groups
    /// `base + table[code]`. Leaves `rawBits` all zero.
    mutating func add(rawBits: inout [UInt64], table: [UInt32], base: UInt32) {
        let words = distinctWords
        for code in 0..<min(table.count, rawBits.count / max(words, 1)) {
            let group = min(Int(base) + Int(table[code]), slots - 1)
            for word in 0..<words {
                distinctBits[group * words + word] |= rawBits[code * words + word]
                rawBits[code * words + word] = 0
            }
        }
    }

    /// Words of distinct-organization bits per group.
    var distinctWordsPerGroup: Int { distinctWords }
    /// Whether distinct organizations are kept as bit sets per group (not as sorted pairs).
    var keepsDistinctBits: Bool { useDistinctBits }

    /// Counts rows whose final group numbers are in `keys` (clamping them to the excluded slot).
    mutating func count(keys: UnsafeMutablePointer<UInt32>, partition: FindingPartition, start: Int, count n: Int, plan: QueryPlan) {
        countGathering(keys: keys, initial: nil, codes: nil, table: nil, partition: partition, start: start, count: n, plan: plan)
    }

    /// Looks up two columns and counts the rows, in one pass: each row's group is `base + first + second`.
    mutating func countGathering(keys: UnsafeMutablePointer<UInt32>, base: UInt32, first: (Kernels.Codes, UnsafePointer<UInt32>),
                                 second: (Kernels.Codes, UnsafePointer<UInt32>), partition: FindingPartition, start: Int, count n: Int, plan: QueryPlan) {
        withCountColumns(partition, start: start, plan: plan) { columns, cells in
            let (a, firstTable) = first
            let (b, secondTable) = second
            func run<A: FixedWidthInteger & UnsignedInteger>(_ a: UnsafePointer<A>) {
                switch b {
                case .narrow(let b): Kernels.gather2Count(keys, base, a, firstTable, b, secondTable, n, columns, cells)
                case .half(let b): Kernels.gather2Count(keys, base, a, firstTable, b, secondTable, n, columns, cells)
                case .wide(let b): Kernels.gather2Count(keys, base, a, firstTable, b, secondTable, n, columns, cells)
                }
            }
            switch a {
            case .narrow(let a): run(a)
            case .half(let a): run(a)
            case .wide(let a): run(a)
            }
        }
    }

    /// Adds `table[codes[row]]` to each row's group number (to `initial` when given), then counts the rows, in one pass.
    mutating func countGathering(keys: UnsafeMutablePointer<UInt32>, initial: UInt32?, codes: Kernels.Codes?, table: UnsafePointer<UInt32>?,
                                 partition: FindingPartition, start: Int, count n: Int, plan: QueryPlan) {
        withCountColumns(partition, start: start, plan: plan) { columns, cells in
            switch (codes, table) {
            case (.narrow(let codes)?, let table?): Kernels.gatherCount(keys, initial, codes, table, n, columns, cells)
            case (.half(let codes)?, let table?): Kernels.gatherCount(keys, initial, codes, table, n, columns, cells)
            case (.wide(let codes)?, let table?): Kernels.gatherCount(keys, initial, codes, table, n, columns, cells)
            default: Kernels.count(keys, n, columns, cells)
            }
        }
    }

    /// The counting pass's columns and cells for rows `start...` of `partition`.
    private mutating func withCountColumns(_ partition: FindingPartition, start: Int, plan: QueryPlan,
                                           _ body: (Kernels.CountColumns, UnsafeMutablePointer<UInt32>) -> Void) {
        let fused = fusedMembers(partition, start: start, plan: plan)
        let words = distinctWords
        let keepsGroups = (plan.distinctTable != nil && fused == nil) || useHistogram || !closingLists.isEmpty
        var columns = Kernels.CountColumns(state: partition.state.base + start, deadline: partition.deadline.base + start, before: plan.overdueBefore ?? 0,
                                           limit: UInt32(slots - 1), keepsGroups: keepsGroups)
        cells.withUnsafeMutableBufferPointer { cells in
            distinctBits.withUnsafeMutableBufferPointer { bits in
                guard let cells = cells.baseAddress else { return }
                if let fused, let bits = bits.baseAddress { columns.distinct = (fused, bits, words) }
                body(columns, cells)
            }
        }
    }

    /// The organization codes to mark during the counting pass itself, when distinct organizations are counted at
    /// the deepest level (codes are members) into bit sets over two-byte codes.
    private func fusedMembers(_ partition: FindingPartition, start: Int, plan: QueryPlan) -> UnsafePointer<UInt16>? {
        guard plan.distinctIsIdentity, useDistinctBits, case .half(let members) = partition.organization.codes(from: start) else { return nil }
        return members
    }

    /// The measures beyond the counting cells: distinct organizations and days-to-close.
    // swiftlint:disable:next function_body_length
    mutating func addExtras(keys: UnsafeMutablePointer<UInt32>, partition: FindingPartition, start: Int, count n: Int, plan: QueryPlan) {
        if let table = plan.distinctTable, fusedMembers(partition, start: start, plan: plan) == nil {
            table.withUnsafeBufferPointer { table in
                guard let table = table.baseAddress else { return }
                switch partition.organization.codes(from: start) {
                case .half(let organization): addDistinct(keys: keys, organization: organization, table: table, count: n)
                case .wide(let organization): addDistinct(keys: keys, organization: organization, table: table, count: n)
                case .narrow(let organization): addDistinct(keys: keys, organization: organization, table: table, count: n)
                }
            }
        }
        if useHistogram || !closingLists.isEmpty {
            let found = partition.found.base + start
            let closed = partition.closed.base + start
            if useHistogram {
                let width = histogramWidth
                closingHistogram.withUnsafeMutableBufferPointer { histogram in
                    guard let histogram = histogram.baseAddress else { return }
                    for row in 0..<n {
                        let isClosed = closed[row] != FindingPartition.noDay
                        let days = isClosed ? Int(closed[row] &- found[row]) : 0
                        histogram[Int(keys[row]) &* width &+ days] &+= isClosed ? 1 : 0
                    }
                }
            } else {
                for row in 0..<n where closed[row] != FindingPartition.noDay && Int(keys[row]) < slots - 1 {
                    closingLists[Int(keys[row])].append(closed[row] &- found[row])
                }
            }
        }
    }

    /// Marks each counted row's organization (at the measure's depth) in its group's set.
    @inline(__always)
    private mutating func addDistinct<C: FixedWidthInteger & UnsignedInteger>(keys: UnsafeMutablePointer<UInt32>, organization: UnsafePointer<C>,
                                                                              table: UnsafePointer<UInt32>, count n: Int) {
        if useDistinctBits {
            let words = distinctWords
            distinctBits.withUnsafeMutableBufferPointer { bits in
                guard let bits = bits.baseAddress else { return }
                for row in 0..<n {
                    let member = Int(table[Int(organization[row])])
                    bits[Int(keys[row]) &* words &+ (member >> 6)] |= 1 << UInt64(member & 63)
                }
            }
        } else {
            for row in 0..<n where Int(keys[row]) < slots - 1 {
                distinctPairs.append(UInt64(keys[row]) << 32 | UInt64(table[Int(organization[row])]))
            }
        }
    }

    // swiftlint:disable:next function_body_length
    func result(plan: QueryPlan, query: FindingQuery) -> FindingQueryResult {
        let percentiles = query.measures.daysToClose
        var distinctCounts: [Int] = []
        if plan.distinctTable != nil {
            distinctCounts = [Int](repeating: 0, count: slots)
            if useDistinctBits {
                for group in 0..<slots - 1 {
                    var total = 0
                    for word in 0..<distinctWords { total += distinctBits[group * distinctWords + word].nonzeroBitCount }
                    distinctCounts[group] = total
                }
            } else {
                var previous: UInt64?
                for pair in distinctPairs.sorted() where pair != previous {
                    distinctCounts[Int(pair >> 32)] += 1
                    previous = pair
                }
            }
        }
        var rows: [FindingGroup] = []
        for group in 0..<slots - 1 {
            let base = group * Self.cellsPerGroup
            func cell(_ index: Int) -> Int {
                (0..<Kernels.lanes).reduce(0) { $0 + Int(cells[index * Kernels.lanes + $1]) }
            }
            let statusCounts = (0..<FindingStatus.allCases.count).map { status in
                (0..<4).reduce(0) { $0 + cell(base + status << 2 + $1) }
            }
            let count = statusCounts.reduce(0, +)
            guard count > 0 else { continue }
            var recurrent = 0
            var overdue = 0
            for status in 0..<8 {
                recurrent += cell(base + status << 2 + 2) + cell(base + status << 2 + 3)
                overdue += cell(base + status << 2 + 1) + cell(base + status << 2 + 3)
            }
            var keys: [FindingGroupKey] = []
            var rest = group
            for axis in plan.axes.reversed() {
                keys.append(axis.keys[rest % axis.keys.count])
                rest /= axis.keys.count
            }
            rows.append(FindingGroup(keys: keys.reversed(), count: count, statusCounts: statusCounts, recurrent: recurrent,
                                     overdue: countsOverdue ? overdue : nil,
                                     distinctOrganizations: distinctCounts.isEmpty ? nil : distinctCounts[group],
                                     daysToClose: percentiles.isEmpty ? [] : closingPercentiles(group, percentiles)))
        }
        switch query.order {
        case .groups: break
        case .countDescending: rows = Self.stableSorted(rows) { $0.count > $1.count }
        case .distinctOrganizationsDescending: rows = Self.stableSorted(rows) { ($0.distinctOrganizations ?? 0) > ($1.distinctOrganizations ?? 0) }
        }
        if let limit = query.limit, rows.count > limit { rows.removeSubrange(limit...) }
        return FindingQueryResult(dimensions: plan.axes.map(\.dimension), percentiles: percentiles, rows: rows)
    }

    private func closingPercentiles(_ group: Int, _ percentiles: [Percentile]) -> [Int?] {
        if useHistogram {
            let row = closingHistogram[group * histogramWidth..<(group + 1) * histogramWidth]
            let total = row.reduce(0) { $0 + Int($1) }
            guard total > 0 else { return percentiles.map { _ in nil } }
            return percentiles.map { percentile in
                let wanted = percentile.index(among: total)
                var seen = 0
                for (days, count) in zip(0..., row) {
                    seen += Int(count)
                    if seen > wanted { return days }
                }
                return nil
            }
        }
        let values = closingLists[group].sorted()
        guard !values.isEmpty else { return percentiles.map { _ in nil } }
        return percentiles.map { Int(values[$0.index(among: values.count)]) }
    }

    /// Sorted by `before`, ties kept in group order.
    private static func stableSorted(_ rows: [FindingGroup], by before: (FindingGroup, FindingGroup) -> Bool) -> [FindingGroup] {
        rows.enumerated().sorted { lhs, rhs in
            if before(lhs.element, rhs.element) { return true }
            if before(rhs.element, lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
