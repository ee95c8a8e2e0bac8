import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

/// What someone who can write the store directory, but holds none of its keys, might try: each attempt is refused by
/// opening and by verification, naming what failed.
@Suite("Tampering without the keys")
struct TamperTests {
    /// A store of the small sample district with a snapshot at its end, closed.
    private func sampleStore() async throws -> URL {
        let url = StoreFixtures.directory("tamper")
        let store = try await StoreFixtures.store(at: url, events: try StoreFixtures.sample.journal.count)
        try await store.saveSnapshot(try StoreFixtures.sample.state)
        store.close()
        return url
    }

    private func segment(_ url: URL) throws -> URL { try #require(try StoreFixtures.journalFiles(url).last).0 }

    private func lines(_ file: URL) throws -> [Data] {
        try Data(contentsOf: file).split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
    }

    private func write(_ lines: [Data], to file: URL) throws {
        try lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }.write(to: file)
    }

    /// Open (for writing) and full verification both refuse, with a damaged-store error containing `expected`.
    private func expectRefused(_ url: URL, naming expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(sourceLocation: sourceLocation) { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys) } throws: { error in
            let error = error as? StoreError
            return error?.kind == .damaged && error?.message.en.contains(expected) == true && error?.message.zh.isEmpty == false
        }
        #expect(sourceLocation: sourceLocation) { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly).verify() } throws: { error in
            (error as? StoreError)?.kind == .damaged && (error as? StoreError)?.message.en.contains(expected) == true
        }
    }

    /// A line opening a new office head's account after the journal's last event, chained and hashed as the store
    /// would (but announced by no signed commit), with the sequence it takes.
    private func forgedAccountLine(after lines: [Data]) throws -> (line: Data, sequence: Int) {
        let sequence = try StoreFixtures.sample.journal.count + 1
        let forged = RecordedEvent(sequence: sequence, recordedAt: Date(), actor: "u-office-head", role: .office, reason: "",
                                   event: .userRegistered(UserAccount(id: "u-intruder", name: "冒名者", role: .office, isOfficeHead: true)))
        let previous = try #require(lines.last { $0.starts(with: Data(#"{"seq":"#.utf8)) })
        let previousHash = try #require(String(decoding: previous, as: UTF8.self).split(separator: "\"").dropLast().last.map(String.init))
        return (try JournalRecord.line(for: forged, previousHash: previousHash, suite: CryptoSuites.standard).line.dropLast(), sequence)
    }

    @Test func passesOverAnEditedSnapshotAndVerificationRefusesIt() async throws {
        let url = try await sampleStore()
        let file = url.appendingPathComponent("snapshots").appendingPathComponent(StoreLayout.pad(try StoreFixtures.sample.journal.count) + ".json")
        let text = try String(contentsOf: file, encoding: .utf8)
        let promoted = text.replacingOccurrences(of: #""isOfficeHead":false,"name":"审计监督员","role":"auditor""#, with: #""isOfficeHead":true,"name":"审计监督员","role":"office""#)
        #expect(promoted != text)
        try Data(promoted.utf8).write(to: file)

        let store = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let state = try await store.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        // The state comes from the journal, not from the edited file.
        #expect(state.users[UserID("u-auditor")]?.isOfficeHead == false)
        #expect(state == (try StoreFixtures.sample.state))
        #expect(store.openReport.rejectedSnapshots.first?.contains("its digest is in no signed checkpoint") == true)
        #expect { _ = try store.verify() } throws: { error in
            (error as? StoreError)?.message.en.contains("Snapshot \(file.lastPathComponent) fails verification: its digest is in no signed checkpoint") == true
        }
        store.close()
    }

    @Test func refusesALineAppendedAndRehashedWithoutTheKey() async throws {
        let url = try await sampleStore()
        let file = try segment(url)
        var all = try lines(file)
        let (line, sequence) = try forgedAccountLine(after: all)
        all.append(line)
        try write(all, to: file)
        // The forged line is well formed: its own hash and its link to the journal's last record both hold.
        #expect(line.withUnsafeBytes { if case .success = LineView.check($0, suite: CryptoSuites.standard) { true } else { false } })
        expectRefused(url, naming: "line \(all.count) (sequence \(sequence)): no signed commit announces this record")
    }

    @Test func refusesAWriteSignedWithAnotherKey() async throws {
        let url = try await sampleStore()
        let file = try segment(url)
        var all = try lines(file)
        let (line, sequence) = try forgedAccountLine(after: all)
        let head = String(String(decoding: line, as: UTF8.self).dropLast(2).suffix(64))
        // The intruder's own key, named as the store's key id (the real key id is public).
        let manifest = try StoreFixtures.manifest(url)
        let suite = CryptoSuites.standard
        let intruderKey = suite.newSigningKey()
        let realKeyID = suite.keyID(try #require(Hex.decode(manifest.signingKey ?? "")), purpose: "signing")
        let commit = try CommitRecord.line(first: sequence, last: sequence, head: head, suite: suite.name, keyID: realKeyID, at: 0, extensions: nil,
                                           storeID: manifest.storeID ?? "", sign: { message throws(StoreError) in try suite.sign(message, with: intruderKey) })
        all.append(commit.dropLast())
        all.append(line)
        try write(all, to: file)
        expectRefused(url, naming: "line \(all.count - 1) (sequence \(sequence)): the commit's signature is invalid")
    }

    @Test func refusesARewrittenTail() async throws {
        let url = try await sampleStore()
        let file = try segment(url)
        var all = try lines(file)
        // Change the last event and re-hash it; its commit's head is re-hashed too, but cannot be re-signed.
        let index = try #require(all.lastIndex { $0.starts(with: Data(#"{"seq":"#.utf8)) })
        let original = try #require(String(decoding: all[index], as: UTF8.self).components(separatedBy: #","hash":""#).first)
        let previousHash = try #require(original.components(separatedBy: #""prev":""#).last?.prefix(64))
        let eventStart = try #require(original.range(of: #","event":"#)).upperBound
        var event = try JournalLineCodec().decode(line: Data(original[eventStart...].utf8), lineNumber: 0)
        event.reason = "rewritten"
        let (line, hash) = try JournalRecord.line(for: event, previousHash: String(previousHash), suite: CryptoSuites.standard)
        all[index] = line.dropLast()
        let commitIndex = try #require(all[..<index].lastIndex { $0.starts(with: Data(#"{"commit":"#.utf8)) })
        let commitText = String(decoding: all[commitIndex], as: UTF8.self)
        let oldHead = try #require(commitText.components(separatedBy: #""head":""#).last?.prefix(64))
        // Every commit from there on that names the old head (the snapshot's checkpoint too) is made to name the new one.
        for i in commitIndex..<all.count where all[i].starts(with: Data(#"{"commit":"#.utf8)) {
            all[i] = Data(String(decoding: all[i], as: UTF8.self).replacingOccurrences(of: String(oldHead), with: hash).utf8)
        }
        try write(all, to: file)
        // Opening checks the last commit's signature, verification every one from the first: both name a bad signature.
        expectRefused(url, naming: "the commit's signature is invalid")
    }

    @Test func refusesADeletedMiddleLineAndASwappedPair() async throws {
        let deleted = try await sampleStore()
        var all = try lines(try segment(deleted))
        let middle = try #require(all.indices.dropFirst(all.count / 2).first { all[$0].starts(with: Data(#"{"seq":"#.utf8)) && all[$0 + 1].starts(with: Data(#"{"seq":"#.utf8)) })
        all.remove(at: middle)
        try write(all, to: try segment(deleted))
        expectRefused(deleted, naming: "line \(middle + 1) ")

        let swapped = try await sampleStore()
        all = try lines(try segment(swapped))
        all.swapAt(middle, middle + 1)
        try write(all, to: try segment(swapped))
        expectRefused(swapped, naming: "line \(middle + 1) ")
    }

    @Test func aKeyKeptElsewhereCatchesASwappedManifestKey() async throws {
        let url = try await sampleStore()
        let manifest = try StoreFixtures.manifest(url)
        let realKey = try #require(manifest.signingKey)
        // The intruder puts their own public key in the manifest and re-signs every commit with it.
        let suite = CryptoSuites.standard
        let intruderKey = suite.newSigningKey()
        let intruderPublic = try suite.publicKey(ofSigningKey: intruderKey)
        let intruderID = suite.keyID(intruderPublic, purpose: "signing")
        var swapped = manifest
        swapped.signingKey = Hex.encode(intruderPublic)
        try JSONEventStore.writeManifest(swapped, StoreLayout(root: url))
        for (file, _) in try StoreFixtures.journalFiles(url) {
            let resigned = try lines(file).map { line -> Data in
                guard let commit = try? line.withUnsafeBytes({ try CommitRecord.parse($0).get() }) else { return line }
                return try CommitRecord.line(first: commit.first, last: commit.last, head: commit.head, suite: commit.suite, keyID: intruderID, at: commit.at,
                                             extensions: commit.extensions, storeID: manifest.storeID ?? "",
                                             sign: { message throws(StoreError) in try suite.sign(message, with: intruderKey) }).dropLast()
            }
            try write(resigned, to: file)
        }
        // Alone, the store now agrees with itself…
        #expect(try JSONEventStore(at: url, keys: InMemoryKeyVault(), mode: .readOnly).verify().commits > 0)
        // …but the office's signing key is not the key in force, and the public key kept elsewhere signed nothing.
        #expect { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys) } throws: { ($0 as? StoreError)?.kind == .keys }
        #expect {
            _ = try JSONEventStore(at: url, keys: InMemoryKeyVault(), mode: .readOnly).verify(publicKey: realKey)
        } throws: { error in
            (error as? StoreError)?.message.en.contains("The public key kept elsewhere (\(suite.keyID(try #require(Hex.decode(realKey)), purpose: "signing"))) signed nothing in this journal") == true
        }
    }
}
