import Foundation
import InspectionKit
import InspectionKitSamples
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

    @Test func countsLeadsWithoutOpeningAny() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        var engine = driver.engine
        let before = engine.journal.count
        let text = Dashboard(district: district, language: .english).render(&engine)
        // Counting leads is statistics, not a confidential read: nothing is opened, nothing is journaled.
        #expect(engine.journal.count == before)
        let awaiting = engine.state.leads.values.filter { $0.handover != nil && $0.disposition == nil }.count
        #expect(text.contains("awaiting disposition \(awaiting) "))
    }

    @Test func linesUpChineseColumnsByDisplayWidth() {
        #expect(TextTable.displayWidth("巡察") == 4)
        #expect(TextTable.displayWidth("RI-1") == 4)
        #expect(TextTable.displayWidth("第1轮") == 5)
        #expect(TextTable.displayWidth(Style(enabled: true).red("逾期")) == 4)
        #expect(Style(enabled: false).red("逾期") == "逾期")
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
        var demo = try #require(try Inspect.parseAsRoot(["demo", folder.path, "--size", "small", "--lang", "en", "--keys", InspectProcess.keys.url.path]) as? DemoCommand)
        try await demo.run()
        let store = try JSONEventStore(at: folder, keys: InspectProcess.keys, mode: .readOnly)
        let first = try store.verify()
        // The district lives in the present: generated up to yesterday.
        let yesterday = Day(date: Date(), utcOffsetSeconds: OfficeSettings().utcOffsetSeconds).adding(days: -1)
        let generated = try SampleDistrict.engine(size: .small, until: yesterday).driver.engine.journal
        #expect(generated.last?.occurredOn == generated.compactMap(\.occurredOn).max() && (generated.compactMap(\.occurredOn).max() ?? yesterday) <= yesterday)
        // The district's events, then the workbench's demo password for each open account, and nothing else: the
        // dashboard reads statistics, not confidential records.
        let written = try store.events(after: 0)
        #expect(Array(written.prefix(generated.count)) == generated)
        let accounts = try SampleDistrict.engine(size: .small, until: yesterday).driver.engine.state.users.values.filter(\.active).count
        #expect(written.dropFirst(generated.count).map(\.event.type) == Array(repeating: .passwordSet, count: accounts))
        #expect(first.events == generated.count + accounts)
        #expect(try await store.latestSnapshot()?.lastSequence == generated.count)
        store.close()
        // A second run shows the same store and writes nothing.
        demo = try #require(try Inspect.parseAsRoot(["demo", folder.path, "--lang", "zh", "--keys", InspectProcess.keys.url.path]) as? DemoCommand)
        try await demo.run()
        let reopened = try JSONEventStore(at: folder, keys: InspectProcess.keys, mode: .readOnly)
        #expect(try reopened.events(after: first.events).isEmpty)
        reopened.close()
    }
}
