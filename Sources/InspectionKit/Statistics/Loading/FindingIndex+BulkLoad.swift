import Foundation

/// Bulk loading from a flat findings table (the format `Benchmarks/peer/gen.py` writes), as when a higher level takes in
/// the tables of the levels below. All or nothing: a malformed row refuses the whole table and changes nothing.
extension FindingIndex {
    /// The two encodings of the flat table.
    public enum FlatFormat: String, Sendable, CaseIterable {
        /// One JSON object per line.
        case jsonLines
        /// Comma-separated values with a header row.
        case csv
    }

    /// An empty index over the hierarchies of a flat table's dimensions.
    public init(dimensions: FlatDimensions) {
        self.init(organizations: dimensions.organizations, categories: dimensions.categories)
    }

    /// Loads every row of `table`; rows whose id is already held replace it. Returns the number of rows read.
    @discardableResult
    public mutating func load(_ table: Data, format: FlatFormat, dimensions: FlatDimensions) throws(StatisticsError) -> Int {
        guard organizations == dimensions.organizations && categories == dimensions.categories else {
            throw .invalidQuery("the table's dimensions differ from the index's; load it into an index made with FindingIndex(dimensions:)")
        }
        // Room for about as many rows as the first line's length suggests, so the columns rarely grow.
        let firstLine = (table.firstIndex(of: UInt8(ascii: "\n")).map { $0 - table.startIndex } ?? table.count) + 1
        var staged = StagedRows(reserving: min(table.count / max(firstLine, 16) + 1_024, Int(UInt32.max)))
        let result: Result<Void, StatisticsError> = table.withUnsafeBytes { bytes in
            do throws(StatisticsError) {
                switch format {
                case .jsonLines: try FlatRowParser.jsonLines(bytes) { row, line throws(StatisticsError) in try staged.add(&row, line: line, dimensions: dimensions) }
                case .csv: try FlatRowParser.csv(bytes) { row, line throws(StatisticsError) in try staged.add(&row, line: line, dimensions: dimensions) }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        var next = self
        try next.take(staged)
        self = next
        return staged.count
    }

    private mutating func take(_ staged: StagedRows) throws(StatisticsError) {
        let roundCodes = try codes(for: staged.rounds, in: \.rounds, dimension: "round")
        while partitions.count < rounds.count { partitions.append(FindingPartition()) }
        let teamCodes = try codes(for: staged.teams, in: \.teams, dimension: "team")
        if count == 0 {
            try build(staged, roundCodes: roundCodes, teamCodes: teamCodes)
            return
        }
        for row in 0..<staged.count {
            var encoded = staged.row(row)
            encoded.round = roundCodes[Int(encoded.round)]
            encoded.team = teamCodes[Int(encoded.team)]
            try put(encoded)
        }
    }

    /// Codes for raw numbers (first-seen order in `raw`), new ones added in ascending numeric order.
    private mutating func codes(for raw: [UInt32], in book: WritableKeyPath<FindingIndex, CodeBook>, dimension: String) throws(StatisticsError) -> [UInt16] {
        for value in raw.sorted() where self[keyPath: book].code(of: String(value)) == nil {
            try self[keyPath: book].encode(String(value), dimension: dimension)
        }
        var codes: [UInt16] = []
        for value in raw {
            guard let code = self[keyPath: book].code(of: String(value)) else { throw .unknownValue(dimension: dimension, value: String(value)) }
            codes.append(code)
        }
        return codes
    }

    /// The fast path into an empty index: count per round, scatter, order by key, fill the locator.
    private mutating func build(_ staged: StagedRows, roundCodes: [UInt16], teamCodes: [UInt16]) throws(StatisticsError) {
        var sizes = [Int](repeating: 0, count: partitions.count)
        for row in 0..<staged.count { sizes[Int(roundCodes[Int(staged.round[row])])] += 1 }
        var built = sizes.map { FindingPartition(reserving: $0) }
        for row in 0..<staged.count {
            var encoded = staged.row(row)
            encoded.round = roundCodes[Int(encoded.round)]
            encoded.team = teamCodes[Int(encoded.team)]
            built[Int(encoded.round)].append(encoded)
        }
        var locator = RowLocator()
        let dense = Int(staged.largestKey) < max(1 << 20, staged.count * 4)
        if dense { locator.reserveDense(upTo: Int(staged.largestKey)) }
        var longest = longestDaysToClose
        for code in built.indices {
            built[code].sortByKey()
            let keys = built[code].keys
            for index in 0..<keys.count {
                if locator.partition(of: keys[index]) != nil { throw .duplicateKey(keys[index]) }
                if dense { locator.setDense(keys[index], partition: UInt16(code)) } else { locator.set(keys[index], partition: code, held: staged.count) }
            }
            longest = max(longest, built[code].longestDaysToClose)
            built[code].shrinkToFit()
        }
        partitions = built
        self.locator = locator
        longestDaysToClose = longest
        count = staged.count
    }
}
