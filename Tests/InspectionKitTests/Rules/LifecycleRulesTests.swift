import Testing
@testable import InspectionKit

@Suite("Lifecycle and authorization (一巡一授权)")
struct LifecycleRulesTests {
    @Test func authorizesOnceOnly() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.authorizationOnce, world.leadingGroup, .authorize(world.inspection, window: World.window, noticeDay: World.window.start))
    }

    @Test func refusesWindowsOutsideTheTermOrAlreadyOver() throws {
        var world = try World()
        world.clock.set(day: World.window.start)
        world.assertRefusal(.authorizationWindow, world.leadingGroup, .authorize(world.inspection, window: DayWindow(start: Day(iso: "2026-12-01")!, end: Day(iso: "2027-01-31")!), noticeDay: Day(iso: "2026-11-20")!))
        world.assertRefusal(.authorizationWindow, world.leadingGroup, .authorize(world.inspection, window: DayWindow(start: Day(iso: "2024-01-01")!, end: Day(iso: "2024-02-01")!), noticeDay: Day(iso: "2024-01-01")!))
        world.assertRefusal(.noticePeriod, world.leadingGroup, .authorize(world.inspection, window: World.window, noticeDay: World.window.start.adding(days: 1)))
    }

    @Test func refusesEntryBeforeTheNoticePeriodHasRun() throws {
        var world = try World()
        try world.run(world.leadingGroup, .authorize(world.inspection, window: World.window, noticeDay: World.window.start), on: World.window.start)
        try world.run(world.leader(), .mobilize(world.inspection), on: World.window.start.adding(days: 2))
        world.clock.set(day: World.window.start.adding(days: 9))
        world.assertRefusal(.noticePeriod, world.leader(), .station(world.inspection))
        try world.run(world.leader(), .station(world.inspection), on: World.window.start.adding(days: 10))
        #expect(world.current.stationedOn == World.window.start.adding(days: 10))
    }

    @Test func refusesStagesOutOfOrder() throws {
        var world = try World()
        world.clock.set(day: World.window.start)
        world.assertRefusal(.lifecycle, world.office, .mobilize(world.inspection))
        world.assertRefusal(.lifecycle, world.office, .withdraw(world.inspection))
        world.assertRefusal(.lifecycle, world.office, .submitReport(world.inspection, ReportSubmission(findingIDs: [], summary: "报告")))
        world.assertRefusal(.lifecycle, world.leadingGroup, .approveReport(world.inspection, meeting: "书记专题会"))
        world.assertRefusal(.lifecycle, world.office, .completeHandover(world.inspection))
        world.assertRefusal(.lifecycle, world.office, .archive(world.inspection))
    }

    @Test func refusesTheTeamRecordingBeforeEntry() throws {
        var world = try World()
        try world.run(world.leadingGroup, .authorize(world.inspection, window: World.window, noticeDay: World.window.start), on: World.window.start)
        world.assertRefusal(.outsideWindow, world.member("I3"), .draftFinding(world.inspection, World.content(on: World.window.start)))
    }

    @Test func refusesRecordingOutsideTheAuthorizationWindow() throws {
        var world = try World()
        try world.station()
        world.clock.set(day: World.window.end.adding(days: 1))
        // The access policy closes the window on the team first …
        world.assertRefusal(.accessWindow, world.member("I3"), .draftFinding(world.inspection, World.content(on: World.window.end)))
        // … and the domain rule holds for anyone else recording while the team is still on site.
        world.assertRefusal(.outsideWindow, world.office, .draftFinding(world.inspection, World.content(on: World.window.end)))
    }

    @Test func refusesRecordingAboutOrganizationsOutsideTheTargetSet() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.outsideTargets, world.member("I3"), .draftFinding(world.inspection, World.content(org: "T2")))
        world.assertRefusal(.outsideTargets, world.member("I3"), .recordWork(world.inspection, WorkRecordFiling(method: .documentReview, organizationID: "D1",
                                                                                                             participantIDs: ["I3"], subject: "账目", summary: "调阅", signed: true)))
    }

    @Test func letsTheOfficeRecordAfterWithdrawalButNotTheTeam() throws {
        var world = try World()
        try world.station()
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.end)
        world.clock.set(day: World.window.end.adding(days: 5))
        world.assertRefusal(.accessWindow, world.member("I3"), .draftFinding(world.inspection, World.content(on: World.window.end)))
        try world.run(world.office, .draftFinding(world.inspection, World.content(on: World.window.end)))
        #expect(world.engine.state.findings(of: world.inspection).count == 1)
    }

    @Test func theFirstFieldworkRecordStartsTheFieldworkStage() throws {
        var world = try World()
        try world.station()
        #expect(world.current.stage == .stationed)
        try world.run(world.member("I3"), .recordWork(world.inspection, WorkRecordFiling(method: .documentReview, organizationID: "T1-V1",
                                                                                       participantIDs: ["I3"], subject: "村务账目", summary: "调阅2023年账目", signed: true)))
        #expect(world.current.stage == .fieldwork)
    }

    @Test func recordsWhoWhenAndWhyForEveryTransition() throws {
        var world = try World()
        let (_, items) = try world.rectifying(findings: 1)
        #expect(!items.isEmpty)
        let transitions = world.current.transitions
        #expect(transitions.map(\.to) == [.authorized, .mobilized, .stationed, .fieldwork, .withdrawn, .reported, .approved, .feedbackDelivered, .handedOver, .rectifying])
        #expect(transitions.allSatisfy { !$0.reason.isEmpty })
        #expect(transitions.first?.reason == "一巡一授权")
        #expect(transitions.first?.actor == world.leadingGroup.id)
        #expect(zip(transitions, transitions.dropFirst()).allSatisfy { $0.to == $1.from && $0.at <= $1.at })
        let journaled = world.engine.journal.filter { if case .inspection(.stageChanged) = $0.event { true } else { false } }
        #expect(journaled.count == transitions.count)
    }

    @Test func refusesAFeedbackBeforeApproval() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(1)
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.start.adding(days: 40))
        try world.run(world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: findings, summary: "报告")))
        world.assertRefusal(.feedbackBeforeApproval, world.office, .deliverFeedback(world.inspection, FeedbackDelivery(text: "反馈", toHeadOn: world.today, toLeadershipOn: world.today, copiedTo: ["区纪委监委"])))
    }

    @Test func refusesSingleFeedbackOrFeedbackWithoutCopies() throws {
        var world = try World()
        try world.station()
        try world.approve(findings: try world.approvedFindings(1))
        let approval = world.today
        world.clock.set(day: approval.adding(days: 3))
        world.assertRefusal(.feedbackBeforeApproval, world.office, .deliverFeedback(world.inspection, FeedbackDelivery(text: "反馈", toHeadOn: approval.adding(days: -5), toLeadershipOn: approval, copiedTo: ["区纪委监委"])))
        world.assertRefusal(.doubleFeedback, world.office, .deliverFeedback(world.inspection, FeedbackDelivery(text: "反馈", toHeadOn: approval, toLeadershipOn: approval.adding(days: 9), copiedTo: ["区纪委监委"])))
        world.assertRefusal(.doubleFeedback, world.office, .deliverFeedback(world.inspection, FeedbackDelivery(text: "反馈", toHeadOn: approval, toLeadershipOn: approval, copiedTo: [" "])))
        try world.deliverFeedback()
        let feedback = try #require(world.current.feedback)
        #expect(feedback.planDue == world.today.adding(days: 30))
        #expect(feedback.reportDue == world.today.adding(days: 60))
    }
}
