import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// The office's registers in the workbench: organizations, inspectors, planning and accounts, read as each role may
/// and changed through the same commands as the command line; the office head sets another account's password.
@Suite("The workbench: the office's registers")
struct OfficePagesTests {
    @Test func theOfficeRegistersAnOrganizationAndTheHeadSetsAPasswordThatThenSignsIn() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head", "u-auditor"])
        let before = fixture.state.organizations.count
        try await fixture.application.test(.router) { client in
            let office = Browser(client)
            try await office.signIn("u-office-head")
            let page = try await office.get("/office/organizations")
            #expect(page.status == .ok && page.body.contains(#"action="/do/registerOrganization""#) && page.body.contains("党组织名录"))
            let token = try #require(page.formToken)
            let parent = try #require(fixture.state.organizations.values.first { $0.parentID == nil }?.id.rawValue)
            let posted = try await office.post("/do/registerOrganization", ["formToken": token, "back": "/office/organizations", "id": "",
                                                                            "name": "中共区图书馆支部委员会", "kind": "other", "parentID": parent, "region": "城区"])
            #expect(posted.status == .seeOther, "\(posted.body.components(separatedBy: "<strong>").dropFirst().first?.prefix(300) ?? "")")
            #expect(try await office.get("/office/organizations").body.contains("中共区图书馆支部委员会"))

            let accounts = try await office.get("/office/accounts")
            #expect(accounts.body.contains(#"action="/office/accounts/password""#))
            let newPassword = "审计-工作台-密码-2026"
            let mismatch = try await office.post("/office/accounts/password", ["formToken": token, "account": "u-auditor", "new": newPassword, "again": "x"])
            #expect(mismatch.body.contains("[input.invalid]"), "two different passwords are refused")
            let set = try await office.post("/office/accounts/password", ["formToken": token, "account": "u-auditor", "new": newPassword, "again": newPassword])
            #expect(set.status == .seeOther)
            let auditor = Browser(client)
            #expect(try await auditor.signIn("u-auditor").status != .seeOther, "the old password no longer signs in")
            let fresh = Browser(client)
            #expect(try await fresh.signIn("u-auditor", newPassword).status == .seeOther, "the password the head set signs in")
            let registers = try await fresh.get("/office/accounts")
            #expect(registers.status == .ok && !registers.body.contains(#"action="/do/registerUser""#), "the auditor reads the accounts but changes nothing")
        }
        #expect(await fixture.service.state.organizations.count == before + 1)
    }

    @Test func aTeamMemberMayNotReadTheAccountsNorAnOrganizationsHeadThePlanning() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (_, leader, _, head) = try InspectionWalkTests.stationed(in: probe.state)
        let fixture = try await WorkbenchFixture(passwords: [leader, head])
        try await fixture.application.test(.router) { client in
            let member = Browser(client)
            try await member.signIn(leader.rawValue)
            let accounts = try await member.get("/office/accounts")
            #expect(accounts.status == .forbidden && accounts.body.contains("[access.role]"))
            #expect(!(try await member.get("/inspections")).body.contains(#"href="/office/"#), "the menu offers the registers only to those who oversee")
            let organization = Browser(client)
            try await organization.signIn(head.rawValue)
            let planning = try await organization.get("/office/planning")
            #expect(planning.status == .forbidden && planning.body.contains("[access."))
        }
    }
}
