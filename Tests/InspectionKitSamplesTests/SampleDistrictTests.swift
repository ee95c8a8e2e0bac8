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
}
