import Testing
@testable import InspectionKit

/// Sign-in passwords: set by the account itself or the office head, kept only as a bcrypt hash; sign-ins, sign-outs and
/// refused sign-ins are in the audit trail as the account's own events.
@Suite("Passwords and sign-ins")
struct PasswordTests {
    /// A well-formed bcrypt hash (cost 12) of some password.
    static let digest = "$2b$12$" + String(repeating: "a", count: 22) + String(repeating: "B", count: 31)

    private func world() throws -> World {
        var world = try World()
        try world.run(world.office, .registerUser(UserAccount(id: "office-head", name: "巡察办主任", role: .office, isOfficeHead: true)))
        try world.run(world.officeHead, .registerUser(UserAccount(id: "u-I3", name: "组员", role: .teamMember, inspectorID: "I3")))
        try world.run(world.officeHead, .registerUser(UserAccount(id: "u-I4", name: "组员", role: .teamMember, inspectorID: "I4")))
        return world
    }

    @Test func theOfficeHeadSetsAnAccountsPasswordAndTheAccountChangesItsOwn() throws {
        var world = try world()
        try world.run(world.officeHead, .setPassword("u-I3", digest: Self.digest))
        #expect(world.engine.state.passwords["u-I3"] == PasswordCredential(userID: "u-I3", digest: Self.digest, setOn: world.today, setBy: "office-head"))
        let changed = "$2b$12$" + String(repeating: "c", count: 53)
        let events = try world.run(world.member("I3"), .setPassword("u-I3", digest: changed))
        #expect(world.engine.state.passwords["u-I3"]?.digest == changed && world.engine.state.passwords["u-I3"]?.setBy == "u-I3")
        #expect(events.first?.event.summary(.english) == "u-I3 changed its sign-in password")
        #expect(!(events.first?.event.summary(.chinese).contains("$2b$") ?? true), "the hash is never in a summary")
    }

    @Test func refusesAPasswordSetByAnotherAccountOrNotABcryptHash() throws {
        var world = try world()
        world.assertRefusal(.accessIdentity, world.member("I4"), .setPassword("u-I3", digest: Self.digest))
        world.assertRefusal(.accessIdentity, world.office, .setPassword("u-I3", digest: Self.digest))
        world.assertRefusal(.invalidInput, world.officeHead, .setPassword("u-I3", digest: "password123"))
        world.assertRefusal(.invalidInput, world.officeHead, .setPassword("u-I3", digest: "$2b$04$" + String(repeating: "a", count: 53)))
        world.assertRefusal(.invalidInput, world.officeHead, .setPassword("u-I3", digest: "$2b$12$" + String(repeating: "!", count: 53)))
        world.assertRefusal(.unknownRecord, world.officeHead, .setPassword("nobody", digest: Self.digest))
        try world.run(world.officeHead, .deactivateUser("u-I4"))
        world.assertRefusal(.invalidInput, world.officeHead, .setPassword("u-I4", digest: Self.digest))
        world.assertRefusal(.accessIdentity, world.office, .setPassword("u-I3", digest: Self.digest), reason: "补录", occurredOn: world.today.adding(days: -30))
    }

    @Test func signInsAreTheAccountsOwnEventsInTheAuditTrail() throws {
        var world = try world()
        world.engine.recordSignedIn("u-I3", address: "10.0.0.7")
        world.engine.recordRefusedSignIn("u-I3", address: "10.0.0.8", rule: .signInCredentials)
        world.engine.recordSignedOut("u-I3", address: "10.0.0.7")
        world.engine.recordRefusedSignIn("no-such-account", address: "10.0.0.9", rule: .signInCredentials)
        let trail = world.engine.journal.suffix(3)
        #expect(trail.map(\.event.type) == [.signedIn, .signInRefused, .signedOut])
        #expect(trail.allSatisfy { $0.actor == "u-I3" && $0.role == .teamMember })
        #expect(trail.map { $0.event.summary(.english) } == ["Signed in to the workbench from 10.0.0.7", "Refused a sign-in from 10.0.0.8 (signIn.credentials)",
                                                            "Signed out of the workbench from 10.0.0.7"])
        #expect(!world.engine.journal.contains { $0.actor == "no-such-account" }, "a name that is no account is attributed to no one")
    }

    @Test func recognizesTheShapeOfABcryptHash() {
        #expect(PasswordCredential.isBcryptDigest(Self.digest))
        #expect(PasswordCredential.isBcryptDigest("$2y$10$" + String(repeating: "/", count: 53)))
        #expect(!PasswordCredential.isBcryptDigest("$2b$12$" + String(repeating: "a", count: 52)))
        #expect(!PasswordCredential.isBcryptDigest("$1$12$" + String(repeating: "a", count: 54)))
        #expect(!PasswordCredential.isBcryptDigest("$2b$xx$" + String(repeating: "a", count: 53)))
    }
}
