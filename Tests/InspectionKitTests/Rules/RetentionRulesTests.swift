import Foundation
@testable import InspectionKit
import InspectionKitSamples
import Testing

/// Erasing confidential content: the office head, with a reason, once, and only what the work no longer needs.
@Suite("Retention (保管期限)")
struct RetentionRulesTests {
    private func engine() throws -> Engine { try SampleDistrict.engine(size: .standard).driver.engine }

    private func refusal(_ engine: inout Engine, _ actor: Actor, _ record: ConfidentialRecord, reason: String = "保管期限届满") -> RuleID? {
        do {
            try engine.execute(Command(actor: actor, intent: .eraseConfidentialContent(record), reason: reason))
            return nil
        } catch { return error.rule }
    }

    @Test func onlyTheOfficeHeadErasesWithAReasonAndOnce() throws {
        var engine = try engine()
        let cast = SampleCast()
        let lead = try #require(engine.state.leads.values.sorted { $0.id < $1.id }.first { $0.disposition != nil })
        #expect(refusal(&engine, cast.officeStaff, .lead(lead.id)) == .accessRole)
        #expect(refusal(&engine, cast.auditor, .lead(lead.id)) == .accessRole)
        #expect(refusal(&engine, cast.officeHead, .lead(lead.id), reason: " ") == .retentionReason)
        #expect(refusal(&engine, cast.officeHead, .lead(lead.id)) == nil)
        #expect(engine.state.leads[lead.id]?.summary == "" && engine.state.leads[lead.id]?.subjectName == "")
        #expect(engine.state.erasedContent == [.lead(lead.id)])
        #expect(refusal(&engine, cast.officeHead, .lead(lead.id)) == .retentionErased)
        #expect(refusal(&engine, cast.officeHead, .lead("LEAD-999999")) == .unknownRecord)
    }

    @Test func contentStillNeededIsNotErased() throws {
        // Fieldwork under way: a lead not yet handed over, a petition not yet triaged, an interview of a live inspection.
        var world = try World()
        try world.station()
        world.clock.set(day: World.window.start.adding(days: 10))
        let lead = try world.registerLead()
        let petition = try world.created(world.run(world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .letter, petitioner: PetitionerIdentity(name: "刘某", contact: "13900000000"), content: "反映东村低保优亲厚友", organizationID: "T1-V1")))) {
            if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil }
        }
        let anonymous = try world.created(world.run(world.member("I2"), .registerPetition(world.inspection, PetitionFiling(channel: .mailbox, petitioner: nil, content: "匿名反映", organizationID: "T1")))) {
            if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil }
        }
        let interview = try world.created(world.run(world.leader(), .recordWork(world.inspection, WorkRecordFiling(method: .interview, organizationID: "T1", participantIDs: ["I1", "I2"], subject: "镇长", summary: "谈话", signed: true)))) {
            if case .fieldwork(.workRecorded(let r)) = $0 { r.id } else { nil }
        }
        let head = world.officeHead
        #expect(refusal(&world.engine, head, .lead(lead)) == .retentionOpen)
        #expect(refusal(&world.engine, head, .petition(petition)) == .retentionOpen)
        #expect(refusal(&world.engine, head, .interview(interview)) == .retentionOpen)
        #expect(refusal(&world.engine, head, .petitionerIdentity(anonymous)) == .retentionOpen)
        // A petitioner's identity may go at any time; the petition's content stays.
        #expect(refusal(&world.engine, head, .petitionerIdentity(petition)) == nil)
        #expect(world.engine.state.petitions[petition]?.petitioner == PetitionerIdentity(name: "", contact: ""))
        #expect(world.engine.state.petitions[petition]?.content == "反映东村低保优亲厚友")
    }

    @Test func anArchivedInspectionsInterviewMayBeErased() throws {
        var engine = try engine()
        let head = SampleCast().officeHead
        let archived = try #require(engine.state.workRecords.values.sorted { $0.id < $1.id }.first {
            $0.isConfidential && engine.state.inspections[$0.inspectionID]?.stage == .archived
        })
        #expect(refusal(&engine, head, .interview(archived.id)) == nil)
        #expect(engine.state.workRecords[archived.id]?.summary == "" && engine.state.workRecords[archived.id]?.subject == "")
    }
}
