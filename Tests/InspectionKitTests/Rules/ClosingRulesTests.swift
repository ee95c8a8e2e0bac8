import Testing
@testable import InspectionKit

@Suite("Disclosure, evaluation, follow-up and archive")
struct ClosingRulesTests {
    /// Rectifying with both items closed and the rectification report in.
    private func reported(_ world: inout World, closeAll: Bool = true) throws -> [RectificationItem] {
        let (_, items) = try world.rectifying()
        if closeAll { for item in items { try world.close(item.id) } }
        try world.run(world.t1Head, .submitRectificationReport(world.inspection, summary: "整改报告"))
        return items
    }

    private var publicDisclosure: DisclosureFiling {
        DisclosureFiling(internalCircularOn: nil, publicOn: World.start.adding(days: 200), publicChannel: "区纪委监委网站")
    }

    private func evaluate(_ world: inout World, items: [RectificationItem], scores: FourChecks = FourChecks(responsibility: 24, problemsRectified: 23, rulesBuilt: 22, accountability: 23)) throws {
        world.clock.set(day: World.start.adding(days: 200))
        try world.run(world.office, .recordDisclosure(world.inspection, publicDisclosure))
        world.clock.set(day: (items.map(\.deadline).max() ?? world.today).adding(months: 6))
        try world.run(world.office, .recordEvaluation(world.inspection, scores: scores, remarks: "评估"))
    }

