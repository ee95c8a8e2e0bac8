import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// Every role of 保密纪律 (who may see and do what) against every kind of resource the API serves: the API answers 200 exactly where the
/// core's access policy allows the read, 403 naming an `access.` rule everywhere else, and a petitioner's name
/// appears only in answers to the office head or the petition's registrar.
@Suite("The HTTP API's access matrix")
struct AccessMatrixTests {
    static let accounts = ["u-office-head", "u-office-staff", "u-leading-group", "u-discipline", "u-org-dept", "u-auditor",
                           "u-INS-001", "u-INS-002", "u-INS-010", "head-QX-T01", "head-QX-D03"]

    @Test func everyRoleGetsExactlyWhatThePolicyAllows() async throws {
        let fixture = try await APITests.Fixture(accounts: Self.accounts)
        let state = fixture.state
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let inspections = state.inspections.values.sorted { $0.id < $1.id }
        let sampleInspections = [inspections.first, inspections.last, inspections.first { $0.stage == .fieldwork }].compactMap { $0 }
        let leads = [state.leads.values.first { $0.handover != nil }, state.leads.values.first { $0.handover == nil }].compactMap { $0 }
        let samplePetitions = state.petitions.values.sorted { $0.id < $1.id }.prefix(2)
        let sampleFindings = [state.findings.values.sorted { $0.id < $1.id }.first, state.findings.values.sorted { $0.id < $1.id }.last].compactMap { $0 }
        let roles = Set(Self.accounts.compactMap { state.users[UserID($0)]?.actor.role })
        #expect(roles.count >= 7, "the matrix should cover most roles, covers \(roles)")
        let (allowedCount, deniedCount) = try await app.test(.router) { client in
            var allowedCount = 0
            var deniedCount = 0
            for account in Self.accounts {
                guard let actor = state.users[UserID(account)]?.actor else { continue }
                var checks: [(String, Bool)] = [
                    ("/v1/statistics/findings", AccessPolicy.canRead(actor, .statistics, state: state, today: fixture.today)),
                    ("/v1/audit?last=3", AccessPolicy.canRead(actor, .auditTrail, state: state, today: fixture.today)),
                ]
                for inspection in sampleInspections {
                    let allowed = AccessPolicy.canRead(actor, .inspection(inspection.id), state: state, today: fixture.today)
                    checks.append(("/v1/inspections/\(inspection.id)", allowed))
                    checks.append(("/v1/inspections/\(inspection.id)/petitions", allowed && AccessPolicy.roleEverSees(.petition, actor)))
                    checks.append(("/v1/inspections/\(inspection.id)/work-records", allowed && AccessPolicy.roleEverSees(.workRecord, actor)))
                    checks.append(("/v1/inspections/\(inspection.id)/fed-back-findings",
                                   AccessPolicy.canRead(actor, .feedback(inspection.id), state: state, today: fixture.today)))
                }
                for petition in samplePetitions {
                    checks.append(("/v1/petitions/\(petition.id)", AccessPolicy.canRead(actor, .petition(petition.id), state: state, today: fixture.today)))
                }
                for finding in sampleFindings {
                    let allowed = AccessPolicy.canRead(actor, .findingDrafts(finding.inspectionID), state: state, today: fixture.today)
                        && AccessPolicy.canRead(actor, .finding(finding.id), state: state, today: fixture.today)
                    checks.append(("/v1/findings/\(finding.id)", allowed))
                }
                for lead in leads {
                    checks.append(("/v1/leads/\(lead.id)", AccessPolicy.canRead(actor, .lead(lead.id), state: state, today: fixture.today)))
                }
                checks.append(("/v1/leads", AccessPolicy.roleEverSees(.lead, actor)))
                for (path, allowed) in checks {
                    if allowed { allowedCount += 1 } else { deniedCount += 1 }
                    try await client.execute(uri: path, method: .get, headers: fixture.headers(account)) { response in
                        if allowed {
                            #expect(response.status == .ok, "\(account) \(path): \(response.status)")
                        } else {
                            #expect(response.status == .forbidden, "\(account) \(path): \(response.status)")
                            let problem = try APITests.problem(response)
                            #expect(problem.rule.hasPrefix("access."), "\(account) \(path): \(problem.rule)")
                        }
                    }
                }
            }
            return (allowedCount, deniedCount)
        }
        #expect(allowedCount > 20 && deniedCount > 20, "allowed \(allowedCount), denied \(deniedCount)")
    }

    @Test func aPetitionersNameReachesOnlyTheOfficeHeadAndTheRegistrar() async throws {
        let fixture = try await APITests.Fixture(accounts: Self.accounts)
        let state = fixture.state
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let petitions = state.petitions.values.filter { $0.petitioner != nil }.sorted { $0.id < $1.id }.prefix(3)
        #expect(!petitions.isEmpty)
        let answers = try await app.test(.router) { client in
            var answers = 0
            for petition in petitions {
                let name = try #require(petition.petitioner?.name)
                for account in Self.accounts {
                    guard let actor = state.users[UserID(account)]?.actor,
                          AccessPolicy.canRead(actor, .inspection(petition.inspectionID), state: state, today: fixture.today) else { continue }
                    try await client.execute(uri: "/v1/inspections/\(petition.inspectionID)/petitions?limit=500", method: .get,
                                             headers: fixture.headers(account)) { response in
                        answers += 1
                        let entitled = actor.isOfficeHead || petition.registeredBy == actor.id
                        #expect(String(buffer: response.body).contains(name) == entitled, "\(account) and \(petition.id)")
                    }
                }
            }
            return answers
        }
        #expect(answers >= 6, "only \(answers) answers were checked")
    }
}

/// For confidential records, "does not exist" and "may not see" answer alike; the audit trail tells them apart.
@Suite("The HTTP API's confidential refusals")
struct ConfidentialRefusalTests {
    @Test func aLeadThatDoesNotExistAndOneThatMayNotBeSeenAnswerAlike() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-auditor", "u-office-head"])
        let lead = try #require(fixture.state.leads.values.sorted { $0.id < $1.id }.first)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let answers = try await app.test(.router) { client in
            var answers: [(status: HTTPResponse.Status, rule: String, detail: String)] = []
            for id in [lead.id.rawValue, "LEAD-999999"] {
                try await client.execute(uri: "/v1/leads/\(id)", method: .get, headers: fixture.headers("u-auditor")) { response in
                    let problem = try APITests.problem(response)
                    answers.append((response.status, problem.rule, problem.detail.replacingOccurrences(of: id, with: "ID")))
                }
            }
            return answers
        }
        #expect(answers.count == 2)
        #expect(answers[0].status == .forbidden && answers[1].status == .forbidden)
        #expect(answers[0].rule == "access.lead" && answers[1].rule == "access.lead")
        #expect(answers[0].detail == answers[1].detail)
        // The trail keeps both attempts, and knows which lead exists.
        let refused = try await fixture.journal().compactMap { entry -> RefusedRead? in
            if case .audit(.confidentialReadRefused(let read)) = entry.event, entry.actor == "u-auditor" { read } else { nil }
        }
        #expect(refused.map(\.recordExists) == [true, false])
        #expect(refused.map(\.record) == [.lead(lead.id), .lead("LEAD-999999")])
    }
}
