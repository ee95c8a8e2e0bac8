import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// `POST /v1/users/{id}/password`: the password is checked and hashed by the server, only the hash reaches the record,
/// and the answer never repeats the password.
@Suite("The HTTP API: sign-in passwords")
struct PasswordRouteTests {
    @Test func setsAPasswordKeepingOnlyItsHashAndRefusesWeakOnesAndOtherAccounts() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head", "u-office-staff"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let password = "巡察办-登录密码-01"
        let (set, weak, other, echoed) = try await app.test(.router) { client in
            let uri = "/v1/users/u-office-staff/password"
            let set = try await client.execute(uri: uri, method: .post, headers: fixture.headers("u-office-staff"),
                                               body: ByteBuffer(string: #"{"password":"\#(password)"}"#)) { ($0.status, String(buffer: $0.body)) }
            let weak = try await client.execute(uri: uri, method: .post, headers: fixture.headers("u-office-staff"),
                                                body: ByteBuffer(string: #"{"password":"aaaaaaaaaaaa"}"#)) { ($0.status, try APITests.problem($0).detail) }
            let other = try await client.execute(uri: "/v1/users/u-office-head/password", method: .post, headers: fixture.headers("u-office-staff"),
                                                 body: ByteBuffer(string: #"{"password":"\#(password)"}"#)) { ($0.status, try APITests.problem($0).rule) }
            return (set.0, weak, other, set.1)
        }
        #expect(set == .ok)
        #expect(!echoed.contains(password) && !echoed.contains("$2b$"), "the answer repeats neither the password nor its hash: \(echoed)")
        #expect(weak.0 == .unprocessableContent && weak.1.contains("password"), "\(weak)")
        #expect(other.0 == .forbidden && other.1 == "access.identity")
        let credential = try #require(await fixture.service.state.passwords["u-office-staff"])
        #expect(PasswordCredential.isBcryptDigest(credential.digest))
        #expect(try await Passwords.verify(password, digest: credential.digest))
        let journal = try await fixture.journal()
        #expect(!journal.contains { String(describing: $0).contains(password) })
    }
}