    @Test func refusesDisclosureWithoutDateAndChannelOrWithUnconsentedWithholding() throws {
        var world = try World()
        _ = try reported(&world)
        world.clock.set(day: World.start.adding(days: 200))
        world.assertRefusal(.disclosureRecord, world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: world.today, publicOn: nil, publicChannel: nil)))
        world.assertRefusal(.disclosureRecord, world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: nil, publicOn: world.today, publicChannel: " ")))
        world.assertRefusal(.disclosureRecord, world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: nil, publicOn: world.today.adding(days: 1), publicChannel: "网站")))
        world.assertRefusal(.disclosureWithholding, world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: world.today, publicOn: nil, publicChannel: nil, withheld: [.stateSecret])))
        world.assertRefusal(.disclosureWithholding, world.leadingGroup, .consentToWithholding(world.inspection, grounds: [.stateSecret]))
        world.assertRefusal(.accessRole, world.office, .consentToWithholding(world.inspection, grounds: [.stateSecret]), reason: "涉密")
        try world.run(world.leadingGroup, .consentToWithholding(world.inspection, grounds: [.stateSecret]), reason: "涉及国家秘密")
        world.assertRefusal(.disclosureWithholding, world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: world.today, publicOn: nil, publicChannel: nil, withheld: [.stateSecret, .riskOfHype])))
        try world.run(world.office, .recordDisclosure(world.inspection, DisclosureFiling(internalCircularOn: world.today, publicOn: world.today, publicChannel: "网站", withheld: [.stateSecret])))
        #expect(world.current.stage == .disclosed)
        #expect(world.current.disclosure?.publicChannel == "网站")
    }

    @Test func refusesEvaluationBeforeSixMonthsAfterTheLastDeadline() throws {
        var world = try World()
        let items = try reported(&world)
        world.clock.set(day: World.start.adding(days: 200))
        try world.run(world.office, .recordDisclosure(world.inspection, publicDisclosure))
        let earliest = (items.map(\.deadline).max() ?? world.today).adding(months: 6)
        world.clock.set(day: earliest.adding(days: -1))
        let scores = FourChecks(responsibility: 20, problemsRectified: 20, rulesBuilt: 20, accountability: 20)
        world.assertRefusal(.evaluation, world.office, .recordEvaluation(world.inspection, scores: scores, remarks: "过早"))
        world.clock.set(day: earliest)
        world.assertRefusal(.invalidInput, world.office, .recordEvaluation(world.inspection, scores: FourChecks(responsibility: 26, problemsRectified: 20, rulesBuilt: 20, accountability: 20), remarks: "越界"))
        try world.run(world.office, .recordEvaluation(world.inspection, scores: scores, remarks: "整改较好"))
        #expect(world.current.evaluation?.grade == .good)
    }

    @Test func gradesByTotalScoreAndListsPoorOrganizationsForFollowUp() throws {
        #expect(EvaluationGrade(total: 95) == .excellent)
        #expect(EvaluationGrade(total: 85) == .good)
        #expect(EvaluationGrade(total: 60) == .fair)
        #expect(EvaluationGrade(total: 59) == .poor)
        var world = try World()
        let items = try reported(&world)
        try evaluate(&world, items: items, scores: FourChecks(responsibility: 12, problemsRectified: 14, rulesBuilt: 10, accountability: 11))
        #expect(world.current.evaluation?.grade == .poor)
        #expect(world.engine.state.followUpList == ["T1"])
    }

    @Test func refusesArchivingWithAnOpenItemOrAnUndisposedLead() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(2)
        let lead = try world.registerLead()
        try world.approve(findings: findings)
        try world.deliverFeedback()
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        try world.run(world.office, .completeHandover(world.inspection))
        try world.run(world.t1Head, .submitRectificationPlan(world.inspection, findings.map {
            RectificationItemPlan(findingID: $0, measures: "整改", responsibleLeader: "张书记", responsibleDepartment: "民政办")
        }), on: world.today.adding(days: 20))
        let items = world.engine.state.rectificationItems(of: world.inspection)
        try world.close(items[0].id)
        try world.run(world.t1Head, .updateRectification(items[1].id, status: .inProgress, note: "持续整改"))
        try world.run(world.t1Head, .submitRectificationReport(world.inspection, summary: "整改报告"))
        try evaluate(&world, items: items)
        world.assertRefusal(.archivePreconditions, world.office, .archive(world.inspection))
        try world.run(world.t1Head, .markLongTerm(items[1].id, nextReview: world.today.adding(months: 6)))
        world.assertRefusal(.archivePreconditions, world.office, .archive(world.inspection))
        // The disposition is long overdue by now: reported late, it says why.
        world.assertRefusal(.dispositionLate, world.discipline, .recordDisposition(lead, kind: .talkOrInquiryLetter, note: "谈话函询后了结"))
        world.assertRefusal(.dispositionLate, world.discipline, .recordDisposition(lead, kind: .talkOrInquiryLetter, note: "谈话函询后了结", lateBecause: " "))
        try world.run(world.discipline, .recordDisposition(lead, kind: .talkOrInquiryLetter, note: "谈话函询后了结", lateBecause: "被反映人外派援疆，谈话推迟"))
        #expect(world.engine.state.leads[lead]?.disposition?.lateBecause == "被反映人外派援疆，谈话推迟")
        try world.run(world.office, .archive(world.inspection))
        #expect(world.current.stage == .archived)
    }

    @Test func aFollowUpReopensRelapsedItems() throws {
        var world = try World()
        let items = try reported(&world)
        world.assertRefusal(.followUp, world.office, .recordFollowUp(world.inspection, relapsed: [], held: [], satisfactionPercent: 80, remarks: ""))
        world.assertRefusal(.invalidInput, world.office, .recordFollowUp(world.inspection, relapsed: [items[0].id], held: [], satisfactionPercent: 120, remarks: ""))
        world.assertRefusal(.followUp, world.office, .recordFollowUp(world.inspection, relapsed: [items[0].id], held: [items[0].id], satisfactionPercent: 80, remarks: ""))
        try world.run(world.office, .recordFollowUp(world.inspection, relapsed: [items[0].id], held: [items[1].id], satisfactionPercent: 71, remarks: "发现问题反弹"))
        let reopened = try #require(world.engine.state.rectificationItems[items[0].id])
        #expect(reopened.status == .reopened)
        #expect(reopened.statusHistory.last == StatusChange(day: world.today, from: .verified, to: .reopened), "the relapse is in the item's history")
        #expect(reopened.relapseCount == 1)
        #expect(reopened.closeOut == CloseOut())
        #expect(reopened.deadline == world.today.adding(months: 6))
        #expect(!reopened.isOverdue(on: world.today))
        world.assertRefusal(.followUp, world.office, .recordFollowUp(world.inspection, relapsed: [items[0].id], held: [], satisfactionPercent: 70, remarks: ""))
        try world.run(world.t1Head, .updateRectification(items[0].id, status: .inProgress, note: "重新整改"))
    }

    @Test func refusesAFollowUpBeforeTheRectificationReport() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        world.assertRefusal(.lifecycle, world.office, .recordFollowUp(world.inspection, relapsed: [], held: [items[0].id], satisfactionPercent: 80, remarks: ""))
    }

    @Test func recordsAccountabilityByTheFourFormsAndRuleChanges() throws {
        var world = try World()
        let (findings, _) = try world.rectifying()
        world.assertRefusal(.accessRole, world.t1Head, .recordAccountability(AccountabilityFiling(inspectionID: world.inspection, findingID: findings[0], personName: "王某", form: .first, measure: "诫勉谈话")))
        world.assertRefusal(.invalidInput, world.discipline, .recordAccountability(AccountabilityFiling(inspectionID: world.inspection, findingID: findings[0], personName: " ", form: .first, measure: "诫勉谈话")))
        try world.run(world.discipline, .recordAccountability(AccountabilityFiling(inspectionID: world.inspection, findingID: findings[0], personName: "王某", form: .second, measure: "党内警告")))
        try world.run(world.t1Head, .recordRuleChange(world.inspection, findingIDs: findings, title: "村级低保评审办法", kind: .created))
        #expect(world.engine.state.accountability.values.map(\.form) == [.second])
        #expect(world.engine.state.ruleChanges.values.map(\.title) == ["村级低保评审办法"])
    }
}
