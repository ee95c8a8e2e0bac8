import Foundation
import Testing
@testable import InspectionKit

/// Time in the record: every command carries the day it happened; rules compare those days; past work is the office's,
/// with a reason; the steps of one inspection happen in order.
@Suite("Time in the record")
struct ChronologyTests {
    private let interview = WorkRecordFiling(method: .interview, organizationID: "T1", participantIDs: ["I1", "I2"], subject: "镇党委书记",
                                             summary: "谈话了解班子情况", signed: true)

    @Test func refusesADayStillToCome() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.futureDay, world.leader(), .recordWork(world.inspection, interview), occurredOn: world.today.adding(days: 1))
        world.assertRefusal(.futureDay, world.office, .recordWork(world.inspection, interview), reason: "补录", occurredOn: world.today.adding(days: 30))
    }

    @Test func recordsTheDayItHappenedBesideTheDayItWasRecorded() throws {
        var world = try World()
        try world.station()
        world.clock.set(day: world.today.adding(days: 5))
        let yesterday = world.today.adding(days: -3)
        let events = try world.run(world.leader(), .recordWork(world.inspection, interview), occurredOn: yesterday)
        let recorded = try #require(events.first)
        #expect(recorded.occurredOn == yesterday)
        #expect(recorded.recordedDay(utcOffsetSeconds: world.engine.settings.utcOffsetSeconds) == world.today)
        let record = try #require(world.engine.state.workRecords.values.first)
        #expect(record.day == yesterday, "the record carries the day the interview was held")
        let today = try world.run(world.leader(), .recordWork(world.inspection, interview))
        #expect(today.first?.occurredOn == world.today, "no day given is today")
    }

    @Test func refusesPastWorkByAnyoneButTheOfficeOrWithoutAReason() throws {
        var world = try World()
        try world.station()
        world.clock.set(day: world.today.adding(days: 20))
        let monthAgo = world.today.adding(days: -15)
        #expect(world.engine.settings.backdatingGraceDays == 7)
        world.assertRefusal(.backdating, world.leader(), .recordWork(world.inspection, interview), reason: "据记录本补录", occurredOn: monthAgo)
        world.assertRefusal(.backdating, world.office, .recordWork(world.inspection, interview), occurredOn: monthAgo)
        world.assertRefusal(.backdating, world.office, .recordWork(world.inspection, interview), reason: "  ", occurredOn: monthAgo)
        let events = try world.run(world.office, .recordWork(world.inspection, interview), reason: "据谈话记录本补录", occurredOn: monthAgo)
        #expect(events.first?.occurredOn == monthAgo && events.first?.reason == "据谈话记录本补录")
        // Within the grace period the team records its own work, with no reason needed.
        try world.run(world.leader(), .recordWork(world.inspection, interview), occurredOn: world.today.adding(days: -7))
    }

    @Test func rulesCompareTheDayItHappenedNotTheDayItIsEntered() throws {
        var world = try World()
        try world.station()
        // A year later, the office enters an interview held inside the window: accepted; one dated after it: refused.
        world.clock.set(day: World.window.end.adding(days: 365))
        world.assertRefusal(.outsideWindow, world.office, .recordWork(world.inspection, interview), reason: "补录", occurredOn: World.window.end.adding(days: 1))
        try world.run(world.office, .recordWork(world.inspection, interview), reason: "据谈话记录本补录", occurredOn: World.window.start.adding(days: 20))
    }

    @Test func refusesAStageBegunBeforeTheOneItFollows() throws {
        var world = try World()
        try world.station()
        let stationedOn = world.today
        world.clock.set(day: stationedOn.adding(days: 40))
        world.assertRefusal(.stepOrder, world.office, .withdraw(world.inspection), reason: "补录", occurredOn: stationedOn.adding(days: -1))
        let events = try world.run(world.office, .withdraw(world.inspection), reason: "据工作日志补录", occurredOn: stationedOn.adding(days: 30))
        let transition = try #require(world.current.transitions.last)
        #expect(transition.on == stationedOn.adding(days: 30) && world.current.withdrawnOn == stationedOn.adding(days: 30))
        #expect(events.allSatisfy { $0.occurredOn == stationedOn.adding(days: 30) })
    }

    @Test func refusesFeedbackBeforeTheApprovalItNeeds() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(1)
        try world.approve(findings: findings)
        let approvedOn = world.today
        world.clock.set(day: approvedOn.adding(days: 60))
        let early = approvedOn.adding(days: -2)
        let delivery = FeedbackDelivery(text: "反馈意见", toHeadOn: early, toLeadershipOn: early, copiedTo: ["区纪委监委", "区委组织部"])
        world.assertRefusal(.feedbackBeforeApproval, world.office, .deliverFeedback(world.inspection, delivery), reason: "补录", occurredOn: early)
        world.assertRefusal(.feedbackBeforeApproval, world.office, .deliverFeedback(world.inspection, delivery), reason: "补录", occurredOn: approvedOn.adding(days: 5))
        let onTime = approvedOn.adding(days: 5)
        try world.run(world.office, .deliverFeedback(world.inspection, FeedbackDelivery(text: "反馈意见", toHeadOn: onTime, toLeadershipOn: onTime,
                                                                                          copiedTo: ["区纪委监委", "区委组织部"])),
                      reason: "据反馈会议纪要补录", occurredOn: onTime)
        #expect(world.current.feedback?.planDue == onTime.adding(days: world.engine.settings.planDueDays))
    }

    @Test func refusesAHandOverBeforeTheApprovalAndADispositionBeforeTheHandOver() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(1)
        let lead = try world.registerLead()
        try world.approve(findings: findings)
        let approvedOn = world.today
        world.clock.set(day: approvedOn.adding(days: 200))
        world.assertRefusal(.stepOrder, world.office, .handOverLead(lead, .disciplineCommission), reason: "补录", occurredOn: approvedOn.adding(days: -1))
        try world.run(world.office, .handOverLead(lead, .disciplineCommission), reason: "据移交函补录", occurredOn: approvedOn.adding(days: 3))
        let handover = try #require(world.engine.state.leads[lead]?.handover)
        #expect(handover.day == approvedOn.adding(days: 3) && handover.dispositionDue == approvedOn.adding(days: 3).adding(months: 3))
        world.assertRefusal(.stepOrder, world.office, .recordDisposition(lead, kind: .caseFiled, note: "立案"), reason: "补录", occurredOn: approvedOn.adding(days: 2))
        // Within its three months no reason for delay is needed (the reason here is past work's).
        try world.run(world.office, .recordDisposition(lead, kind: .caseFiled, note: "立案审查"), reason: "据纪委复函补录", occurredOn: approvedOn.adding(days: 60))
        #expect(world.engine.state.leads[lead]?.disposition?.reportedOn == approvedOn.adding(days: 60))
    }

    @Test func theOfficeEntersPastWorkOnBehalfOfWhoeverTookTheStep() throws {
        var world = try World()
        try world.station()
        let draftedOn = world.today
        let finding = try world.created(world.run(world.member("I3"), .draftFinding(world.inspection, World.content(on: draftedOn)))) {
            if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil }
        }
        world.clock.set(day: draftedOn.adding(days: 400))
        // The team meeting's review, entered from its minutes: signed by the team's leader, on the meeting's day.
        world.assertRefusal(.accessRole, world.office, .reviewFinding(finding, decision: .approved, opinion: "同意"), occurredOn: world.today)
        try world.run(world.office, .reviewFinding(finding, decision: .approved, opinion: "同意写入报告"), reason: "据组务会纪要补录", occurredOn: draftedOn.adding(days: 2))
        let review = try #require(world.engine.state.findings[finding]?.review)
        #expect(review.signedBy == "I1" && review.reviewedOn == draftedOn.adding(days: 2))
        // The leading group's approval, entered from the meeting's record.
        try world.run(world.office, .withdraw(world.inspection), reason: "据工作日志补录", occurredOn: draftedOn.adding(days: 30))
        try world.run(world.office, .submitReport(world.inspection, ReportSubmission(findingIDs: [finding], summary: "巡察报告综述")), reason: "据报告原件补录",
                      occurredOn: draftedOn.adding(days: 50))
        world.assertRefusal(.accessRole, world.office, .approveReport(world.inspection, meeting: "区委书记专题会"))
        try world.run(world.office, .approveReport(world.inspection, meeting: "区委书记专题会"), reason: "据会议纪要补录", occurredOn: draftedOn.adding(days: 60))
        #expect(world.current.approval?.approvedOn == draftedOn.adding(days: 60))
        let trail = world.engine.journal.suffix(2)
        #expect(trail.allSatisfy { $0.occurredOn == draftedOn.adding(days: 60) && $0.recordedDay(utcOffsetSeconds: 8 * 3_600) == world.today })
    }
}
