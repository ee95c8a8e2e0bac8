import Testing
@testable import InspectionKit

@Suite("Rectification (整改)")
struct RectificationRulesTests {
    private func plan(_ world: inout World) throws -> [FindingID] {
        try world.station()
        let findings = try world.approvedFindings(2)
        try world.approve(findings: findings)
        try world.deliverFeedback()
        try world.run(world.office, .completeHandover(world.inspection))
        return findings
    }

    private func row(_ finding: FindingID, deadline: Day? = nil, measures: String = "清退违规低保") -> RectificationItemPlan {
        RectificationItemPlan(findingID: finding, measures: measures, responsibleLeader: "张书记", responsibleDepartment: "民政办", deadline: deadline)
    }

    @Test func refusesAPlanThatLeavesAFedBackFindingWithoutATask() throws {
        var world = try World()
        let findings = try plan(&world)
        world.assertRefusal(.rectificationPlan, world.t1Head, .submitRectificationPlan(world.inspection, [row(findings[0])]))
        world.assertRefusal(.rectificationPlan, world.t1Head, .submitRectificationPlan(world.inspection, [row(findings[0]), row(findings[1], measures: " ")]))
        world.assertRefusal(.rectificationPlan, world.t1Head, .submitRectificationPlan(world.inspection, findings.map { row($0) } + [row("FND-999999")]))
    }

    @Test func setsDefaultDeadlinesAndRefusesDeadlinesPastTheHardLimit() throws {
        var world = try World()
        let findings = try plan(&world)
        let feedbackDay = try #require(world.current.feedback?.deliveredOn)
        world.assertRefusal(.rectificationDeadline, world.t1Head, .submitRectificationPlan(world.inspection, [row(findings[0]), row(findings[1], deadline: feedbackDay.adding(months: 13))]))
        world.assertRefusal(.rectificationDeadline, world.t1Head, .submitRectificationPlan(world.inspection, [row(findings[0]), row(findings[1], deadline: world.today)]))
        try world.run(world.t1Head, .submitRectificationPlan(world.inspection, [row(findings[0]), row(findings[1], deadline: feedbackDay.adding(months: 12))]))
        let items = world.engine.state.rectificationItems(of: world.inspection)
        #expect(items.map(\.deadline) == [feedbackDay.adding(months: 6), feedbackDay.adding(months: 12)])
        #expect(world.current.stage == .rectifying)
    }

    @Test func refusesThePlanFromAnotherOrganization() throws {
        var world = try World()
        let findings = try plan(&world)
        world.assertRefusal(.accessInspectedOrganization, world.t2Head, .submitRectificationPlan(world.inspection, findings.map { row($0) }))
    }

