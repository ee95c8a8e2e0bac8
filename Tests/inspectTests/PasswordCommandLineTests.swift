import Foundation
import InspectionKit
import InspectionKitHTTP
import InspectionKitJSON
import Testing

/// `inspect user password`: the password comes from standard input, never the command line; only its bcrypt hash is
/// kept; the office head sets anyone's, an account its own, nobody else anyone's.
@Suite("inspect: sign-in passwords")
struct PasswordCommandLineTests {
    @Test func setsAPasswordFromStandardInputKeepingOnlyItsHash() async throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-password-\(UUID().uuidString)")
        func run(_ arguments: [String], as user: String, stdin: String? = nil) throws -> InspectProcess.Output {
            try InspectProcess.run(arguments, store: store, as: user, lang: "en", stdin: stdin)
        }
        #expect(try run(["store", "init", "--admin", "zhou", "--name", "周主任"], as: "zhou").status == 0)
        #expect(try run(["user", "add", "aud", "--name", "审计组", "--role", "auditor"], as: "zhou").status == 0)
        #expect(try run(["user", "add", "ld", "--name", "领导小组", "--role", "leadingGroup"], as: "zhou").status == 0)

        let password = "青溪巡察-2026-春"
        let set = try run(["user", "password", "aud"], as: "zhou", stdin: password + "\n")
        #expect(set.status == 0 && set.out.contains("Set the sign-in password of aud"), "\(set.err)")
        // The account changes its own; another account may not.
        #expect(try run(["user", "password", "aud"], as: "aud", stdin: "新的登录密码-2026\n").status == 0)
        let other = try run(["user", "password", "aud"], as: "ld", stdin: "别人的登录密码-2026\n")
        #expect(other.status == 2 && other.err.contains("[access.identity]"), "\(other.err)")
        // A weak password, none at all, or one on the command line is refused before anything is recorded.
        let weak = try run(["user", "password", "aud"], as: "zhou", stdin: "short\n")
        #expect(weak.status == 64 && weak.err.contains("at least 10 characters"), "\(weak.err)")
        #expect(try run(["user", "password", "aud"], as: "zhou", stdin: "aud-aud-aud-123\n").status == 64, "a password holding the account's name")
        #expect(try run(["user", "password", "aud"], as: "zhou").status == 64, "no password on standard input")
        #expect(try run(["user", "password", "aud", "--password", password], as: "zhou").status == 64)

        // The journal holds two bcrypt hashes, the last of the account's own password, and neither password.
        let opened = try JSONEventStore(at: store, keys: InspectProcess.keys, mode: .readOnly, create: false)
        defer { opened.close() }
        let credentials = try opened.events(after: 0).compactMap { event -> PasswordCredential? in
            if case .accounts(.passwordSet(let credential)) = event.event { credential } else { nil }
        }
        #expect(credentials.count == 2)
        #expect(try await Passwords.verify("新的登录密码-2026", digest: try #require(credentials.last).digest))
        #expect(try await !Passwords.verify(password, digest: try #require(credentials.last).digest))
        for file in FileManager.default.enumerator(at: store, includingPropertiesForKeys: nil)?.compactMap({ $0 as? URL }) ?? [] {
            let text = String(decoding: (try? Data(contentsOf: file)) ?? Data(), as: UTF8.self)
            #expect(!text.contains(password) && !text.contains("新的登录密码"), "\(file.lastPathComponent) holds a password")
        }
    }
}
