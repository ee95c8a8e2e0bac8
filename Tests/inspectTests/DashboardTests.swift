import Foundation
import InspectionKit
import InspectionKitJSON
@testable import inspect
import Testing

@Suite("inspect demo and taxonomy")
struct DashboardTests {
    @Test func printsTheDashboardInBothLanguages() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        var engine = driver.engine
        let chinese = Dashboard(district: district, language: .chinese).render(&engine)
        #expect(chinese.contains("巡察全覆盖"))
        #expect(chinese.contains("逾期及临期预警"))
        #expect(chinese.contains("问题线索"))
        let english = Dashboard(district: district, language: .english).render(&engine)
        #expect(english.contains("Term coverage"))
        #expect(english.contains("Rectification"))
        #expect(!english.contains("巡察全覆盖"))
    }

    @Test func countsWhatTheStateHolds() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        var engine = driver.engine
        let text = Dashboard(district: district, language: .english).render(&engine)
        let items = engine.state.rectificationItems.count
        #expect(text.contains("items \(items) "))
        #expect(text.contains("leads \(engine.state.leads.count) "))
    }

    @Test func readingLeadsForTheDashboardIsAudited() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        var engine = driver.engine
        let before = engine.journal.count
        _ = Dashboard(district: district, language: .chinese).render(&engine)
        let reads = engine.journal.dropFirst(before).filter { if case .confidentialRecordRead(.lead) = $0.event { true } else { false } }
        #expect(reads.count == engine.state.leads.count)
        #expect(reads.allSatisfy { $0.actor == district.cast.officeHead.id })
    }

    @Test func linesUpChineseColumnsByDisplayWidth() {
        #expect(TextTable.displayWidth("巡察") == 4)
        #expect(TextTable.displayWidth("RI-1") == 4)
        #expect(TextTable.displayWidth("第1轮") == 5)
        let table = TextTable(header: ["名称", "n"], rows: [["石桥镇", "12"], ["abc", "3"]]).render()
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // The rule and the rows (numbers right-aligned) end in the same column.
        #expect(Set(lines.dropFirst().map { TextTable.displayWidth($0) }).count == 1)
        #expect(lines[2].hasPrefix("石桥镇  ") && lines[3].hasPrefix("abc     "))
    }

    @Test func printsTheTaxonomyOutline() throws {
        let text = TaxonomyCommand.render(try Taxonomy.standard(), language: .chinese)
        #expect(text.contains("2.4.3  优亲厚友"))
        #expect(text.contains("    2.4.3"))
    }

    @Test func parsesCommandsAndRefusesBadOptions() throws {
        let demo = try #require(try Inspect.parseAsRoot(["demo", "--size", "small", "--seed", "9", "--lang", "en"]) as? DemoCommand)
        #expect(demo.seed == 9)
        #expect(demo.size == .small)
        #expect(demo.common.language == .english)
        #expect(throws: (any Error).self) { try Inspect.parseAsRoot(["demo", "--size", "huge"]) }
        #expect(throws: (any Error).self) { try Inspect.parseAsRoot(["demo", "--seed", "-1"]) }
        #expect(throws: (any Error).self) { try Inspect.parseAsRoot(["taxonomy", "--format", "xml"]) }
    }

    @Test func writesTheDistrictIntoAJSONStoreAndReadsItBack() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-demo-\(UUID().uuidString)")
        var demo = try #require(try Inspect.parseAsRoot(["demo", folder.path, "--size", "small", "--lang", "en"]) as? DemoCommand)
        try await demo.run()
        let store = try JSONEventStore(at: folder, mode: .readOnly)
        let first = try store.verify()
        let generated = try SampleDistrict.engine(size: .small).driver.engine.journal
        // The district's events, then the office head's audited reads of its leads.
        #expect(try store.events(after: 0).prefix(generated.count) == generated[...])
        #expect(first.events > generated.count)
        #expect(try await store.latestSnapshot()?.lastSequence == generated.count)
        store.close()
        // A second run shows the same store and adds only the new audited reads.
        demo = try #require(try Inspect.parseAsRoot(["demo", folder.path, "--lang", "zh"]) as? DemoCommand)
        try await demo.run()
        let reopened = try JSONEventStore(at: folder, mode: .readOnly)
        let reads = try reopened.events(after: first.events)
        #expect(!reads.isEmpty)
        #expect(reads.allSatisfy { if case .confidentialRecordRead(.lead) = $0.event { true } else { false } })
    }
}
