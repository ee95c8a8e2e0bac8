import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// A whole inspection walked through the workbench's pages and forms, each step by the role whose work it is: the
/// team records an interview and a petition, drafts a finding and its meeting approves it, the team withdraws and
/// reports, the leading group approves, the office feeds back and completes the hand-over, the organization's head
/// submits its plan and closes the item, and three parties accept it. The petitioner's name is seen by its registrar
/// only; another team's file is refused naming the rule, and the attempt is in the audit trail.
@Suite("The workbench: a whole inspection")
struct InspectionWalkTests {
    /// The sample district's inspection whose team is on site, with its leader's, another member's and its head's accounts.
    static func stationed(in state: InspectionState) throws -> (inspection: Inspection, leader: UserID, member: UserID, head: UserID) {
        let inspection = try #require(state.inspections.values.filter { $0.stage == .stationed }.min { $0.id < $1.id })
        let team = try #require(state.teams[inspection.teamID])
        func account(_ inspector: InspectorID) -> UserID? { state.users.values.first { $0.inspectorID == inspector && $0.active }?.id }
        let leader = try #require(account(team.leaderID))
        let member = try #require((team.deputyIDs + team.memberIDs).lazy.compactMap(account).first)
        let head = try #require(state.organizations[inspection.targetID]?.head?.userID)
        return (inspection, leader, member, head)
    }

