import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// The workbench over HTTP, as a browser meets it: signing in and out, sessions in `HttpOnly`, `SameSite=Strict`
/// cookies, a token on every form, throttled guessing, the audit trail, and pages that show only what the role may see.
@Suite("The workbench")
struct WorkbenchTests {
    @Test func signsInWithAPasswordAndOutWithTheFormsToken() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head"])
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            let start = try await browser.get("/")
            #expect(start.status == .seeOther && start.location == "/sign-in")
            let signedIn = try await browser.signIn("u-office-head")
            #expect(signedIn.status == .seeOther && signedIn.location == "/", "\(signedIn.body)")
            let cookie = try #require(signedIn.headers[values: .setCookie].first { $0.hasPrefix("ik_session=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && !cookie.contains("Secure"))
            let dashboard = try await browser.get("/dashboard")
            #expect(dashboard.status == .ok && dashboard.body.contains("工作概览") && dashboard.body.contains("<svg"), "\(dashboard.status)")
            #expect(dashboard.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(dashboard.headers[.cacheControl] == "no-store")
            // Signing out needs the page's token: without it nothing happens.
            let forged = try await browser.post("/sign-out", [:])
            #expect(forged.status == .forbidden && forged.body.contains("access.formToken"))
            #expect(try await browser.get("/dashboard").status == .ok, "still signed in")
            let out = try await browser.post("/sign-out", ["formToken": dashboard.formToken ?? ""])
            #expect(out.status == .seeOther && out.location == "/sign-in")
            #expect(try await browser.get("/dashboard").location == "/sign-in")
        }
        #expect(try await fixture.trail(of: "u-office-head").suffix(2) == [.signedIn, .signedOut])
        #expect(await fixture.workbench.sessions.count == 0)
    }

    @Test func refusesAWrongPasswordAnUnknownAccountAndAFormWithoutItsTokenAlike() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head"])
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            let wrong = try await browser.signIn("u-office-head", "不是这个密码-123")
            #expect(wrong.status == .unauthorized && wrong.body.contains("[signIn.credentials]"))
            let unknown = try await browser.signIn("nobody-here", "不是这个密码-123")
            #expect(unknown.status == .unauthorized && unknown.body.contains("[signIn.credentials]"))
            let noPassword = try await browser.signIn("u-office-staff")
            #expect(noPassword.status == .unauthorized, "an account with no password is refused like a wrong one")
            let noToken = try await browser.post("/sign-in", ["account": "u-office-head", "password": WorkbenchFixture.password])
            #expect(noToken.status == .forbidden && noToken.body.contains("access.formToken"))
            #expect(browser.cookies["ik_session"] == nil)
        }
        #expect(try await fixture.trail(of: "u-office-head").last == .signInRefused)
        #expect(try await fixture.trail(of: "nobody-here").isEmpty)
    }

    @Test func throttlesGuessingOnAnAccount() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head"])
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            for attempt in 1...3 { #expect(try await browser.signIn("u-office-head", "猜测的密码-\(attempt)00").status == .unauthorized) }
            let throttled = try await browser.signIn("u-office-head")
            #expect(throttled.status == .tooManyRequests && throttled.body.contains("[signIn.throttled]"), "even the right password waits")
        }
        let trail = try await fixture.trail(of: "u-office-head")
        #expect(trail.suffix(4) == [.signInRefused, .signInRefused, .signInRefused, .signInRefused])
    }

    @Test func aTeamSeesItsOwnInspectionsAndGetsTheRefusalPageForAnother() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let today = probe.service.today
        let inField = probe.state.inspections.values.filter { candidate in candidate.authorization.map { $0.window.contains(today) } ?? false }
        let inspection = try #require(inField.sorted { $0.id < $1.id }.first, "an inspection in the field today")
        let team = try #require(probe.state.teams[inspection.teamID])
        let member = try #require(probe.state.inspectors[team.leaderID]?.userID)
        let others = probe.state.inspections.values.filter { candidate in
            candidate.teamID != inspection.teamID && !(probe.state.teams[candidate.teamID]?.everyone.contains(team.leaderID) ?? false)
        }
        let other = try #require(others.sorted { $0.id < $1.id }.first)
        let fixture = try await WorkbenchFixture(passwords: [member])
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            #expect(try await browser.signIn(member.rawValue).status == .seeOther)
            let home = try await browser.get("/dashboard")
            #expect(home.status == .seeOther && home.location == "/inspections", "a team has no office dashboard")
            let list = try await browser.get("/inspections")
            #expect(list.status == .ok && list.body.contains(inspection.id.rawValue) && !list.body.contains(">\(other.id.rawValue)<"))
            let own = try await browser.get("/inspections/\(inspection.id)")
            #expect(own.status == .ok && own.body.contains("时间线"))
            let refused = try await browser.get("/inspections/\(other.id)")
            #expect(refused.status == .forbidden && refused.body.contains("[access.teamScope]"), "\(refused.status)")
            let english = try await browser.get("/inspections/\(inspection.id)?lang=en")
            #expect(english.body.contains("Timeline") && english.body.contains(#"lang="en""#))
            #expect(try await browser.get("/inspections").body.contains("Inspections"), "the language chosen is remembered")
        }
    }

    @Test func anAccountChangesItsOwnPasswordSigningItsOtherSessionsOut() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-staff"])
        try await fixture.application.test(.router) { client in
            let elsewhere = Browser(client)
            #expect(try await elsewhere.signIn("u-office-staff").status == .seeOther)
            let browser = Browser(client)
            #expect(try await browser.signIn("u-office-staff").status == .seeOther)
            let page = try await browser.get("/account")
            #expect(page.status == .ok && page.body.contains("u-office-staff"))
            let token = try #require(page.formToken)
            let wrong = try await browser.post("/account/password", ["formToken": token, "current": "不是当前密码-0000", "new": "新的工作台密码-2027", "again": "新的工作台密码-2027"])
            #expect(wrong.status == .unauthorized && wrong.body.contains("[signIn.credentials]"))
            let differ = try await browser.post("/account/password", ["formToken": token, "current": WorkbenchFixture.password, "new": "新的工作台密码-2027", "again": "另一个密码-2027"])
            #expect(differ.status == .unprocessableContent)
            let weak = try await browser.post("/account/password", ["formToken": token, "current": WorkbenchFixture.password, "new": "short", "again": "short"])
            #expect(weak.status == .unprocessableContent && weak.body.contains("10"))
            let changed = try await browser.post("/account/password", ["formToken": token, "current": WorkbenchFixture.password, "new": "新的工作台密码-2027", "again": "新的工作台密码-2027"])
            #expect(changed.status == .seeOther && changed.location == "/account?done=password")
            #expect(try await browser.get("/account").status == .ok, "this session goes on")
            #expect(try await elsewhere.get("/account").location == "/sign-in", "the other session ended")
            #expect(try await Browser(client).signIn("u-office-staff").status == .unauthorized, "the old password no longer signs in")
            #expect(try await Browser(client).signIn("u-office-staff", "新的工作台密码-2027").status == .seeOther)
        }
        let credential = try #require(await fixture.service.state.passwords["u-office-staff"])
        #expect(credential.setBy == "u-office-staff")
    }
}
