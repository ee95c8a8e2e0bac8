import Testing
@testable import InspectionKit

/// Reporting periods by name, and a period's summary counted by the days things happened.
@Suite("Reporting periods")
struct ReportingPeriodTests {
    private func day(_ y: Int, _ m: Int, _ d: Int) -> Day { Day(year: y, month: m, day: d) ?? Day(number: 0) }

    @Test func namesAYearAHalfAQuarterAndAMonth() throws {
        #expect(ReportingPeriod(named: "2025")?.window == DayWindow(start: day(2025, 1, 1), end: day(2025, 12, 31)))
        #expect(ReportingPeriod(named: "2025h1")?.window == DayWindow(start: day(2025, 1, 1), end: day(2025, 6, 30)))
        #expect(ReportingPeriod(named: "2024H2")?.window == DayWindow(start: day(2024, 7, 1), end: day(2024, 12, 31)))
        #expect(ReportingPeriod(named: "2024Q1")?.window == DayWindow(start: day(2024, 1, 1), end: day(2024, 3, 31)))
        #expect(ReportingPeriod(named: "2024-02")?.window == DayWindow(start: day(2024, 2, 1), end: day(2024, 2, 29)))
        for bad in ["", "25", "2025H3", "2025Q5", "2025-13", "2025-1", "abcd", "2025X"] { #expect(ReportingPeriod(named: bad) == nil, "\(bad)") }
        #expect(ReportingPeriod(named: "2025H1")?.label(.chinese) == "2025年上半年")
        #expect(ReportingPeriod(named: "2025Q3")?.label(.chinese) == "2025年第3季度")
        #expect(ReportingPeriod(named: "2025")?.label(.english) == "the year 2025")
    }

    @Test func countsAPeriodByTheDaysThingsHappenedAsOfItsLastDay() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(2)
        let lead = try world.registerLead()
        try world.approve(findings: findings)
        try world.deliverFeedback()
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        let handedOver = world.today
        let year = ReportingPeriod(named: String(handedOver.components.year)) ?? ReportingPeriod(from: handedOver, to: handedOver)
        world.clock.set(day: handedOver.adding(days: 400))
        let summary = try world.engine.periodSummary(year, as: world.officeHead)
        #expect(summary.findingCount == 2 && summary.leadsRegistered == 1 && summary.leadsHandedOver == 1 && summary.leadsDisposedOf == 0)
        #expect(summary.inspectionsEntered == 1 && summary.inspectionsFedBack == 1)
        #expect(summary.asOf == year.window.end, "a past period is as of its last day")
        let later = try world.engine.periodSummary(ReportingPeriod(from: handedOver.adding(days: 1), to: handedOver.adding(days: 399)), as: world.officeHead)
        #expect(later.findingCount == 0 && later.leadsHandedOver == 0)
        let running = try world.engine.periodSummary(ReportingPeriod(from: handedOver, to: handedOver.adding(days: 800)), as: world.officeHead)
        #expect(running.asOf == world.today, "a running period is as of today")
        #expect(throws: DomainError.self) { try world.engine.periodSummary(year, as: world.leader()) }
        // Periods beyond the days the statistics index holds are answered, not refused: nothing was found there.
        let far = try world.engine.periodSummary(ReportingPeriod(from: Day(number: 100_000), to: Day(number: 200_000)), as: world.officeHead)
        #expect(far.findingCount == 0 && far.findings.rows.isEmpty)
        let straddling = try world.engine.periodSummary(ReportingPeriod(from: Day(number: -5_000), to: Day(number: 100_000)), as: world.officeHead)
        #expect(straddling.findingCount == 2)
    }
}
