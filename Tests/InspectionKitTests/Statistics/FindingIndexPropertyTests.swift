import Testing
@testable import InspectionKit

/// Random event streams and random queries: the index must agree with the naive computation every time.
@Suite struct FindingIndexPropertyTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func emptyIndex() throws -> FindingIndex {
        var index = FindingIndex()
        for region in 0..<3 {
            try index.addOrganization("R\(region)", parent: nil)
            for org in 0..<3 {
                try index.addOrganization("O\(region)\(org)", parent: "R\(region)")
                for unit in 0..<3 { try index.addOrganization("U\(region)\(org)\(unit)", parent: "O\(region)\(org)") }
            }
        }
        for area in 0..<3 {
            try index.addCategory("A\(area)", parent: nil)
            for leaf in 0..<4 { try index.addCategory("A\(area).\(leaf)", parent: "A\(area)") }
        }
        for round in 1...6 { try index.addRound("第\(round)轮") }
        return index
    }

    static func randomFact(key: UInt32, _ random: inout Generator, index: FindingIndex) -> FindingFact {
        let units = index.organizations.names.filter { $0.hasPrefix("U") } + ["O00", "R2"]
        let leaves = index.categories.names.filter { $0.contains(".") }
        let status = FindingStatus.allCases.randomElement(using: &random) ?? .open
        let found = Day(number: 19_000 + Int.random(in: 0..<400, using: &random))
        return FindingFact(key: key, round: index.rounds.names.randomElement(using: &random) ?? "第1轮",
                           organization: units.randomElement(using: &random) ?? "U000", team: "组\(Int.random(in: 1...4, using: &random))",
                           category: leaves.randomElement(using: &random) ?? "A0.0", severity: Severity.allCases.randomElement(using: &random) ?? .minor,
                           source: FindingSourceKind.allCases.randomElement(using: &random) ?? .interview, status: status, foundOn: found,
                           deadline: Bool.random(using: &random) ? found.adding(days: Int.random(in: 10...120, using: &random)) : nil,
                           closedOn: status.isClosed ? found.adding(days: Int.random(in: 0...300, using: &random)) : nil,
                           recurrence: Int.random(in: 0..<10, using: &random) == 0)
    }

    static func randomQuery(_ random: inout Generator, index: FindingIndex) -> FindingQuery {
        let dimensions: [FindingDimension] = [.round, .team, .organization(depth: 0), .organization(depth: 1), .organization(depth: 2),
                                              .category(depth: 0), .category(depth: 1), .severity, .source, .status]
        var groupBy: [FindingDimension] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            if let dimension = dimensions.randomElement(using: &random), !groupBy.contains(dimension) { groupBy.append(dimension) }
        }
        func maybe(_ chance: Int = 4) -> Bool { Int.random(in: 0..<chance, using: &random) == 0 }
        var filter = FindingFilter()
        if maybe() { filter.rounds = Set(index.rounds.names.shuffled(using: &random).prefix(2)) }
        if maybe() { filter.roundRange = RoundRange(from: "第2轮", through: "第\(Int.random(in: 2...6, using: &random))轮") }
        if maybe() { filter.organizations = Set(index.organizations.names.shuffled(using: &random).prefix(2)) }
        if maybe() { filter.categories = Set(index.categories.names.shuffled(using: &random).prefix(2)) }
        if maybe() { filter.teams = ["组1", "组3"] }
        if maybe() { filter.severities = [.serious, .grave] }
        if maybe() { filter.sources = [.interview, .petition, .documents] }
        if maybe() { filter.statuses = [.open, .rectified, .longTerm] }
        if maybe() { filter.found = Day(number: 19_100)...Day(number: 19_250) }
        if maybe() { filter.closed = Day(number: 19_150)...Day(number: 19_400) }
        if maybe() { filter.overdueOn = Day(number: 19_200) }
        if maybe() { filter.recurrence = Bool.random(using: &random) }
        var measures = FindingMeasures()
        if maybe(2) { measures.overdueOn = Day(number: 19_000 + Int.random(in: 0...500, using: &random)) }
        if maybe(2) { measures.distinctOrganizationsAtDepth = Int.random(in: 0...2, using: &random) }
        if maybe(2) { measures.daysToClose = [.median, .p90, (try? Percentile(perMille: Int.random(in: 0...1000, using: &random))) ?? .median] }
        var order = FindingOrder.groups
        if maybe(3) { order = .countDescending }
        if measures.distinctOrganizationsAtDepth != nil && maybe(3) { order = .distinctOrganizationsDescending }
        return FindingQuery(filter: filter, groupBy: groupBy, measures: measures, order: order, limit: maybe(4) ? Int.random(in: 0...5, using: &random) : nil)
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func agreesWithTheNaiveFoldOverRandomEventStreams(seed: UInt64) throws {
        var random = Generator(state: seed)
        var index = try Self.emptyIndex()
        var facts: [UInt32: FindingFact] = [:]
        for step in 1...600 {
            let key = UInt32.random(in: 1...200, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6:
                let fact = Self.randomFact(key: key, &random, index: index)
                try index.upsert(fact)
                facts[key] = fact
            case 6..<9:
                guard var fact = facts[key] else { continue }
                fact.status = FindingStatus.allCases.randomElement(using: &random) ?? .open
                fact.closedOn = fact.status.isClosed ? fact.foundOn.adding(days: Int.random(in: 0...200, using: &random)) : nil
                fact.recurrence.toggle()
                try index.updateRectification(of: key, status: fact.status, closedOn: fact.closedOn, recurrence: fact.recurrence)
                facts[key] = fact
            default:
                index.remove(key)
                facts[key] = nil
            }
            if step % 100 == 0 {
                #expect(index.count == facts.count)
                let naive = NaiveStatistics(organizations: index.organizations, categories: index.categories, rounds: index.rounds, teams: index.teams)
                for _ in 0..<40 {
                    let query = Self.randomQuery(&random, index: index)
                    let expected = naive.run(query, over: Array(facts.values))
                    let actual = try index.run(query).rows.map(NaiveRow.init)
                    #expect(actual == expected, "\(query)")
                }
            }
        }
        #expect(Set(index.facts) == Set(facts.values))
    }

    @Test func agreesWithTheNaiveFoldOnceOrganizationCodesOutgrowTwoBytes() throws {
        var random = Generator(state: 42)
        var index = try Self.emptyIndex()
        var facts: [UInt32: FindingFact] = [:]
        for key in UInt32(1)...150 {
            let fact = Self.randomFact(key: key, &random, index: index)
            try index.upsert(fact)
            facts[key] = fact
        }
        // Past 65,536 nodes the partitions widen their organization codes in place, keeping the rows they hold.
        for unit in 0..<66_000 { try index.addOrganization("X\(unit)", parent: "O11") }
        for key in UInt32(100)...300 {
            var fact = Self.randomFact(key: key, &random, index: index)
            if key % 2 == 0 { fact.organization = "X\(65_500 + Int(key))" }
            try index.upsert(fact)
            facts[key] = fact
        }
        #expect(index.partitions.contains { $0.organization.isWide })
        let naive = NaiveStatistics(organizations: index.organizations, categories: index.categories, rounds: index.rounds, teams: index.teams)
        for _ in 0..<40 {
            let query = Self.randomQuery(&random, index: index)
            #expect(try index.run(query).rows.map(NaiveRow.init) == naive.run(query, over: Array(facts.values)), "\(query)")
        }
        #expect(Set(index.facts) == Set(facts.values))
    }
}
