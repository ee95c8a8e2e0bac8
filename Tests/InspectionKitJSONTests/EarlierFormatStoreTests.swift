import Foundation
@testable import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

/// Stores written by earlier versions, shipped as fixtures: they open, verify and replay to the state their own
/// snapshot holds — the state the code of their time computed — with no byte of theirs rewritten.
@Suite("Stores of earlier formats")
struct EarlierFormatStoreTests {
    /// A private copy of a fixture directory (owner-only, as a store's files are).
    static func copy(_ name: String) throws -> URL {
        let target = StoreFixtures.directory(name)
        try FileManager.default.copyItem(at: try GoldenJournalTests.fixture(name), to: target)
        let walker = FileManager.default.enumerator(at: target, includingPropertiesForKeys: [.isDirectoryKey])
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: target.path)
        while let url = walker?.nextObject() as? URL {
            let isDirectory = try url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory == true
            try FileManager.default.setAttributes([.posixPermissions: isDirectory ? 0o700 : 0o600], ofItemAtPath: url.path)
        }
        return target
    }

    static func journalBytes(_ store: URL) throws -> Data {
        try Data(contentsOf: store.appendingPathComponent("journal/000000000001.jsonl"))
    }

    /// The state this version computes from the events, less what it keeps that earlier versions did not (the
    /// rectification items' status histories), so that it compares with an earlier version's snapshot.
    static func replay(_ events: [RecordedEvent], through sequence: Int) throws -> InspectionState {
        withoutItemHistories(try Engine(replaying: events.filter { $0.sequence <= sequence }).state)
    }

    /// `state` without the items' status histories.
    static func withoutItemHistories(_ state: InspectionState) -> InspectionState {
        var state = state
        for id in state.rectificationItems.keys { state.rectificationItems[id]?.statusChanges = nil }
        return state
    }

    @Test func aFormat2StoreOpensVerifiesAndReplaysToTheStateItsSnapshotHolds() async throws {
        let url = try Self.copy("format-2-demo")
        let keys = KeyDirectory(try Self.copy("format-2-keys"))
        let before = try Self.journalBytes(url)
        let reader = try JSONEventStore(at: url, keys: keys, mode: .readOnly)
        let report = try reader.verify()
        #expect(report.events >= 1_165)
        let events = try reader.events(after: 0)
        let snapshot = try #require(try await reader.latestSnapshot())
        #expect(snapshot.lastSequence == 1_165)
        #expect(try Self.replay(events, through: snapshot.lastSequence) == snapshot)
        #expect(try StoreFixtures.manifest(url).format == 2, "a read-only opening changes nothing")
        reader.close()

        // Written to by this version: marked format 3, the old lines untouched, the new ones in the pinned format.
        let store = try JSONEventStore(at: url, keys: keys)
        let clock = ManualTimeSource(day: SampleDistrict.defaultToday)
        let service = try await InspectionService(store: store, clock: clock)
        #expect(Self.withoutItemHistories(await service.state) == (try Self.replay(events, through: events.count)))
        let office = Actor(id: "U-OFFICE-NEW", name: "巡察办", role: .office)
        try await service.execute(Command(actor: office, intent: .registerOrganization(.init(id: "QX-NEW", name: "新设党组织", kind: .villageBranch,
                                                                                             parentID: SampleDistrict.committeeID, region: "青溪"))))
        store.close()
        #expect(try StoreFixtures.manifest(url).format == JSONStoreFormat.current)
        let after = try Self.journalBytes(url)
        #expect(after.prefix(before.count) == before)
        let appended = String(decoding: after.dropFirst(before.count), as: UTF8.self)
        #expect(appended.contains("\"type\":\"registry.organizationRegistered\""))
        let reopened = try JSONEventStore(at: url, keys: keys, mode: .readOnly)
        #expect(try reopened.verify().events == events.count + 1)
        #expect(try reopened.events(after: 0).last?.event.type == .organizationRegistered)
    }

    @Test func aFormat1StoreUpgradesAndReplaysToTheStateItsSnapshotHolds() async throws {
        let url = try Self.copy("format-1-demo")
        let before = try Self.journalBytes(url)
        let snapshotData = try Data(contentsOf: url.appendingPathComponent("snapshots/000000001165.json"))
        let snapshot = try JournalLineCodec.decoder().decode(SnapshotFile.self, from: snapshotData).state
        let target = StoreFixtures.directory("upgraded")
        let upgrade = try await JSONEventStore.upgrade(from: url, to: target, keys: StoreFixtures.keys)
        #expect(upgrade.events == 1_165)
        #expect(try Self.journalBytes(url) == before, "the old store is not changed")
        let upgraded = try JSONEventStore(at: target, keys: StoreFixtures.keys, mode: .readOnly)
        #expect(try upgraded.verify().events == 1_165)
        #expect(try Self.replay(upgraded.events(after: 0), through: 1_165) == snapshot)
    }
}
