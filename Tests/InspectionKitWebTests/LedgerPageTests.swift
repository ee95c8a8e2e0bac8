import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// The rectification ledger in the workbench: an inspected organization's head sees and fills in only its own items,
/// through forms that run the same commands as the command line and the API.
@Suite("The workbench: the rectification ledger")
struct LedgerPageTests {
    /// An open item whose organization's head has an account, and an item of another organization.
    static func items(in state: InspectionState) throws -> (own: RectificationItem, head: UserID, other: RectificationItem) {
        let open = state.rectificationItems.values.filter { $0.status == .notStarted || $0.status == .inProgress }.sorted { $0.id < $1.id }
        for item in open {
            guard let target = state.inspections[item.inspectionID]?.targetID, let head = state.organizations[target]?.head?.userID,
                  state.users[head]?.active == true else { continue }
            let others = state.rectificationItems.values.filter { state.inspections[$0.inspectionID]?.targetID != target }.sorted { $0.id < $1.id }
            if let other = others.first { return (item, head, other) }
        }
        throw CancellationError()
    }

    @Test func theHeadSeesOnlyItsOwnItemsAndReportsProgressThroughTheSameCommand() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (item, head, other) = try Self.items(in: probe.state)
        let fixture = try await WorkbenchFixture(passwords: [head])
        let before = fixture.state.rectificationItems[item.id]?.progress.count ?? 0
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            #expect(try await browser.signIn(head.rawValue).status == .seeOther)
            let ledger = try await browser.get("/rectification")
            #expect(ledger.status == .ok && ledger.body.contains(item.id.rawValue) && !ledger.body.contains(">\(other.id.rawValue)<"))
            #expect(ledger.body.contains("立行立改") && ledger.body.contains("限期整改") && ledger.body.contains("长期坚持"))
            let page = try await browser.get("/rectification/\(item.id)")
            #expect(page.status == .ok)
            #expect(page.body.contains(#"action="/do/updateRectification""#) && page.body.contains(#"action="/do/signOffCloseOut""#))
            #expect(!page.body.contains(#"action="/do/issueSupervisionNotice""#), "only the office issues notices")
            let token = try #require(page.formToken)

            // A form without its token does nothing; a malformed one is refused naming the field; a good one is recorded.
            let forged = try await browser.post("/do/updateRectification", ["id": item.id.rawValue, "status": "inProgress", "note": "伪造", "back": "/rectification/\(item.id)"])
            #expect(forged.status == .forbidden && forged.body.contains("access.formToken"))
            let malformed = try await browser.post("/do/updateRectification", ["formToken": token, "id": item.id.rawValue, "status": "sideways", "note": "x",
                                                                               "back": "/rectification/\(item.id)"])
            #expect(malformed.status == .unprocessableContent && malformed.body.contains("[input.invalid]") && malformed.body.contains("状态"), "\(malformed.status)")
            let posted = try await browser.post("/do/updateRectification", ["formToken": token, "id": item.id.rawValue, "status": "inProgress",
                                                                            "note": "已召开专题会部署整改", "back": "/rectification/\(item.id)"])
            #expect(posted.status == .seeOther && posted.location == "/rectification/\(item.id)?done=updateRectification", "\(posted.body.prefix(400))")
            let after = try await browser.get(try #require(posted.location))
            #expect(after.body.contains("已召开专题会部署整改") && after.body.contains("已办理"))
            let elsewhere = try await browser.post("/do/updateRectification", ["formToken": token, "id": item.id.rawValue, "status": "inProgress",
                                                                               "note": "x", "back": "https://example.com/"])
            #expect(elsewhere.status == .seeOther && elsewhere.location == "/?done=updateRectification", "a form cannot send the browser elsewhere")

            // Another organization's item: the refusal page, naming the rule.
            let refused = try await browser.get("/rectification/\(other.id)")
            #expect(refused.status == .forbidden && refused.body.contains("[access.inspectedOrganization]"), "\(refused.status)")
        }
        let journal = try await fixture.service.auditTrail(as: Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true))
        let recorded = journal.suffix(8).filter { $0.actor == head && $0.event.type == .rectificationProgressed }
        let now = await fixture.service.state.rectificationItems[item.id]?.progress.count ?? 0
        #expect(recorded.count == 2 && now == before + 2, "the two good forms were recorded as the head's own progress reports, the forged and the malformed ones not at all")
    }
}
