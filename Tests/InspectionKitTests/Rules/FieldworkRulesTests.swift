import Testing
@testable import InspectionKit

@Suite("Fieldwork, findings and the team meeting")
struct FieldworkRulesTests {
    private func interview(_ people: [InspectorID], signed: Bool) -> WorkRecordFiling {
        WorkRecordFiling(method: .interview, organizationID: "T1", participantIDs: people, subject: "镇党委书记", summary: "谈话了解班子情况", signed: signed)
    }

    @Test func refusesInterviewsByOneInspectorOrWithoutSignature() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.interviewProtocol, world.leader(), .recordWork(world.inspection, interview(["I1"], signed: true)))
        world.assertRefusal(.interviewProtocol, world.leader(), .recordWork(world.inspection, interview(["I1", "I2"], signed: false)))
        try world.run(world.leader(), .recordWork(world.inspection, interview(["I1", "I2"], signed: true)))
    }

    @Test func refusesParticipantsWhoAreNotOnTheTeam() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.participantsOnTeam, world.leader(), .recordWork(world.inspection, interview(["I1", "I7"], signed: true)))
        world.assertRefusal(.participantsOnTeam, world.member("I3"), .draftFinding(world.inspection, World.content(foundBy: ["I8"])))
        world.assertRefusal(.participantsOnTeam, world.member("I2"), .registerLead(world.inspection, LeadFiling(subjectName: "王某", subjectPost: "村支书", organizationID: "T1-V1", summary: "线索", custodianID: "I8")))
    }

    @Test func refusesDraftsMissingAnyFieldOfTheFindingDraft() throws {
        var world = try World()
        try world.station()
        var blankBasis = World.content()
        blankBasis.basis = " "
        world.assertRefusal(.findingDraft, world.member("I3"), .draftFinding(world.inspection, blankBasis))
        var noEvidence = World.content()
        noEvidence.evidence = []
        world.assertRefusal(.findingDraft, world.member("I3"), .draftFinding(world.inspection, noEvidence))
        var noFinder = World.content()
        noFinder.foundBy = []
        world.assertRefusal(.findingDraft, world.member("I3"), .draftFinding(world.inspection, noFinder))
        world.assertRefusal(.findingDraft, world.member("I3"), .draftFinding(world.inspection, World.content(on: world.today.adding(days: 3))))
        var unknownSource = World.content()
        unknownSource.source = .workRecord("WR-999999")
        world.assertRefusal(.unknownRecord, world.member("I3"), .draftFinding(world.inspection, unknownSource))
    }

    @Test func onlyDraftsApprovedByTheTeamMeetingGoIntoTheReport() throws {
        var world = try World()
        try world.station()
        let approved = try world.approvedFindings(1)
        let draft = try world.created(world.run(world.member("I3"), .draftFinding(world.inspection, World.content()))) {
            if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil }
        }
        try world.run(world.leader(), .withdraw(world.inspection), on: World.window.start.adding(days: 40))
        world.assertRefusal(.findingNotApproved, world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: approved + [draft], summary: "报告")))
        try world.run(world.leader(), .reviewFinding(draft, decision: .returned, opinion: "证据不足"))
        world.assertRefusal(.findingNotApproved, world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: [draft], summary: "报告")))
        try world.run(world.leader(), .submitReport(world.inspection, ReportSubmission(findingIDs: approved, summary: "报告")))
        #expect(world.current.report?.findingIDs == approved)
    }

    @Test func returnedDraftsAreRevisedAndReviewedAgainButApprovedOnesAreFinal() throws {
        var world = try World()
        try world.station()
        let id = try world.created(world.run(world.member("I3"), .draftFinding(world.inspection, World.content()))) {
            if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil }
        }
        #expect(world.engine.state.findings[id]?.number == 1)
        world.assertRefusal(.invalidInput, world.leader(), .reviewFinding(id, decision: .approved, opinion: ""))
        try world.run(world.leader(), .reviewFinding(id, decision: .returned, opinion: "定性依据不充分"))
        var revised = World.content()
        revised.basis = "《社会救助暂行办法》第十一条"
        try world.run(world.member("I3"), .reviseFinding(id, revised))
        #expect(world.engine.state.findings[id]?.review == nil)
        try world.run(world.leader(), .reviewFinding(id, decision: .approved, opinion: "同意"))
        #expect(world.engine.state.findings[id]?.review?.signedBy == "I1")
        world.assertRefusal(.findingReviewed, world.member("I3"), .reviseFinding(id, World.content()))
        world.assertRefusal(.findingReviewed, world.leader(), .reviewFinding(id, decision: .returned, opinion: "再议"))
    }

    @Test func onlyTheLeaderSignsTheTeamMeetingOpinion() throws {
        var world = try World()
        try world.station()
        let id = try world.created(world.run(world.member("I3"), .draftFinding(world.inspection, World.content()))) {
            if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil }
        }
        world.assertRefusal(.accessRole, world.member("I2"), .reviewFinding(id, decision: .approved, opinion: "同意"))
        world.assertRefusal(.accessRole, world.office, .reviewFinding(id, decision: .approved, opinion: "同意"))
    }

    @Test func triagesPetitionsOnceInScopeToFindingsOrLeadsAndForwardsTheRest() throws {
        var world = try World()
        try world.station()
        let inScope = try world.created(world.run(world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .letter, petitioner: PetitionerIdentity(name: "刘某", contact: "13900000000"), content: "反映东村低保优亲厚友", organizationID: "T1-V1")))) {
            if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil }
        }
        let outside = try world.created(world.run(world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .call, petitioner: nil, content: "反映柳河镇问题", organizationID: "T2")))) {
            if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil }
        }
        let lead = try world.registerLead()
        world.assertRefusal(.petitionTriage, world.leader(), .triagePetition(outside, .lead(lead)))
        world.assertRefusal(.invalidInput, world.leader(), .triagePetition(outside, .forwarded(to: "")))
        try world.run(world.leader(), .triagePetition(outside, .forwarded(to: "柳河镇纪委")))
        try world.run(world.leader(), .triagePetition(inScope, .lead(lead)))
        world.assertRefusal(.petitionTriage, world.leader(), .triagePetition(inScope, .forwarded(to: "区信访局")))
        world.assertRefusal(.invalidInput, world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .visit, petitioner: nil, content: " ", organizationID: "T1")))
    }
}
