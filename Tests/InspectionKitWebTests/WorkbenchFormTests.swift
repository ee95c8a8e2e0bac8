import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// One road for changes: every form the workbench shows posts to `/do/OPERATION` (or signs in or out), and every such
/// operation is a step of the API's catalog whose command is one of the core's intents — the same the command line runs.
@Suite("The workbench: forms")
struct WorkbenchFormTests {
    @Test func everyFormPostsAStepThatRunsACoreIntent() async throws {
        let probe = try await WorkbenchFixture(passwords: [])
        let (item, head, _) = try LedgerPageTests.items(in: probe.state)
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head", head])
        let actions: Set<String> = try await fixture.application.test(.router) { client in
            var actions: Set<String> = []
            for account in ["u-office-head", head.rawValue] {
                let browser = Browser(client)
                #expect(try await browser.signIn(account).status == .seeOther)
                for path in ["/dashboard", "/inspections", "/inspections/\(item.inspectionID)", "/rectification", "/rectification/\(item.id)", "/account"] {
                    let page = try await browser.get(path)
                    var rest = Substring(page.body)
                    while let range = rest.range(of: #"action=""#) {
                        let tail = rest[range.upperBound...]
                        actions.insert(String(tail.prefix { $0 != "\"" }))
                        rest = tail
                    }
                }
            }
            return actions
        }
        let steps = actions.filter { $0.hasPrefix("/do/") }.map { String($0.dropFirst(4)) }
        #expect(actions.subtracting(actions.filter { $0.hasPrefix("/do/") }) == ["/sign-out", "/dashboard", "/inspections", "/account/password"],
                "besides steps, forms only sign out, change the account's own password (inspect user password's command) or choose what a page shows (GET): \(actions)")
        #expect(steps.count >= 5, "the office and the head are offered the ledger's steps: \(steps)")
        for operation in steps {
            let step = try #require(WorkflowStep.named(operation), "\(operation) is a step of the catalog")
            #expect(step.intentKind.map { IntentKind.allCases.contains($0) } == true, "\(operation) runs an intent of the core")
        }
    }
}
