import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// Tokens issued through the API, the exchange package read by a level above, and a taxonomy adopted.
@Suite("The HTTP API's accounts, exchange and taxonomy")
struct AccountRouteTests {
    /// A token-issuing step's answer: the token's id among the records created, and the secret, this once.
    struct Issued: Decodable {
        let created: [String]
        let secret: String
    }

    @Test func theOfficeHeadIssuesATokenThatWorksAtOnceAndTheAuditorCannot() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head", "u-auditor"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let expires = #"{"expiresOn":"\#(fixture.today.adding(days: 90).iso)"}"#
        let (refusal, me, issued) = try await app.test(.router) { client in
            let refusal = try await client.execute(uri: "/v1/users/u-office-staff/tokens", method: .post, headers: fixture.headers("u-auditor"),
                                                   body: ByteBuffer(string: expires)) { response in
                (response.status, (try? APITests.problem(response).rule) ?? "")
            }
            let issued = try await client.execute(uri: "/v1/users/u-office-staff/tokens", method: .post, headers: fixture.headers("u-office-head"),
                                                  body: ByteBuffer(string: expires)) { response in
                #expect(response.status == .created)
                return try JSONDecoder().decode(Issued.self, from: Data(buffer: response.body))
            }
            let me = try await client.execute(uri: "/v1/me", method: .get, headers: [.authorization: "Bearer \(issued.secret)"]) { response in
                String(buffer: response.body)
            }
            return (refusal, me, issued)
        }
        #expect(refusal.0 == .forbidden)
        #expect(refusal.1.hasPrefix("access."))
        #expect(me.contains("u-office-staff"))
        #expect(issued.created.count == 1 && issued.created.first?.hasPrefix("TOK") == true)
        // Only the digest is kept.
        let state = await fixture.service.state
        #expect(state.tokens.values.allSatisfy { !$0.digest.hasPrefix("ik_") })
    }

    @Test func theExchangePackageGoesToTheOfficeAndNotToATeamMember() async throws {
        let probe = try await APITests.Fixture(accounts: [])
        let member = try #require(probe.state.users.values.sorted { $0.id < $1.id }.first { $0.role == .teamMember })
        let fixture = try await APITests.Fixture(accounts: ["u-office-head", member.id.rawValue])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/exchange-package", method: .get, headers: fixture.headers("u-office-head")) { response in
                #expect(response.status == .ok)
                let package = try JSONDecoder().decode(ExchangePackage.self, from: Data(buffer: response.body))
                #expect(!package.findings.isEmpty)
            }
            try await client.execute(uri: "/v1/exchange-package", method: .get, headers: fixture.headers(member.id.rawValue)) { response in
                #expect(response.status == .forbidden)
            }
        }
    }

    @Test func aTaxonomyThatIsNotATreeIsRefusedNamingItsNodes() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let orphan = #"{"name":{"zh":"问题分类","en":"Problem taxonomy"},"version":"2027","nodes":[{"code":"1","zh":"政治","en":"Political"},{"code":"1.1","parent":"9","zh":"学习","en":"Study"}]}"#
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/taxonomy", method: .post, headers: fixture.headers("u-office-head"), body: ByteBuffer(string: orphan)) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try APITests.problem(response)
                #expect(problem.detail.contains("nodes"))
            }
        }
        #expect(await fixture.service.state == fixture.state)
    }
}
