import Foundation
import Testing
@testable import InspectionKit
import InspectionKitFlatTables

/// Bulk loading from the flat findings table: both encodings agree, and a bad row is named and changes nothing.
@Suite struct FlatFindingTableTests {
    static let units = Data("id,parent,region\n0,0,0\n1,0,0\n2,1,1\n3,2,1\n".utf8)
    static let categories = Data("id,mid,top\n0,0,0\n1,0,0\n2,1,1\n".utf8)
    static let header = "id,round,unit,team,category,severity,source,status,found_day,deadline_day,closed_day,recurrence"
    static let csvRows = [
        "1,2,0,10,0,1,0,3,19000,19060,19030,false",
        "2,1,3,11,2,3,1,0,19010,19070,-1,true",
        "3,2,2,10,1,0,2,2,19020,19080,19100,false",
        "4,1,1,12,0,2,7,4,19030,19090,-1,false",
    ]

    static func jsonLines(_ rows: [String]) -> Data {
        let names = header.split(separator: ",").map(String.init)
        let lines = rows.map { row in
            "{" + zip(names, row.split(separator: ",")).map { "\"\($0)\":\($1)" }.joined(separator: ",") + "}"
        }
        return Data(lines.joined(separator: "\n").utf8)
    }

    static func load(_ data: Data, _ format: FindingIndex.FlatFormat) throws -> FindingIndex {
        let dimensions = try FlatDimensions(units: units, categories: categories)
        var index = FindingIndex(dimensions: dimensions)
        try index.load(data, format: format, dimensions: dimensions)
        return index
    }

    @Test func loadsTheSameFactsFromJSONLinesAndCSV() throws {
        let fromCSV = try Self.load(Data(([Self.header] + Self.csvRows).joined(separator: "\n").utf8), .csv)
        let fromJSON = try Self.load(Self.jsonLines(Self.csvRows), .jsonLines)
        #expect(fromCSV.count == 4)
        #expect(fromCSV.facts == fromJSON.facts)
        let first = try #require(fromCSV.fact(1))
        #expect(first.organization == "U0" && first.category == "C0" && first.round == "2" && first.status == .verified)
        #expect(first.closedOn == Day(number: 19030) && first.recurrence == false)
        #expect(fromCSV.rounds.names == ["1", "2"])
        let byRegion = try fromCSV.run(FindingQuery(groupBy: [.organization(depth: 0)], measures: FindingMeasures(overdueOn: Day(number: 19100))))
        #expect(byRegion.rows.map(\.keys.first?.name) == ["R0", "R1"])
        #expect(byRegion.rows.map(\.count) == [2, 2])
        #expect(byRegion.rows.map(\.overdue) == [0, 1])
    }

    @Test func loadsTheTableAgainIdempotently() throws {
        let data = Data(([Self.header] + Self.csvRows).joined(separator: "\n").utf8)
        let dimensions = try FlatDimensions(units: Self.units, categories: Self.categories)
        var index = FindingIndex(dimensions: dimensions)
        try index.load(data, format: .csv, dimensions: dimensions)
        let once = index.facts
        try index.load(data, format: .csv, dimensions: dimensions)
        #expect(index.facts == once)
        #expect(index.count == 4)
    }

    @Test(arguments: [
        ("1,2,0,10,0,1,0,3,19000,19060,-1,false", 2, "closed_day"),
        ("1,2,99,10,0,1,0,3,19000,19060,19030,false", 2, "unit"),
        ("1,2,0,10,0,9,0,3,19000,19060,19030,false", 2, "severity"),
        ("1,2,0,10,0,1,0,3,19000,19060,19030,maybe", 2, "recurrence"),
        ("1,2,0,10,0,1,0,3,19000.5,19060,19030,false", 2, "found_day"),
        ("1,2,0,10,0,1,0", 2, "status"),
    ])
    func refusesAMalformedRowNamingLineAndField(row: String, line: Int, field: String) throws {
        let dimensions = try FlatDimensions(units: Self.units, categories: Self.categories)
        var index = FindingIndex(dimensions: dimensions)
        try index.load(Data(([Self.header] + Self.csvRows.suffix(1)).joined(separator: "\n").utf8), format: .csv, dimensions: dimensions)
        let before = index.facts
        do {
            try index.load(Data(([Self.header, row] + Self.csvRows.prefix(2)).joined(separator: "\n").utf8), format: .csv, dimensions: dimensions)
            Issue.record("the malformed row was accepted")
        } catch {
            guard case .malformedRow(let reportedLine, let reportedField, let problem) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(reportedLine == line && reportedField == field, "\(error)")
            #expect(!problem.isEmpty)
        }
        #expect(index.facts == before)
    }

    @Test func refusesAMalformedJSONLineNamingIt() throws {
        let data = Data((String(decoding: Self.jsonLines(Self.csvRows), as: UTF8.self) + "\n{\"id\":9,\"round\":\"二\"}").utf8)
        #expect(throws: StatisticsError.malformedRow(line: 5, field: "round", problem: "expected a whole number")) { try Self.load(data, .jsonLines) }
        let nested = Data("{\"id\":1,\"extra\":{\"a\":1}}".utf8)
        #expect(throws: StatisticsError.self) { try Self.load(nested, .jsonLines) }
    }

    @Test func refusesADuplicateID() throws {
        let rows = Self.csvRows + [Self.csvRows[0]]
        #expect(throws: StatisticsError.duplicateKey(1)) { try Self.load(Data(([Self.header] + rows).joined(separator: "\n").utf8), .csv) }
    }

    @Test func refusesATableMissingAColumn() throws {
        let data = Data("id,round,unit\n1,2,0\n".utf8)
        #expect(throws: StatisticsError.self) { try Self.load(data, .csv) }
    }
}
