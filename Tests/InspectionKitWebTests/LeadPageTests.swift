import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// Leads in the workbench: the receiving body sees what was handed to it and reports the disposition; every read, and
/// every refused one, is in the audit trail; a lead the viewer may not see is refused as if it did not exist.
@Suite("The workbench: leads")
struct LeadPageTests {
    @Test func theDisciplineCommissionReadsItsLeadsAuditedAndReportsADisposition() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let awaiting = probe.state.leads.values.filter { $0.handover?.destination == .disciplineCommission && $0.disposition == nil }.sorted { $0.id < $1.id }
        let lead = try #require(awaiting.first, "a lead handed to the discipline commission, not yet disposed of")
        let team = try #require(probe.state.inspections.values.first { $0.id != lead.inspectionID && $0.authorization.map { $0.window.contains(probe.service.today) } == true })
        let member = try #require(probe.state.teams[team.teamID].flatMap { probe.state.inspectors[$0.memberIDs[0]]?.userID })
        let fixture = try await WorkbenchFixture(passwords: ["u-discipline", member])
        try await fixture.application.test(.router) { client in
            let commission = Browser(client)
            #expect(try await commission.signIn("u-discipline").status == .seeOther)
            let list = try await commission.get("/leads")
            #expect(list.status == .ok && list.body.contains(lead.id.rawValue) && list.body.contains("审计日志"))
            let page = try await commission.get("/leads/\(lead.id)")
            #expect(page.status == .ok && page.body.contains(lead.subjectName) && page.body.contains(#"action="/do/recordDisposition""#))
            #expect(!page.body.contains(#"action="/do/handOverLead""#), "the commission disposes, it does not hand over")
            let posted = try await commission.post("/do/recordDisposition", ["formToken": try #require(page.formToken), "id": lead.id.rawValue,
                                                                              "kind": "preliminaryVerification", "note": "已初核", "lateBecause": "初核延期",
                                                                              "back": "/leads/\(lead.id)"])
            #expect(posted.status == .seeOther, "\(posted.body.prefix(300))")

            // A team member of another inspection: the same refusal as for a lead that does not exist.
            let outsider = Browser(client)
            #expect(try await outsider.signIn(member.rawValue).status == .seeOther)
            let refused = try await outsider.get("/leads/\(lead.id)")
            let missing = try await outsider.get("/leads/LEAD-999999")
            #expect(refused.status == .forbidden && refused.body.contains("[access.lead]") && !refused.body.contains(lead.subjectName))
            #expect(missing.status == refused.status && missing.body.replacingOccurrences(of: "LEAD-999999", with: lead.id.rawValue)
                .components(separatedBy: "<main").last == refused.body.components(separatedBy: "<main").last, "told alike")
        }
        let trail = try await fixture.service.auditTrail(as: Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true))
        #expect(trail.contains { $0.actor == "u-discipline" && $0.event == .confidentialRecordRead(.lead(lead.id)) })
        #expect(trail.contains { $0.actor == member && $0.event.type == .confidentialReadRefused })
        #expect(await fixture.service.state.leads[lead.id]?.disposition?.kind == .preliminaryVerification)
    }

    @Test func theAuditTrailIsForThoseWhoOverseeAndSearchesIdentifiersNotContent() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let lead = try #require(probe.state.leads.values.sorted { $0.id < $1.id }.first)
        let organizationHead = "head-\(probe.state.inspections[lead.inspectionID]?.targetID.rawValue ?? "")"
        let fixture = try await WorkbenchFixture(passwords: ["u-auditor", "u-office-head", UserID(organizationHead)])
        try await fixture.application.test(.router) { client in
            let head = Browser(client)
            #expect(try await head.signIn("u-office-head").status == .seeOther)
            #expect(try await head.get("/leads/\(lead.id)").status == .ok)
            let auditor = Browser(client)
            #expect(try await auditor.signIn("u-auditor").status == .seeOther)
            let trail = try await auditor.get("/audit?record=\(lead.id)")
            #expect(trail.status == .ok && trail.body.contains("查阅线索 \(lead.id)") && trail.body.contains("（u-office-head）"))
            #expect(!trail.body.contains(lead.summary) && !trail.body.contains(lead.subjectName), "the trail never repeats a lead's content")
            let byName = try await auditor.get("/audit?record=\(lead.subjectName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            #expect(!byName.body.contains("查阅线索"), "a name finds nothing: the search is of identifiers, never content")
            let inspected = Browser(client)
            #expect(try await inspected.signIn(organizationHead).status == .seeOther)
            let refused = try await inspected.get("/audit")
            #expect(refused.status == .forbidden && refused.body.contains("[access.role]"))
        }
    }
}
