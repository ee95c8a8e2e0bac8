import Testing
@testable import InspectionKit
import InspectionKitSamples

@Suite("Sample district")
struct SampleDistrictTests {
    @Test func generatesTheStandardDistrictWithEveryStage() throws {
        let (_, driver) = try SampleDistrict.engine(size: .standard)
        let stages = Set(driver.state.inspections.values.map(\.stage))
        #expect(stages == Set(InspectionStage.allCases))
        let statuses = Set(driver.state.rectificationItems.values.map(\.status))
        print("stages", stages.sorted().map { $0.label(.english) }, "statuses", statuses, "events", driver.engine.journal.count,
              "findings", driver.state.findings.count, "items", driver.state.rectificationItems.count, "leads", driver.state.leads.count)
        #expect(statuses.isSuperset(of: [.inProgress, .verified, .longTerm]))
    }

    @Test func readsAsARealOfficesTextsWithCountsInCountSlotsAndRoundsByName() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let texts = driver.state.findings.values.map(\.content.manifestation)
        #expect(!texts.isEmpty)
        // A count of meetings, documents or files is never a money-sized number ("党课仅开展48000次").
        let countSlot = /(\d+)(次|件|份|项|个|名|户|人次)/
        let counts = texts.flatMap { $0.matches(of: countSlot).compactMap { Int($0.output.1) } }
        #expect(!counts.isEmpty && counts.allSatisfy { $0 <= 100 }, "counts seen: \(counts.filter { $0 > 100 })")
        #expect(texts.allSatisfy { !$0.contains("{") })
        let feedback = driver.state.inspections.values.compactMap(\.feedback?.text)
        #expect(!feedback.isEmpty && feedback.allSatisfy { !$0.contains("RND-") && $0.contains("轮巡察反馈意见") })
    }
}

/// The district lives in the present: generated up to any day, it stands there as the default one stands on its day —
/// the same inspections at the same stages, every step dated on or before that day.
@Suite("The sample district relative to today")
struct SampleDistrictTodayTests {
    static func stages(_ engine: Engine) -> [InspectionStage: Int] {
        var counts: [InspectionStage: Int] = [:]
        for inspection in engine.state.inspections.values { counts[inspection.stage, default: 0] += 1 }
        return counts
    }

    @Test(arguments: [1, 12, 45, 100, 365, 1_000, 3_000])
    func standsOnAnyDayAsOnItsDefaultDay(offset: Int) throws {
        let (_, reference) = try SampleDistrict.engine(size: .small)
        let today = SampleDistrict.defaultToday.adding(days: offset)
        let (district, moved) = try SampleDistrict.engine(size: .small, until: today)
        #expect(district.today == today)
        #expect(Self.stages(moved.engine) == Self.stages(reference.engine), "offset \(offset)")
        #expect(moved.engine.journal.count == reference.engine.journal.count, "offset \(offset)")
        let offsetDays = moved.engine.journal.compactMap { $0.occurredOn }.max()
        #expect(offsetDays.map { $0 <= today } == true)
        #expect(moved.engine.state.findings.count == reference.engine.state.findings.count)
    }
}
