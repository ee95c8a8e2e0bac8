import Testing
@testable import InspectionKit

@Suite("Hand-over (移交) and disposition")
struct HandoverRulesTests {
    @Test func refusesHandoverBeforeApproval() throws {
        var world = try World()
        try world.station()
        let lead = try world.registerLead()
        world.assertRefusal(.handoverBeforeApproval, world.officeHead, .handOverLead(lead, .disciplineCommission))
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.start.adding(days: 40))
        try world.run(world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: [], summary: "报告")))
        world.assertRefusal(.handoverBeforeApproval, world.officeHead, .handOverLead(lead, .disciplineCommission))
    }

    @Test func handsOverOnceWithADispositionDueInThreeMonths() throws {
        var world = try World()
        try world.station()
        let lead = try world.registerLead()
        try world.approve(findings: [])
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        let handover = try #require(world.engine.state.leads[lead]?.handover)
        #expect(handover.dispositionDue == world.today.adding(months: 3))
        world.assertRefusal(.handoverOnce, world.officeHead, .handOverLead(lead, .organizationDepartment))
        world.assertRefusal(.accessRole, world.member("I2"), .handOverLead(lead, .organizationDepartment))
    }

    @Test func refusesDispositionsBeforeHandoverTwiceOrFromTheWrongBody() throws {
        var world = try World()
        try world.station()
        let lead = try world.registerLead()
        try world.approve(findings: [])
        world.assertRefusal(.disposition, world.office, .recordDisposition(lead, kind: .preliminaryVerification, note: "初核"))
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        world.assertRefusal(.accessReceivingBody, world.orgDept, .recordDisposition(lead, kind: .organizationalHandling, note: "组织处理"))
        world.assertRefusal(.invalidInput, world.discipline, .recordDisposition(lead, kind: .caseFiled, note: ""))
        try world.run(world.discipline, .recordDisposition(lead, kind: .caseFiled, note: "已立案审查调查"))
        world.assertRefusal(.disposition, world.discipline, .recordDisposition(lead, kind: .closed, note: "了结"))
    }

    @Test func refusesCompletingTheHandoverWhileALeadIsPending() throws {
        var world = try World()
        try world.station()
        let lead = try world.registerLead()
        try world.approve(findings: [])
        try world.deliverFeedback()
        world.assertRefusal(.handoverIncomplete, world.office, .completeHandover(world.inspection))
        try world.run(world.officeHead, .handOverLead(lead, .otherUnit("区民政局")))
        try world.run(world.office, .completeHandover(world.inspection))
        #expect(world.current.stage == .handedOver)
    }

    @Test func handsProblemsOverToTheBodyCompetentForThem() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(2)
        world.assertRefusal(.handoverBeforeApproval, world.officeHead, .handOverFinding(findings[0], .organizationDepartment))
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.start.adding(days: 40))
        try world.run(world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: [findings[0]], summary: "报告")))
        try world.run(world.leadingGroup, .approveReport(world.inspection, meeting: "书记专题会"))
        world.assertRefusal(.invalidInput, world.officeHead, .handOverFinding(findings[1], .organizationDepartment))
        world.assertRefusal(.disposition, world.office, .recordFindingDisposition(findings[0], kind: .organizationalHandling, note: "处理"))
        try world.run(world.officeHead, .handOverFinding(findings[0], .organizationDepartment))
        world.assertRefusal(.handoverOnce, world.officeHead, .handOverFinding(findings[0], .disciplineCommission))
        world.assertRefusal(.accessReceivingBody, world.discipline, .recordFindingDisposition(findings[0], kind: .organizationalHandling, note: "处理"))
        #expect(world.engine.pendingDeadlines(as: world.office).contains { $0.what.en == "problem disposition" && $0.due == world.today.adding(months: 3) })
        try world.run(world.orgDept, .recordFindingDisposition(findings[0], kind: .organizationalHandling, note: "对相关人员组织处理"))
        world.assertRefusal(.disposition, world.orgDept, .recordFindingDisposition(findings[0], kind: .closed, note: "了结"))
        #expect(world.engine.state.findings[findings[0]]?.disposition?.kind == .organizationalHandling)
    }

    @Test func flagsOverdueDispositionsRed() throws {
        var world = try World()
        try world.station()
        let lead = try world.registerLead()
        try world.approve(findings: [])
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        let due = world.today.adding(months: 3)
        let pending = world.engine.pendingDeadlines(on: due.adding(days: 1), as: world.officeHead).filter { $0.leadID == lead }
        #expect(pending.map(\.level) == [.red])
        #expect(world.engine.pendingDeadlines(on: due.adding(days: -5), as: world.officeHead).first { $0.leadID == lead }?.level == .yellow)
        // Others see that a disposition is due, not which lead.
        #expect(world.engine.pendingDeadlines(on: due, as: world.office).contains { $0.leadID == nil && $0.what.en == "lead disposition" })
    }
}