    @Test func itemsMoveInOrderOnly() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = items[0].id
        world.assertRefusal(.itemTransition, world.t1Head, .updateRectification(item, status: .rectified, note: "已完成"))
        world.assertRefusal(.itemTransition, world.t1Head, .updateRectification(item, status: .verified, note: "自行销号"))
        world.assertRefusal(.invalidInput, world.t1Head, .updateRectification(item, status: .inProgress, note: ""))
        try world.run(world.t1Head, .updateRectification(item, status: .inProgress, note: "启动"))
        try world.run(world.t1Head, .updateRectification(item, status: .rectified, note: "完成"))
        world.assertRefusal(.itemTransition, world.t1Head, .updateRectification(item, status: .inProgress, note: "退回"))
    }

    @Test func computesGreenYellowAndRedWarnings() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = items[0]
        #expect(item.warning(on: item.deadline.adding(days: -11), yellowDays: 10) == .green)
        #expect(item.warning(on: item.deadline.adding(days: -10), yellowDays: 10) == .yellow)
        #expect(item.warning(on: item.deadline, yellowDays: 10) == .yellow)
        #expect(item.warning(on: item.deadline.adding(days: 1), yellowDays: 10) == .red)
        #expect(!item.isOverdue(on: item.deadline) && item.isOverdue(on: item.deadline.adding(days: 1)))
        let red = world.engine.itemWarnings(on: item.deadline.adding(days: 1), as: world.office)
        #expect(red.allSatisfy { $0.level == .red && $0.notify == "张书记" && $0.daysLeft == -1 })
        #expect(world.engine.itemWarnings(on: item.deadline.adding(days: -30), as: world.office).isEmpty)
        let yellow = world.engine.itemWarnings(on: item.deadline.adding(days: -3), as: world.office)
        #expect(yellow.allSatisfy { $0.level == .yellow && $0.notify == item.responsibleLeader })
        try world.close(item.id)
        #expect(!world.engine.itemWarnings(on: item.deadline.adding(days: 40), as: world.office).contains { $0.item.id == item.id })
    }

    @Test func escalatesSupervisionNoticesOnlyForItemsAtRisk() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = items[0]
        world.assertRefusal(.supervisionNotice, world.office, .issueSupervisionNotice(item.id))
        world.clock.set(day: item.deadline.adding(days: -5))
        try world.run(world.office, .issueSupervisionNotice(item.id))
        world.assertRefusal(.supervisionNotice, world.office, .issueSupervisionNotice(item.id))
        world.clock.set(day: item.deadline.adding(days: 3))
        try world.run(world.office, .issueSupervisionNotice(item.id))
        try world.run(world.office, .issueSupervisionNotice(item.id))
        try world.run(world.office, .issueSupervisionNotice(item.id))
        world.assertRefusal(.supervisionNotice, world.office, .issueSupervisionNotice(item.id))
        #expect(world.engine.state.rectificationItems[item.id]?.notices.map(\.kind) == SupervisionNoticeKind.allCases)
        let issued = world.engine.journal.filter { if case .rectification(.supervisionNoticeIssued) = $0.event { true } else { false } }
        #expect(issued.map { $0.event.summary(.chinese) } == ["督办通知书", "提醒书", "告诫书", "问责书"].map { "整改事项 \(item.id) 发出\($0)" })
        #expect(issued.last?.event.summary(.english) == "Item \(item.id): accountability notice issued")
    }

    @Test func longTermItemsNeedAFutureReviewDate() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = items[0].id
        world.assertRefusal(.itemTransition, world.t1Head, .markLongTerm(item, nextReview: world.today.adding(months: 6)))
        try world.run(world.t1Head, .updateRectification(item, status: .inProgress, note: "启动"))
        world.assertRefusal(.longTermReview, world.t1Head, .markLongTerm(item, nextReview: world.today))
        try world.run(world.t1Head, .markLongTerm(item, nextReview: world.today.adding(months: 6)))
        #expect(world.engine.state.rectificationItems[item]?.status == .longTerm)
        #expect(world.engine.state.rectificationItems[item]?.isOverdue(on: world.today.adding(months: 24)) == false)
    }

    @Test func startsImmediateRectificationDuringFieldworkOnlyForMarkedFindings() throws {
        var world = try World()
        try world.station()
        let marked = try world.approvedFindings(2, immediate: true)
        let plan = RectificationItemPlan(findingID: marked[0], measures: "立即清退", responsibleLeader: "张书记", responsibleDepartment: "民政办")
        world.assertRefusal(.immediateRectification, world.leader(), .startImmediateRectification(marked[1], RectificationItemPlan(findingID: marked[1], measures: "清退", responsibleLeader: "张书记", responsibleDepartment: "民政办")))
        world.assertRefusal(.accessInspectedOrganization, world.t2Head, .startImmediateRectification(marked[0], plan))
        try world.run(world.t1Head, .startImmediateRectification(marked[0], plan), reason: "边巡边改")
        #expect(world.engine.state.rectificationItems.values.first?.isImmediate == true)
        world.assertRefusal(.immediateRectification, world.leader(), .startImmediateRectification(marked[0], plan))
        // The plan later need not repeat a finding already under immediate rectification.
        try world.approve(findings: marked)
        try world.deliverFeedback()
        try world.run(world.office, .completeHandover(world.inspection))
        try world.run(world.t1Head, .submitRectificationPlan(world.inspection, [RectificationItemPlan(findingID: marked[1], measures: "清退", responsibleLeader: "张书记", responsibleDepartment: "民政办")]))
        #expect(world.engine.state.rectificationItems(of: world.inspection).count == 2)
    }

    @Test func refusesImmediateRectificationAfterFieldwork() throws {
        var world = try World()
        try world.station()
        let marked = try world.approvedFindings(1, immediate: true)
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.start.adding(days: 40))
        world.assertRefusal(.immediateRectification, world.leader(), .startImmediateRectification(marked[0], RectificationItemPlan(findingID: marked[0], measures: "清退", responsibleLeader: "张书记", responsibleDepartment: "民政办")))
    }
}
