extension FindingIndex {
    /// Inserts every staged row (a row whose key is already held replaces it); on a refusal nothing is changed only
    /// when called on a copy, as loaders do.
    package mutating func insert(_ staged: StagedRows) throws(StatisticsError) {
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