    /// Posts the form of `operation` found on the page at `path`, with `fields`, and follows the redirect.
    static func take(_ browser: Browser, _ operation: String, on path: String, id: String, _ fields: [String: String],
                     file: (field: String, name: String, bytes: [UInt8])? = nil,
                     sourceLocation: SourceLocation = #_sourceLocation) async throws -> Browser.Page {
        let page = try await browser.get(path)
        #expect(page.body.contains(#"action="/do/\#(operation)""#), "\(path) offers \(operation)", sourceLocation: sourceLocation)
        let form = fields.merging(["formToken": page.formToken ?? "", "id": id, "back": path]) { a, _ in a }
        let posted: Browser.Page
        if let file { posted = try await browser.post("/do/\(operation)", form, file: file) } else { posted = try await browser.post("/do/\(operation)", form) }
        #expect(posted.status == .seeOther, "\(operation): \(posted.status) \(posted.body.components(separatedBy: "<strong>").dropFirst().first?.prefix(400) ?? "")",
                sourceLocation: sourceLocation)
        return try await browser.get(posted.location ?? path)
    }

    @Test func walksAnInspectionFromFieldworkToThreeAcceptancesEachRoleThroughItsOwnForms() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (inspection, leader, member, head) = try Self.stationed(in: probe.state)
        let office: UserID = "u-office-head"
        let fixture = try await WorkbenchFixture(passwords: [leader, member, head, office, "u-office-staff", "u-leading-group"])
        let id = inspection.id.rawValue
        let file = "/inspections/\(id)"
        let fieldwork = file + "/fieldwork"
        let target = inspection.targetID.rawValue
        let petitioner = "张秀兰"
        let today = try await fixture.service.read { $0.today.iso }
        try await fixture.application.test(.router) { client in
            let team = Browser(client)
            try await team.signIn(leader.rawValue)
            var page = try await team.get(fieldwork)
            let category = try #require(page.body.components(separatedBy: #"name="categoryCode" required><option value=""#).dropFirst().first?.prefix { $0 != "\"" })
            let inspector = try #require(fixture.state.users[leader]?.inspectorID?.rawValue)
            let colleague = try #require(fixture.state.users[member]?.inspectorID?.rawValue)
            page = try await Self.take(team, "recordWork", on: fieldwork, id: id, [
                "method": "interview", "organizationID": target, "participantIDs.0": inspector, "participantIDs.1": colleague, "subject": "党委书记", "summary": "食堂采购由校办一人经手", "signed": "on",
            ], file: ("file", "\(petitioner)谈话笔录.pdf", AttachmentPageTests.pdf))
            #expect(!page.body.contains("\(petitioner)谈话笔录"), "an interview's file is named by its record, never by the name it was uploaded with")
            let interviewFile = try #require(page.body.components(separatedBy: #"href="/files/"#).dropFirst().first.map { String($0.prefix(64)) })
            let record = try #require(page.body.components(separatedBy: "<td>WR-").dropFirst().last.map { "WR-" + $0.prefix { $0 != "<" } })
            page = try await Self.take(team, "registerPetition", on: fieldwork, id: id, [
                "channel": "letter", "petitionerName": petitioner, "petitionerContact": "13800000000", "content": "反映食堂采购价格偏高", "organizationID": target,
            ])
            #expect(page.body.contains(petitioner), "the registrar sees the name it wrote down")
            page = try await Self.take(team, "draftFinding", on: fieldwork, id: id, [
                "title": "食堂采购未经集体研究", "manifestation": "采购合同均由一人签订", "qualification": "违反民主集中制", "basis": "党组工作条例",
                "evidence.title": "采购合同", "evidence.reference": record, "responsibilityType": "principal", "responsibleParty": "党委",
                "organizationID": target, "categoryCode": String(category), "severity": "moderate", "scope": "individual",
                "source.kind": "workRecord", "source.reference": record, "foundBy.0": inspector, "foundOn": today,
            ])
            let finding = try #require(await fixture.service.state.findings(of: inspection.id).last?.id.rawValue)
            #expect(page.body.contains("食堂采购未经集体研究") && page.body.contains(#"action="/do/reviewFinding""#))
            _ = try await Self.take(team, "reviewFinding", on: fieldwork, id: finding, ["decision": "approved", "opinion": "事实清楚"])

            // A team member on the same team sees the petition with the identity withheld.
            let other = Browser(client)
            try await other.signIn(member.rawValue)
            let seen = try await other.get(fieldwork)
            #expect(seen.status == .ok && !seen.body.contains(petitioner) && seen.body.contains("身份已隐去"), "another member sees no petitioner name")
            let downloaded = try await other.get("/files/\(interviewFile)")
            #expect(downloaded.status == .ok && downloaded.bytes == AttachmentPageTests.pdf, "the team reads the interview's file")

            _ = try await Self.take(team, "withdrawTeam", on: file, id: id, [:])
            _ = try await Self.take(team, "submitReport", on: file, id: id, ["findingIDs.0": finding, "summary": "发现问题1个"])
            let group = Browser(client)
            try await group.signIn("u-leading-group")
            _ = try await Self.take(group, "approveReport", on: file, id: id, ["meeting": "区委书记专题会"])
            let staff = Browser(client)
            try await staff.signIn("u-office-staff")
            _ = try await Self.take(staff, "deliverFeedback", on: file, id: id, ["text": "请认真整改", "toHeadOn": today, "toLeadershipOn": today,
                                                                              "copiedTo": "分管领导，纪委监委，组织部"])
            _ = try await Self.take(staff, "completeHandover", on: file, id: id, [:])
            let organization = Browser(client)
            try await organization.signIn(head.rawValue)
            page = try await Self.take(organization, "submitRectificationPlan", on: file, id: id, [
                "items.0.findingID": finding, "items.0.measures": "修订采购制度", "items.0.responsibleLeader": "校长", "items.0.responsibleDepartment": "校办",
            ])
            #expect(!page.body.contains(petitioner), "the organization's head never sees the petitioner")
            let refusedFile = try await organization.get("/files/\(interviewFile)")
            #expect(refusedFile.status == .forbidden && refusedFile.body.contains("[access.attachment]"), "the organization may not read the team's interview file")
            let item = try #require(await fixture.service.state.rectificationItems(of: inspection.id).first?.id.rawValue)
            let itemPath = "/rectification/\(item)"
            _ = try await Self.take(organization, "updateRectification", on: itemPath, id: item, ["status": "inProgress", "note": "已部署修订制度"])
            _ = try await Self.take(organization, "updateRectification", on: itemPath, id: item, ["status": "rectified", "note": "已修订制度"])
            _ = try await Self.take(organization, "attachCloseOutEvidence", on: itemPath, id: item, ["items.title": "新制度文本", "items.reference": "整改档案-1"])
            _ = try await Self.take(organization, "signOffCloseOut", on: itemPath, id: item, [:])
            _ = try await Self.take(organization, "acceptCloseOut", on: itemPath, id: item, [:])
            _ = try await Self.take(team, "acceptCloseOut", on: itemPath, id: item, [:])
            let head = Browser(client)
            try await head.signIn(office.rawValue)
            page = try await Self.take(head, "acceptCloseOut", on: itemPath, id: item, [:])
            #expect(page.body.contains("已销号"), "three acceptances close the item")

            // Every page the walk passed, as each role that may not see the name: no petitioner name anywhere.
            for (browser, name) in [(other, "member"), (group, "leading group"), (staff, "office staff"), (organization, "head")] {
                for path in ["/dashboard", "/inspections", file, fieldwork, "/rectification", itemPath, "/leads", "/audit"] {
                    let shown = try await browser.get(path)
                    #expect(!shown.body.contains(petitioner), "\(name) sees no petitioner name on \(path)")
                }
            }
        }
        let verified = await fixture.service.state.rectificationItems(of: inspection.id).first?.status
        #expect(verified == .verified)
        #expect(try await fixture.trail(of: member).contains(.confidentialRecordRead), "reading the interview's file is a confidential read, in the trail")
        #expect(try await fixture.trail(of: head).contains(.confidentialReadRefused), "the organization's refused attempt at it is in the trail too")
    }

    @Test func anotherTeamsFileIsRefusedNamingTheRuleAndTheAttemptIsAudited() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (inspection, leader, _, _) = try Self.stationed(in: probe.state)
        let other = try #require(probe.state.inspections.values.filter { $0.teamID != inspection.teamID && $0.stage == .fieldwork }.min { $0.id < $1.id })
        let fixture = try await WorkbenchFixture(passwords: [leader])
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn(leader.rawValue)
            for path in ["/inspections/\(other.id)", "/inspections/\(other.id)/fieldwork"] {
                let refused = try await browser.get(path)
                #expect(refused.status == .forbidden && refused.body.contains("[access."), "\(path): \(refused.status)")
            }
            let list = try await browser.get("/inspections")
            #expect(list.body.contains(inspection.id.rawValue) && !list.body.contains(other.id.rawValue), "the list holds only the team's own inspections")
        }
        let trail = try await fixture.trail(of: leader)
        #expect(trail.filter { $0 == .fileReadRefused }.count == 2, "both attempts are in the audit trail: \(trail)")
    }
}
