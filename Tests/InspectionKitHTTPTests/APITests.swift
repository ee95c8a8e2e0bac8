import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitHTTP
import Testing

/// The REST API through Hummingbird's testing client, over the sample district: authentication, the access policy,
/// confidentiality, optimistic concurrency, malformed bodies and the OpenAPI document.
@Suite("The HTTP API")
struct APITests {
    /// A service over the small sample district with a token for each account named.
    struct Fixture {
        let service: InspectionService
        let store: any EventStore
        let state: InspectionState
        let today: Day
        let tokens: [String: String]

        init(accounts: [String], store: any EventStore = InMemoryEventStore()) async throws {
            let (_, driver) = try SampleDistrict.engine(size: .small)
            try await store.append(driver.engine.journal, expectedLastSequence: 0)
            service = try await InspectionService(store: store, clock: driver.clock)
            self.store = store
            let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
            var tokens: [String: String] = [:]
            let today = service.today
            for account in accounts {
                let secret = TokenSecret.generate()
                try await service.execute(Command(actor: head, intent: .issueToken(userID: UserID(account), digest: TokenSecret.digest(of: secret), expiresOn: today.adding(days: 30))))
                tokens[account] = secret
            }
            self.tokens = tokens
            self.today = today
            state = await service.state
        }

        /// The journal as the store holds it (every acknowledged event, audit events included).
        func journal() async throws -> [RecordedEvent] {
            try await service.flushed()
            return try await store.events(after: 0)
        }

        func headers(_ account: String?, language: String = "en") -> HTTPFields {
            var fields: HTTPFields = [.acceptLanguage: language]
            if let account, let secret = tokens[account] { fields[.authorization] = "Bearer \(secret)" }
            return fields
        }
    }

    static func problem(_ response: TestResponse) throws -> ProblemDetails {
        try JSONDecoder().decode(ProblemDetails.self, from: Data(buffer: response.body))
    }

