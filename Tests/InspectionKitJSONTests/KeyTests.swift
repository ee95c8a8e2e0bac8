#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

/// The signing and data keys: kept outside the store, owner-only, checked against the journal, rotated by a signed
/// checkpoint, a rotation cut short finished or undone.
@Suite("Store keys")
struct KeyTests {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        stat(path, &info)
        return info.st_mode & 0o777
    }

    private func vault() -> KeyDirectory { KeyDirectory(StoreFixtures.directory("keys")) }

    @Test func writesEveryFileOwnerOnlyWhateverTheUmask() async throws {
        let previous = umask(0)
        defer { umask(previous) }
        let keys = vault()
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: keys)
        try await store.append(Array(try StoreFixtures.sample.journal.prefix(20)), expectedLastSequence: 0)
        var state = InspectionState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        state.apply(try StoreFixtures.sample.journal.prefix(20))
        try await store.saveSnapshot(state)
        store.close()
        for root in [url, keys.url] {
            let enumerator = try #require(FileManager.default.enumerator(atPath: root.path))
            var seen = 0
            while let name = enumerator.nextObject() as? String {
                let path = root.appendingPathComponent(name).path
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                #expect(mode(path) == (isDirectory.boolValue ? 0o700 : 0o600), "\(path)")
                seen += 1
            }
            #expect(seen >= 3)
            #expect(mode(root.path) == 0o700)
        }
    }

    @Test func refusesAKeyDirectoryInsideTheStore() throws {
        let url = StoreFixtures.directory()
        #expect { _ = try JSONEventStore(at: url, keys: KeyDirectory(url.appendingPathComponent("keys"))) } throws: { error in
            (error as? StoreError)?.kind == .keys && (error as? StoreError)?.message.en.contains("inside the store directory") == true
        }
        #expect(!FileManager.default.fileExists(atPath: url.appendingPathComponent("manifest.json").path))
    }

    @Test func refusesToWriteWithoutTheSigningKeyOrWithAKeyOfAnotherStore() async throws {
        let keys = vault()
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: keys)
        let id = store.storeID
        store.close()
        // Another store's keys, copied in, are refused by name.
        let other = try JSONEventStore(at: StoreFixtures.directory(), keys: keys)
        let stranger = try #require(try keys.read(.signing, storeID: other.storeID))
        other.close()
        let signing = try #require(try keys.read(.signing, storeID: id))
        try keys.write(stranger, to: .signing, storeID: id)
        #expect { _ = try JSONEventStore(at: url, keys: keys) } throws: { error in
            (error as? StoreError)?.kind == .keys && (error as? StoreError)?.message.en.contains("belongs to store") == true
        }
        // Without it, nothing can be written; reading is still possible.
        try keys.remove(.signing, storeID: id)
        #expect { _ = try JSONEventStore(at: url, keys: keys) } throws: { error in
            (error as? StoreError)?.kind == .keys && (error as? StoreError)?.message.en.contains(keys.file(.signing, storeID: id).path) == true
        }
        #expect(try JSONEventStore(at: url, keys: keys, mode: .readOnly).lastSequence() == 0)
        // A key file others may read is refused until it is owner-only again.
        try keys.write(signing, to: .signing, storeID: id)
        chmod(keys.file(.signing, storeID: id).path, 0o644)
        #expect { _ = try JSONEventStore(at: url, keys: keys) } throws: { error in
            (error as? StoreError)?.kind == .keys && (error as? StoreError)?.message.en.contains("chmod 600") == true
        }
        chmod(keys.file(.signing, storeID: id).path, 0o600)
        try JSONEventStore(at: url, keys: keys).close()
    }

    @Test func takesKeysFromTheEnvironmentBeforeTheDirectory() throws {
        let keys = vault()
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: keys)
        let id = store.storeID
        store.close()
        let environment = ["INSPECT_SIGNING_KEY": try #require(try keys.read(.signing, storeID: id)), "INSPECT_DATA_KEY": try #require(try keys.read(.data, storeID: id))]
        try keys.remove(.signing, storeID: id)
        try keys.remove(.data, storeID: id)
        let fromEnvironment = EnvironmentKeyVault(environment: environment, fallback: keys)
        #expect(fromEnvironment.location(of: .signing, storeID: id) == "$INSPECT_SIGNING_KEY")
        try JSONEventStore(at: url, keys: fromEnvironment).close()
        #expect { _ = try JSONEventStore(at: url, keys: EnvironmentKeyVault(environment: [:], fallback: keys)) } throws: { ($0 as? StoreError)?.kind == .keys }
    }

    @Test func rotatesTheSigningKeyUnderACheckpointTheOldKeySigns() async throws {
        let keys = vault()
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: keys)
        let journal = try StoreFixtures.sample.journal
        try await store.append(Array(journal.prefix(10)), expectedLastSequence: 0)
        let old = store.publicKey
        let oldKeyFile = try #require(try keys.read(.signing, storeID: store.storeID))
        let new = try await store.rotateSigningKey()
        #expect(new != old && store.publicKey == new)
        try await store.append(Array(journal[10..<20]), expectedLastSequence: 10)
        let report = try store.verify(publicKey: old)
        #expect(report.signingKeys.count == 2 && report.events == 20)
        _ = try store.verify(publicKey: new)
        #expect { _ = try store.verify(publicKey: Hex.encode(CryptoSuites.standard.publicKey(ofSigningKey: CryptoSuites.standard.newSigningKey()))) } throws: {
            ($0 as? StoreError)?.message.en.contains("signed nothing in this journal") == true
        }
        let id = store.storeID
        store.close()
        // The old key can no longer write.
        let current = try #require(try keys.read(.signing, storeID: id))
        try keys.write(oldKeyFile, to: .signing, storeID: id)
        #expect { _ = try JSONEventStore(at: url, keys: keys) } throws: { ($0 as? StoreError)?.kind == .keys }
        try keys.write(current, to: .signing, storeID: id)
        let reopened = try JSONEventStore(at: url, keys: keys)
        try await reopened.append(Array(journal[20..<25]), expectedLastSequence: 20)
        #expect(try reopened.verify().events == 25)
        reopened.close()
    }

    @Test func finishesOrUndoesARotationThatACrashCutShort() async throws {
        let keys = vault()
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: keys)
        let id = store.storeID
        let before = store.publicKey
        store.close()
        // The new key was kept, but the rotation never reached the journal: the old key stays in force.
        let stray = KeyFile(kind: .signing, suite: CryptoSuites.standard.name, storeID: id, key: CryptoSuites.standard.newSigningKey())
        try keys.write(stray.line, to: .nextSigning, storeID: id)
        let undone = try JSONEventStore(at: url, keys: keys)
        #expect(undone.publicKey == before)
        #expect(try keys.read(.nextSigning, storeID: id) == nil)
        // The rotation reached the journal, but the new key had not yet replaced the old: opening finishes it.
        let old = try #require(try keys.read(.signing, storeID: id))
        let new = try await undone.rotateSigningKey()
        undone.close()
        try keys.write(try #require(try keys.read(.signing, storeID: id)), to: .nextSigning, storeID: id)
        try keys.write(old, to: .signing, storeID: id)
        let finished = try JSONEventStore(at: url, keys: keys)
        #expect(finished.publicKey == new)
        #expect(try keys.read(.nextSigning, storeID: id) == nil)
        try await finished.append([try StoreFixtures.sample.journal[0]], expectedLastSequence: 0)
        finished.close()
    }

    @Test func upgradesAFormatOneStoreIntoASignedStore() async throws {
        // A format-1 store as the first release wrote it: lines chained by SHA-256, no commits, a manifest of format 1.
        let old = StoreFixtures.directory("format1")
        try FileManager.default.createDirectory(at: old.appendingPathComponent("journal"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: old.appendingPathComponent("snapshots"), withIntermediateDirectories: true)
        try Data(#"{"createdAt":"2025-01-01T00:00:00Z","format":1,"kind":"InspectionKit JSON store"}"#.utf8).write(to: old.appendingPathComponent("manifest.json"))
        let journal = Array(try StoreFixtures.sample.journal.prefix(60))
        var text = Data()
        var previous = JournalRecord.genesisHash
        for event in journal {
            let (line, hash) = try JournalRecord.line(for: event, previousHash: previous, suite: CryptoSuites.standard)
            text += line
            previous = hash
        }
        try text.write(to: old.appendingPathComponent("journal/000000000001.jsonl"))
        #expect { _ = try JSONEventStore(at: old, keys: vault()) } throws: { error in
            (error as? StoreError)?.message.en.contains("inspect store upgrade") == true
        }
        let keys = vault()
        let target = StoreFixtures.directory("format2")
        let report = try await JSONEventStore.upgrade(from: old, to: target, keys: keys)
        #expect(report.events == 60 && report.formerHead == ChainHead(sequence: 60, hash: previous))
        let upgraded = try JSONEventStore(at: target, keys: keys)
        #expect(try upgraded.events(after: 0) == journal)
        #expect(try upgraded.verify().events == 60)
        let first = try #require(try StoreFixtures.journalFiles(target).first?.1.split(separator: 0x0A).first)
        #expect(String(decoding: first, as: UTF8.self).contains(#""upgradedFrom":{"hash":"\#(previous)","sequence":60}"#))
        upgraded.close()
    }
}
