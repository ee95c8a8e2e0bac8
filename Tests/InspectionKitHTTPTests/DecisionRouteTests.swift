import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitHTTP
import Testing

/// Decisions through the API: dispositions of leads by the receiving body, reviews of drafts, exchange packages.
@Suite("The HTTP API's decisions")
struct DecisionRouteTests {
    @Test func theReceivingBodyRecordsADispositionAndAnotherBodyCannot() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-discipline", "u-org-dept"])
        let lead = try #require(fixture.state.leads.values.sorted { $0.id < $1.id }.first {
            $0.disposition == nil && $0.handover?.destination == .disciplineCommission
        })
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let body = #"{"kind":"preliminaryVerification","note":"已初核"}"#
        try await app.test(.router) { client in
            // The organization department receives other leads, not this one.
            try await client.execute(uri: "/v1/leads/\(lead.id)/disposition", method: .post, headers: fixture.headers("u-org-dept"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/v1/leads/\(lead.id)/disposition", method: .post, headers: fixture.headers("u-discipline"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/v1/leads/\(lead.id)/disposition", method: .post, headers: fixture.headers("u-discipline"),
                                     body: ByteBuffer(string: #"{"kind":"shrugged","note":"x"}"#)) { response in
                #expect(response.status == .unprocessableContent)
            }
        }
        #expect(await fixture.service.state.leads[lead.id]?.disposition?.kind == .preliminaryVerification)
    }

    @Test func aReviewByTheOfficeIsRefusedNamingTheRule() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-staff"])
        let draft = try #require(fixture.state.findings.values.sorted { $0.id < $1.id }.first { $0.review == nil })
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/findings/\(draft.id)/review", method: .post, headers: fixture.headers("u-office-staff"),
                                     body: ByteBuffer(string: #"{"decision":"approved","opinion":"同意"}"#)) { response in
                #expect(response.status == .forbidden)
                let problem = try APITests.problem(response)
                #expect(problem.rule.hasPrefix("access."))
            }
        }
        #expect(await fixture.service.state.findings[draft.id] == draft)
    }

    @Test func aCityTakesInACountyPackageAndRefusesItsOwn() async throws {
        let county = try await APITests.Fixture(accounts: ["u-office-head"])
        let package = try await county.service.read { engine in try engine.exchangePackage(as: Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)) }
        let body = try JSONEncoder().encode(package)
        let countyApp = Application(router: InspectionAPI.router(service: county.service))
        try await countyApp.test(.router) { client in
            try await client.execute(uri: "/v1/exchange-packages", method: .post, headers: county.headers("u-office-head"), body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .conflict)
                let problem = try APITests.problem(response)
                #expect(problem.rule == "exchange.package")
            }
        }

        let city = try await InspectionService(store: InMemoryEventStore(), clock: ManualTimeSource(day: SampleDistrict.defaultToday))
        let head = Actor(id: "city-head", name: "市委巡察办主任", role: .office, isOfficeHead: true)
        try await city.execute(Command(actor: head, intent: .registerUser(UserAccount(id: "city-head", name: "市委巡察办主任", role: .office, isOfficeHead: true))))
        try await city.execute(Command(actor: head, intent: .registerOrganization(.init(id: "SZ", name: "中共三州市委员会", kind: .countyCommittee, parentID: nil, region: "三州"))))
        let secret = TokenSecret.generate()
        try await city.execute(Command(actor: head, intent: .issueToken(userID: "city-head", digest: TokenSecret.digest(of: secret), expiresOn: SampleDistrict.defaultToday.adding(days: 10))))
        let cityApp = Application(router: InspectionAPI.router(service: city))
        try await cityApp.test(.router) { client in
            try await client.execute(uri: "/v1/exchange-packages", method: .post, headers: [.authorization: "Bearer \(secret)"], body: ByteBuffer(bytes: body)) { response in
                #expect(response.status == .ok)
            }
        }
        #expect(await city.state.exchangePackages[package.source]?.findings.count == package.findings.count)
    }
}
