import Testing
@testable import InspectionKit

/// Every rule of 保密纪律 (who may see and do what) with an allow and a deny.
@Suite("Access policy (保密纪律)")
struct AccessPolicyTests {
    /// A world with a second inspection (T2, other team), a lead kept by the deputy, a petition with identity and an interview.
    private func fieldwork() throws -> (world: World, lead: LeadID, petition: PetitionID, interview: WorkRecordID, other: InspectionID) {
        var world = try World()
        let otherTeam = try world.formTeam(leader: "I6", deputies: ["I7"], members: ["I8", "I4", "I5"])
        let other = try world.schedule(target: "T2", team: otherTeam)
        try world.station()
        try world.run(world.leadingGroup, .authorize(other, window: World.window, noticeDay: World.window.start), on: World.window.start)
        world.clock.set(day: World.window.start.adding(days: 10))
        let lead = try world.registerLead()
        let petition = try world.created(world.run(world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .letter, petitioner: PetitionerIdentity(name: "刘某", contact: "13900000000"), content: "反映东村低保优亲厚友", organizationID: "T1-V1")))) {
            if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil }
        }
        let interview = try world.created(world.run(world.leader(), .recordWork(world.inspection, WorkRecordFiling(method: .interview, organizationID: "T1", participantIDs: ["I1", "I2"], subject: "镇长", summary: "谈话", signed: true)))) {
            if case .fieldwork(.workRecorded(let r)) = $0 { r.id } else { nil }
        }
        return (world, lead, petition, interview, other)
    }

    private func reads(_ world: World) -> [ConfidentialRecord] {
        world.engine.journal.compactMap { if case .audit(.confidentialRecordRead(let r)) = $0.event { r } else { nil } }
    }

    // MARK: Scope: a team sees only its own inspections, inside its window

    @Test func aTeamSeesItsOwnInspectionButNotAnothers() throws {
        var (world, _, _, _, other) = try fieldwork()
        let member = world.member("I3")
        #expect(throws: Never.self) { _ = try world.engine.inspection(world.inspection, as: member) }
        do { _ = try world.engine.inspection(other, as: member); Issue.record("read another team's inspection") } catch { #expect(error.rule == .accessTeamScope) }
        do {
            _ = try world.engine.workRecords(of: other, as: member)
            Issue.record("read another team's records")
        } catch { #expect(error.rule == .accessTeamScope) }
        world.assertRefusal(.accessTeamScope, member, .draftFinding(other, World.content(org: "T2")))
        #expect(world.engine.inspections(as: member).map(\.id) == [world.inspection])
    }

    @Test func aTeamSeesNothingOutsideItsWindowUnlessTheOfficeGrantsArchiveAccess() throws {
        var (world, _, _, _, _) = try fieldwork()
        let member = world.member("I3")
        try world.run(world.leader(), .withdraw(world.inspection))
        world.clock.set(day: World.window.end.adding(days: 1))
        do {
            _ = try world.engine.inspection(world.inspection, as: member)
            Issue.record("read outside the window")
        } catch { #expect(error.rule == .accessWindow) }
        world.assertRefusal(.accessRole, member, .grantArchiveAccess(world.inspection))
        try world.run(world.office, .grantArchiveAccess(world.inspection))
        #expect(throws: Never.self) { _ = try world.engine.inspection(world.inspection, as: member) }
        // Archive access reads, it does not reopen recording.
        world.assertRefusal(.accessWindow, member, .draftFinding(world.inspection, World.content()))
    }

    @Test func theTeamLeaderReadsTheItemsItAcceptsAfterTheWindowAndAMemberDoesNot() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = try #require(items.first)
        world.clock.set(day: World.window.end.adding(days: 30))
        #expect(throws: Never.self) { _ = try world.engine.rectificationItem(item.id, as: world.leader()) }
        #expect(world.engine.rectificationItems(as: world.leader()).contains { $0.id == item.id })
        do {
            _ = try world.engine.rectificationItem(item.id, as: world.member("I3"))
            Issue.record("a member read an item outside the window")
        } catch { #expect(error.rule == .accessWindow) }
        world.assertRefusal(.itemTransition, world.leader(), .acceptCloseOut(item.id))
    }

    // MARK: Leads

    @Test func leadsAreSeenByCustodianLeaderAndOfficeHeadOnly() throws {
        var (world, lead, _, _, _) = try fieldwork()
        for allowed in [world.member("I2"), world.leader(), world.officeHead] {
            #expect(throws: Never.self) { _ = try world.engine.lead(lead, as: allowed) }
        }
        for denied in [world.member("I3"), world.office, world.leadingGroup, world.auditor, world.discipline, world.orgDept, world.t1Head] {
            do {
                _ = try world.engine.lead(lead, as: denied)
                Issue.record("\(denied.role) read a lead")
            } catch { #expect(error.rule == .accessLead) }
            // Roles that may see some leads get the (empty) list; roles that never see leads are refused, naming the rule.
            if [.teamMember, .disciplineCommission, .organizationDepartment].contains(denied.role) {
                #expect(try world.engine.leads(as: denied).isEmpty)
            } else {
                #expect(throws: DomainError.self) { _ = try world.engine.leads(as: denied) }
            }
        }
        #expect(reads(world).filter { $0 == .lead(lead) }.count == 3)
        // Every refused read is in the trail, with the rule that refused it.
        let refused = world.engine.journal.compactMap { entry -> (UserID, RefusedRead)? in
            if case .audit(.confidentialReadRefused(let read)) = entry.event { (entry.actor, read) } else { nil }
        }
        #expect(refused.count == 7 && refused.allSatisfy { $0.1.record == .lead(lead) && $0.1.recordExists })
        #expect(Set(refused.map(\.0)) == Set([world.member("I3"), world.office, world.leadingGroup, world.auditor, world.discipline, world.orgDept, world.t1Head].map(\.id)))
    }

    @Test func theReceivingBodySeesALeadOnlyAfterItIsHandedOverToIt() throws {
        var (world, lead, _, _, _) = try fieldwork()
        try world.approve(findings: [])
        do { _ = try world.engine.lead(lead, as: world.discipline); Issue.record("read before hand-over") } catch { #expect(error.rule == .accessLead) }
        try world.run(world.officeHead, .handOverLead(lead, .disciplineCommission))
        #expect(try world.engine.lead(lead, as: world.discipline).id == lead)
        do { _ = try world.engine.lead(lead, as: world.orgDept); Issue.record("another body read the lead") } catch { #expect(error.rule == .accessLead) }
    }

    // MARK: Petitioner identity

    @Test func petitionerIdentityIsSeenOnlyByItsRegistrarAndTheOfficeHead() throws {
        var (world, _, petition, _, _) = try fieldwork()
        for allowed in [world.member("I2"), world.officeHead] {
            let view = try world.engine.petition(petition, as: allowed)
            #expect(view.petition.petitioner?.name == "刘某")
            #expect(!view.identityRedacted)
        }
        for redacted in [world.leader(), world.member("I3"), world.office, world.leadingGroup, world.auditor] {
            let view = try world.engine.petition(petition, as: redacted)
            #expect(view.petition.petitioner == nil)
            #expect(view.identityRedacted)
            #expect(view.petition.content == "反映东村低保优亲厚友")
            let listed = try world.engine.petitions(of: world.inspection, as: redacted)
            #expect(listed.allSatisfy { $0.petition.petitioner == nil })
        }
        #expect(!AccessPolicy.canRead(world.leader(), .petitionerIdentity(petition), state: world.engine.state, today: world.today))
        #expect(reads(world).filter { $0 == .petitionerIdentity(petition) }.count == 2)
        #expect(reads(world).filter { $0 == .petition(petition) }.count == 12)
    }

    // MARK: Inspected organizations

    @Test func inspectedOrganizationsSeeTheirFeedbackFindingsAsFedBackAndTheirItems() throws {
        var world = try World()
        let (findings, items) = try world.rectifying(findings: 2)
        let feedback = try world.engine.fedBackFindings(of: world.inspection, as: world.t1Head)
        #expect(feedback.map(\.id) == findings)
        #expect(feedback.first?.manifestation.contains("低保") == true)
        #expect(world.engine.rectificationItems(of: world.inspection, as: world.t1Head).map(\.id) == items.map(\.id))
        let file = try world.engine.inspection(world.inspection, as: world.t1Head)
        #expect(file.report == nil)
        #expect(file.feedback != nil)
        // Never the drafts, nor another organization's file.
        do { _ = try world.engine.findings(of: world.inspection, as: world.t1Head); Issue.record("saw drafts") } catch { #expect(error.rule == .accessInspectedOrganization) }
        #expect(world.engine.rectificationItems(as: world.t2Head).isEmpty)
        do { _ = try world.engine.fedBackFindings(of: world.inspection, as: world.t2Head); Issue.record("saw another organization's feedback") } catch {
            #expect(error.rule == .accessInspectedOrganization)
        }
    }

    @Test func inspectedOrganizationsLearnOfTheirInspectionFromTheNotice() throws {
        var world = try World()
        world.clock.set(day: World.window.start.adding(days: -3))
        do { _ = try world.engine.inspection(world.inspection, as: world.t1Head); Issue.record("saw a planned inspection") } catch {
            #expect(error.rule == .accessInspectedOrganization)
        }
        try world.run(world.leadingGroup, .authorize(world.inspection, window: World.window, noticeDay: World.window.start.adding(days: -1)),
                      on: World.window.start.adding(days: -3))
        do { _ = try world.engine.inspection(world.inspection, as: world.t1Head); Issue.record("saw it before the notice") } catch {
            #expect(error.rule == .accessInspectedOrganization)
        }
        world.clock.set(day: World.window.start.adding(days: -1))
        #expect(try world.engine.inspection(world.inspection, as: world.t1Head).stage == .authorized)
    }

    @Test func inspectedOrganizationsSeeNothingBeforeFeedback() throws {
        var world = try World()
        try world.station()
        let findings = try world.approvedFindings(1)
        try world.approve(findings: findings)
        do { _ = try world.engine.fedBackFindings(of: world.inspection, as: world.t1Head); Issue.record("saw findings before feedback") } catch {
            #expect(error.rule == .accessInspectedOrganization)
        }
    }

    @Test func inspectedOrganizationsNeverSeeLeadsInterviewsOrPetitions() throws {
        var (world, lead, petition, interview, _) = try fieldwork()
        let head = world.t1Head
        for record in [ReadableRecord.lead(lead), .petition(petition), .petitionerIdentity(petition), .workRecord(interview), .talentPool, .auditTrail] {
            #expect(!AccessPolicy.canRead(head, record, state: world.engine.state, today: world.today), "\(record)")
        }
        do { _ = try world.engine.petition(petition, as: head); Issue.record("saw a petition") } catch { #expect(error.rule == .accessFieldwork) }
        // Lists of what the organization never sees are refused, naming the rule — not answered empty.
        do { _ = try world.engine.workRecords(of: world.inspection, as: head); Issue.record("listed work records") } catch { #expect(error.rule == .accessFieldwork) }
        do { _ = try world.engine.petitions(of: world.inspection, as: head); Issue.record("listed petitions") } catch { #expect(error.rule == .accessFieldwork) }
        do { _ = try world.engine.leads(of: world.inspection, as: head); Issue.record("listed leads") } catch { #expect(error.rule == .accessLead) }
        #expect(!AccessPolicy.canRead(head, .organization("T2"), state: world.engine.state, today: world.today))
        #expect(AccessPolicy.canRead(head, .organization("T1-V1"), state: world.engine.state, today: world.today))
    }

    // MARK: Audit trail

    @Test func everyConfidentialReadIsInTheAuditTrail() throws {
        var (world, lead, petition, interview, _) = try fieldwork()
        let before = world.engine.journal.count
        _ = try world.engine.lead(lead, as: world.leader())
        _ = try world.engine.petition(petition, as: world.officeHead)
        _ = try world.engine.workRecords(of: world.inspection, as: world.auditor)
        let added = world.engine.journal.dropFirst(before)
        #expect(added.map(\.event) == [.confidentialRecordRead(.lead(lead)), .confidentialRecordRead(.petition(petition)),
                                       .audit(.confidentialRecordRead(.petitionerIdentity(petition))), .audit(.confidentialRecordRead(.interview(interview)))])
        #expect(added.map(\.actor) == [world.leader().id, world.officeHead.id, world.officeHead.id, world.auditor.id])
        #expect(try world.engine.auditTrail(as: world.auditor).count == world.engine.journal.count)
        do { _ = try world.engine.auditTrail(as: world.member("I3")); Issue.record("team read the audit trail") } catch { #expect(error.rule == .accessRole) }
    }

    @Test func aDeniedReadIsAuditedAsARefusalNotARead() throws {
        var (world, lead, petition, _, _) = try fieldwork()
        let before = world.engine.journal.count
        _ = try? world.engine.lead(lead, as: world.member("I3"))
        _ = try? world.engine.lead("LEAD-999999", as: world.member("I3"))
        _ = try? world.engine.petition(petition, as: world.t1Head)
        let added = world.engine.journal.dropFirst(before)
        #expect(added.map(\.event) == [
            .audit(.confidentialReadRefused(RefusedRead(record: .lead(lead), rule: .accessLead, recordExists: true))),
            .audit(.confidentialReadRefused(RefusedRead(record: .lead("LEAD-999999"), rule: .unknownRecord, recordExists: false))),
            .audit(.confidentialReadRefused(RefusedRead(record: .petition(petition), rule: .accessInspectedOrganization, recordExists: true))),
        ])
        #expect(added.map(\.actor) == [world.member("I3").id, world.member("I3").id, world.t1Head.id])
    }

    @Test func aLeadThatDoesNotExistAndOneThatMayNotBeSeenAreRefusedAlike() throws {
        var (world, lead, _, _, _) = try fieldwork()
        var refusals: [DomainError] = []
        for id in [lead, LeadID("LEAD-999999")] {
            do { _ = try world.engine.lead(id, as: world.auditor) } catch { refusals.append(error) }
        }
        #expect(refusals.count == 2)
        #expect(refusals.map(\.rule) == [.accessLead, .accessLead])
        #expect(refusals[0].message.en.replacingOccurrences(of: lead.rawValue, with: "ID") == refusals[1].message.en.replacingOccurrences(of: "LEAD-999999", with: "ID"))
    }

    // MARK: Roles for commands

    @Test func refusesCommandsOutsideTheActorsRoleNamingTheRule() throws {
        var world = try World()
        world.clock.set(day: World.window.start)
        world.assertRefusal(.accessRole, world.office, .authorize(world.inspection, window: World.window, noticeDay: World.window.start))
        world.assertRefusal(.accessRole, world.leader(), .authorize(world.inspection, window: World.window, noticeDay: World.window.start))
        world.assertRefusal(.accessRole, world.auditor, .registerOrganization(.init(name: "某村", kind: .villageBranch, parentID: "T1", region: "石桥")))
        world.assertRefusal(.accessRole, world.t1Head, .formTeam(roundID: world.round, name: "组", composition: TeamComposition(leaderID: "I1", deputyIDs: ["I2"], memberIDs: ["I3", "I4", "I5"])))
        try world.station()
        world.assertRefusal(.accessRole, world.t1Head, .draftFinding(world.inspection, World.content()))
        world.assertRefusal(.accessRole, world.discipline, .draftFinding(world.inspection, World.content()))
        world.assertRefusal(.accessRole, world.member("I3"), .withdraw(world.inspection))
        world.assertRefusal(.accessRole, world.member("I3"), .approveReport(world.inspection, meeting: "书记专题会"))
        let impostor = Actor(id: "u-I7", name: "冒充组长", role: .teamLeader, inspectorID: "I7")
        world.assertRefusal(.accessTeamScope, impostor, .withdraw(world.inspection))
    }

    @Test func statisticsAreForOversightAndReceivingBodies() throws {
        let world = try World()
        for allowed in [world.office, world.leadingGroup, world.auditor, world.discipline, world.orgDept] {
            #expect(throws: Never.self) { _ = try world.engine.coverage(of: world.term, as: allowed) }
        }
        for denied in [world.member("I3"), world.t1Head] {
            #expect(throws: DomainError.self) { _ = try world.engine.coverage(of: world.term, as: denied) }
        }
    }
}