    @Test func refusesRequestsWithoutAValidToken() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/me", method: .get) { response in
                #expect(response.status == .unauthorized)
                let problem = try Self.problem(response)
                #expect(problem.rule == "http.unauthorized")
            }
            try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer ik_not-a-token"]) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/v1/me", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .ok)
                #expect(response.headers[values: RequestIDMiddleware.header!].count == 1)
            }
        }
    }

    @Test func aRevokedTokenStopsWorkingAtOnce() async throws {
        let fixture = try await Fixture(accounts: ["u-office-staff"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let token = try #require(fixture.state.tokens.values.first)
        try await fixture.service.execute(Command(actor: Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true), intent: .revokeToken(token.id)))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/me", method: .get, headers: fixture.headers("u-office-staff")) { response in
                #expect(response.status == .unauthorized)
            }
        }
    }

    @Test func aTeamMemberSeesOnlyTheirOwnInspectionsAndTheRefusalNamesTheRule() async throws {
        let fixture = try await Fixture(accounts: ["u-INS-001"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let member = try #require(fixture.state.users["u-INS-001"]).actor
        let visible = fixture.state.inspections.values.filter { AccessPolicy.canRead(member, .inspection($0.id), state: fixture.state, today: fixture.today) }
        let hidden = try #require(fixture.state.inspections.values.first { !AccessPolicy.canRead(member, .inspection($0.id), state: fixture.state, today: fixture.today) })
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/inspections/\(hidden.id)", method: .get, headers: fixture.headers("u-INS-001")) { response in
                #expect(response.status == .forbidden)
                let problem = try Self.problem(response)
                #expect(problem.rule.hasPrefix("access."))
            }
            try await client.execute(uri: "/v1/inspections?limit=500", method: .get, headers: fixture.headers("u-INS-001")) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((body?["items"] as? [Any])?.count == visible.count)
            }
            try await client.execute(uri: "/v1/statistics/findings", method: .get, headers: fixture.headers("u-INS-001", language: "zh")) { response in
                #expect(response.status == .forbidden)
                let problem = try Self.problem(response)
                #expect(problem.rule == "access.role" && problem.detail.contains("统计"))
            }
        }
    }

    @Test func petitionerIdentityReachesOnlyTheOfficeHeadAndEveryReadIsAudited() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head", "u-office-staff"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let petition = try #require(fixture.state.petitions.values.first { $0.petitioner != nil && $0.registeredBy != "u-office-staff" })
        let name = try #require(petition.petitioner?.name)
        let before = await fixture.service.state.lastSequence
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/inspections/\(petition.inspectionID)/petitions", method: .get, headers: fixture.headers("u-office-staff")) { response in
                #expect(response.status == .ok)
                #expect(!String(buffer: response.body).contains(name))
            }
            try await client.execute(uri: "/v1/inspections/\(petition.inspectionID)/petitions", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(name))
            }
        }
        let trail = await fixture.service.state.lastSequence
        #expect(trail > before, "the petition reads were not audited")
    }

    @Test func leadsAreForTheirCustodiansAndTheOfficeHead() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head", "u-office-staff"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let lead = try #require(fixture.state.leads.values.first)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/leads/\(lead.id)", method: .get, headers: fixture.headers("u-office-staff")) { response in
                #expect(response.status == .forbidden)
                let problem = try Self.problem(response)
                #expect(problem.rule.hasPrefix("access."))
            }
            try await client.execute(uri: "/v1/leads/\(lead.id)", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .ok)
            }
        }
        let last = await fixture.service.state.lastSequence
        #expect(last > fixture.state.lastSequence)
    }

    @Test func aStaleWriteIsRefusedWith412AndChangesNothing() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let item = try #require(fixture.state.rectificationItems.values.sorted { $0.id < $1.id }.first { $0.status == .inProgress || $0.status == .notStarted })
        let head = try #require(fixture.state.inspections[item.inspectionID].flatMap { fixture.state.organizations[$0.targetID]?.head?.userID })
        let fixtureWithHead = try await Fixture(accounts: [head.rawValue])
        let headApp = Application(router: InspectionAPI.router(service: fixtureWithHead.service))
        _ = app
        try await headApp.test(.router) { client in
            let tag = try await client.execute(uri: "/v1/rectification-items/\(item.id)", method: .get, headers: fixtureWithHead.headers(head.rawValue)) { response in
                #expect(response.status == .ok)
                return response.headers[.eTag] ?? ""
            }
            var stale = fixtureWithHead.headers(head.rawValue)
            stale[.ifMatch] = "\"0000000000000000\""
            let body = ByteBuffer(string: #"{"status":"inProgress","note":"推进中"}"#)
            try await client.execute(uri: "/v1/rectification-items/\(item.id)/progress", method: .post, headers: stale, body: body) { response in
                #expect(response.status == .preconditionFailed)
            }
            #expect(await fixtureWithHead.service.state.rectificationItems[item.id] == fixtureWithHead.state.rectificationItems[item.id])
            var fresh = fixtureWithHead.headers(head.rawValue)
            fresh[.ifMatch] = tag
            try await client.execute(uri: "/v1/rectification-items/\(item.id)/progress", method: .post, headers: fresh, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.eTag] != tag)
            }
        }
    }

    @Test(arguments: [
        (#"{"status":"inProgress","note":"x","extra":1}"#, 422, "extra"),
        (#"{"status":"sideways","note":"x"}"#, 422, "status"),
        (#"{"status":"inProgress"}"#, 422, "note"),
        (#"{"status":"inProgress","note":12}"#, 422, "note"),
        (#"not json"#, 400, "$"),
    ])
    func refusesAMalformedBodyNamingTheField(body: String, status: Int, field: String) async throws {
        let fixture = try await Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let item = try #require(fixture.state.rectificationItems.values.sorted { $0.id < $1.id }.first)
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/rectification-items/\(item.id)/progress", method: .post, headers: fixture.headers("u-office-head"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(Int(response.status.code) == status)
                let problem = try Self.problem(response)
                #expect(problem.detail.contains(field))
            }
        }
        #expect(await fixture.service.state.lastSequence == fixture.state.lastSequence)
    }

    @Test func refusesAnOversizedBody() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let item = try #require(fixture.state.rectificationItems.values.first)
        let body = #"{"status":"inProgress","note":""# + String(repeating: "长", count: 40_000) + #""}"#
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/rectification-items/\(item.id)/progress", method: .post, headers: fixture.headers("u-office-head"),
                                     body: ByteBuffer(string: body)) { response in
                #expect(response.status == .contentTooLarge)
            }
        }
    }

    @Test func answersStatisticsQueriesAndRefusesBadParameters() async throws {
        let fixture = try await Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/statistics/findings?by=round&by=area&withOverdue=true&percentiles=50,90", method: .get,
                                     headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .ok)
                let result = try JSONDecoder().decode(FindingQueryResult.self, from: Data(buffer: response.body))
                #expect(result.dimensions == [.round, .category(depth: 0)])
                #expect(result.rows.allSatisfy { $0.overdue != nil && $0.daysToClose.count == 2 })
            }
            try await client.execute(uri: "/v1/statistics/findings?by=weather", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .badRequest)
            }
            try await client.execute(uri: "/v1/inspections?limit=0", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .badRequest)
            }
            for path in ["/v1/statistics/leads", "/v1/statistics/accountability", "/v1/statistics/relapse", "/v1/audit?last=5", "/v1/rectification-items?overdue=true"] {
                try await client.execute(uri: path, method: .get, headers: fixture.headers("u-office-head")) { response in
                    #expect(response.status == .ok, "\(path)")
                }
            }
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNoOther() async throws {
        let fixture = try await Fixture(accounts: [])
        let router = InspectionAPI.router(service: fixture.service)
        let routes = Set(router.routes.map { route in
            "\(route.method.rawValue.lowercased()) " + route.path.description.split(separator: "/").map { $0.hasPrefix(":") ? "{\($0.dropFirst())}" : String($0) }
                .reduce("") { $0 + "/" + $1 }
        })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.data)) as? [String: Any])
        #expect(document["openapi"] as? String == "3.1.0")
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let documented = Set(paths.flatMap { path, operations in operations.keys.map { "\($0) \(path)" } })
        #expect(routes == documented)
        let app = Application(router: router)
        try await app.test(.router) { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(Data(buffer: response.body) == Data(OpenAPIDocument.data))
            }
        }
    }
}
