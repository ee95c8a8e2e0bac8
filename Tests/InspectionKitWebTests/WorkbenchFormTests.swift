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
    /// The `action` of every form on `page`.
    static func actions(_ page: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(page)
        while let range = rest.range(of: #"action=""#) {
            let tail = rest[range.upperBound...]
            found.insert(String(tail.prefix { $0 != "\"" }))
            rest = tail
        }
        return found
    }

    /// Every account of the sample district's roles, and every page each may open: the overview, every inspection's file
    /// and fieldwork, the ledger and its items, the leads, the audit trail and the account.
    static func collectActions() async throws -> Set<String> {
        let probe = try await WorkbenchFixture(passwords: [])
        let state = probe.state
        let (item, head, _) = try LedgerPageTests.items(in: probe.state)
        let (_, leader, member, _) = try InspectionWalkTests.stationed(in: state)
        let accounts: [UserID] = ["u-office-head", "u-office-staff", "u-leading-group", "u-discipline", "u-org-dept", "u-auditor", head, leader, member]
        let fixture = try await WorkbenchFixture(passwords: accounts)
        let inspections = state.inspections.keys.sorted()
        let items = Array(state.rectificationItems.keys.sorted().prefix(40)) + [item.id]
        return try await fixture.application.test(.router) { client in
            var actions: Set<String> = []
            for account in accounts {
                let browser = Browser(client)
                #expect(try await browser.signIn(account.rawValue).status == .seeOther, "\(account) signs in")
                var paths = ["/dashboard", "/inspections", "/rectification", "/leads", "/audit", "/account", "/office/organizations", "/office/inspectors",
                             "/office/planning", "/office/accounts"]
                paths += inspections.flatMap { ["/inspections/\($0)", "/inspections/\($0)/fieldwork"] }
                paths += items.map { "/rectification/\($0)" }
                paths += state.leads.keys.sorted().prefix(10).map { "/leads/\($0)" }
                for path in paths {
                    actions.formUnion(Self.actions(try await browser.get(path).body))
                }
            }
            return actions
        }
    }

    @Test func everyFormPostsAStepThatRunsACoreIntentWithEveryFieldLabelled() async throws {
        let actions = try await Self.collectActions()
        let steps = actions.filter { $0.hasPrefix("/do/") }.map { String($0.dropFirst(4)) }
        #expect(actions.subtracting(actions.filter { $0.hasPrefix("/do/") }) == ["/sign-out", "/dashboard", "/inspections", "/audit", "/account/password", "/office/accounts/password"],
                "besides steps, forms only sign out, set a password (the account's own, or the office head's for another: inspect user password's command) or choose what a page shows (GET; the walk offers reviewFinding on a fresh draft): \(actions)")
        for expected in ["recordWork", "registerPetition", "draftFinding", "registerLead", "withdrawTeam", "submitReport", "approveReport",
                         "deliverFeedback", "submitRectificationPlan", "updateRectification", "signOffCloseOut", "acceptCloseOut", "handOverLead",
                         "registerOrganization", "changeOrganizationHead", "registerInspector", "recordTraining", "declareRelative", "registerUser",
                         "deactivateUser", "openTerm", "adoptPlan", "planRound", "formTeam", "scheduleInspection"] {
            #expect(steps.contains(expected), "some role is offered \(expected): \(steps.sorted())")
        }
        for operation in steps {
            let step = try #require(WorkflowStep.named(operation), "\(operation) is a step of the catalog")
            #expect(step.intentKind.map { IntentKind.allCases.contains($0) } == true, "\(operation) runs an intent of the core")
            #expect(StepTitles.titles[operation] != nil, "\(operation) has a title in both languages")
            func names(_ fields: [FormField]) -> [String] {
                fields.flatMap { field -> [String] in
                    if case .group(let inner) = field.kind { return [field.name] + names(inner) }
                    return [field.name]
                }
            }
            for name in names(step.fields) {
                #expect(FieldLabels.names[name] != nil || FieldLabels.overrides["\(operation).\(name)"] != nil, "\(operation).\(name) has a label")
            }
        }
    }

    @Test func aPlanFormPostsOneItemPerNumberedRowAndChecksAListBoxByBox() throws {
        let plan = try #require(WorkflowStep.named("submitRectificationPlan"))
        let command = try plan.command(id: "XC-1", form: [
            "items.0.findingID": "F-1", "items.0.measures": "修订制度", "items.0.responsibleLeader": "校长", "items.0.responsibleDepartment": "校办",
            "items.1.findingID": "F-2", "items.1.measures": "退还款项", "items.1.responsibleLeader": "副校长", "items.1.responsibleDepartment": "财务室",
            "items.1.deadline": "2027-03-31",
        ], actor: Actor(id: "head", name: "校长", role: .inspectedOrg))
        guard case .rectification(.submitRectificationPlan(_, let rows)) = command.intent else {
            Issue.record("the plan's command: \(command.intent)")
            return
        }
        #expect(rows.map(\.findingID) == ["F-1", "F-2"] && rows[1].deadline?.iso == "2027-03-31")
        let report = try #require(WorkflowStep.named("submitReport"))
        let submitted = try report.command(id: "XC-1", form: ["findingIDs.0": "F-1", "findingIDs.3": "F-4", "summary": "综述"],
                                           actor: Actor(id: "leader", name: "组长", role: .teamLeader))
        guard case .inspection(.submitReport(_, let submission)) = submitted.intent else {
            Issue.record("the report's command: \(submitted.intent)")
            return
        }
        #expect(submission.findingIDs == ["F-1", "F-4"], "checked boxes in their order")
    }
}
