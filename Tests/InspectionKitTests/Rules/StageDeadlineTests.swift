import Testing
@testable import InspectionKit

@Suite("Stage deadlines and their warnings")
struct StageDeadlineTests {
    @Test func theReportIsDueOneMonthAfterWithdrawal() throws {
        var world = try World()
        try world.station()
        let withdrawn = World.window.start.adding(days: 40)
        try world.run(world.leader(), .withdraw(world.inspection), on: withdrawn)
        let due = withdrawn.adding(days: 30)
        let levels = [withdrawn, due.adding(days: -10), due.adding(days: 1)].map { day in
            world.engine.pendingDeadlines(on: day, as: world.office).first { $0.what.en == "inspection report" }?.level
        }
        #expect(levels == [.green, .yellow, .red])
        try world.run(world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: [], summary: "报告")), on: due)
        #expect(world.current.report?.due == due)
        #expect(!world.engine.pendingDeadlines(on: due, as: world.office).contains { $0.what.en == "inspection report" })
    }

    @Test func thePlanAndTheRectificationReportAreDueAfterFeedback() throws {
        var world = try World()
        try world.station()
        try world.approve(findings: try world.approvedFindings(1))
        try world.deliverFeedback()
        let feedback = world.today
        var pending = world.engine.pendingDeadlines(on: feedback, as: world.t1Head)
        #expect(pending.map(\.what.en) == ["rectification plan", "rectification report"])
        #expect(pending.map(\.due) == [feedback.adding(days: 30), feedback.adding(days: 60)])
        pending = world.engine.pendingDeadlines(on: feedback.adding(days: 31), as: world.t1Head)
        #expect(pending.map(\.level) == [.red, .green])
        // An office that gives three months for the report.
        var settings = OfficeSettings()
        settings.rectificationReportDueDays = 90
        var slower = try World(settings: settings)
        try slower.station()
        try slower.approve(findings: try slower.approvedFindings(1))
        try slower.deliverFeedback()
        #expect(slower.current.feedback?.reportDue == slower.today.adding(days: 90))
        // The other organization sees nothing of it.
        #expect(world.engine.pendingDeadlines(on: feedback, as: world.t2Head).isEmpty)
    }
}
