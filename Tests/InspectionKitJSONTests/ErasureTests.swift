import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

/// Crypto-shredding: erasing a record's content destroys its key, so nothing in the store opens it again; the events,
/// the chain and the rest of the record stay, and an erasure cut short by a crash is finished on opening.
@Suite("Erasing confidential content")
struct ErasureTests {
    private let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)

    /// A JSON store holding the small sample district, with a service on it and a lead that was disposed of.
    private func disposedLead() async throws -> (URL, JSONEventStore, InspectionService, Lead) {
        let url = StoreFixtures.directory("erasure")
        let store = try await StoreFixtures.store(at: url, events: try StoreFixtures.sample.journal.count)
        let service = try await InspectionService(store: store, clock: ManualTimeSource(day: SampleDistrict.defaultToday))
        let lead = try #require(await service.state.leads.values.sorted { $0.id < $1.id }.first { $0.disposition != nil })
        return (url, store, service, lead)
    }

    private func keyTable(_ url: URL) throws -> String { try String(contentsOf: url.appendingPathComponent("record-keys.jsonl"), encoding: .utf8) }

    @Test func erasingALeadDestroysItsKeyAndKeepsTheChain() async throws {
        let (url, store, service, lead) = try await disposedLead()
        #expect(try keyTable(url).contains(#""record":"lead:\#(lead.id)","wrapped""#))
        try await service.execute(Command(actor: head, intent: .eraseConfidentialContent(.lead(lead.id)), reason: "保管期限届满（十年）"))
        try await service.snapshot()
        #expect(await service.state.leads[lead.id]?.subjectName == "")
        #expect(await service.state.erasedContent.contains(.lead(lead.id)))
        // The key is gone; a tombstone says when and by which event.
        let table = try keyTable(url)
        #expect(!table.contains(#""record":"lead:\#(lead.id)","wrapped""#))
        #expect(table.contains(#""erased":"#) && table.contains(#""record":"lead:\#(lead.id)""#))
        store.close()

        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let report = try reopened.verify()
        #expect(report.events == (try StoreFixtures.sample.journal.count) + 1)
        // Replayed from the journal alone, and from the snapshot: the content is empty, the rest is intact.
        let events = try reopened.events(after: 0)
        let registered = try #require(events.lazy.compactMap { if case .handover(.leadRegistered(let l)) = $0.event, l.id == lead.id { l } else { nil } }.first)
        #expect(registered.subjectName == "" && registered.summary == "" && registered.custodianID == lead.custodianID)
        var replayed = InspectionState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        replayed.apply(events)
        let restored = try await reopened.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        #expect(replayed.leads[lead.id] == restored.leads[lead.id])
        #expect(restored.leads[lead.id]?.disposition?.kind == lead.disposition?.kind)
        // Other leads still open.
        let other = try #require(try StoreFixtures.sample.state.leads.values.first { $0.id != lead.id })
        #expect(restored.leads[other.id]?.subjectName == other.subjectName)
        reopened.close()
    }

    @Test func anErasureCutShortByACrashIsFinishedOnOpening() async throws {
        let (url, store, service, lead) = try await disposedLead()
        let before = try keyTable(url)
        try await service.execute(Command(actor: head, intent: .eraseConfidentialContent(.lead(lead.id)), reason: "保管期限届满"))
        let sequence = await service.state.lastSequence
        store.close()
        // As if the process died after the erasure's event was durable but before the key was destroyed.
        try Data((before + #"{"erasing":\#(sequence),"record":"lead:\#(lead.id)"}"# + "\n").utf8).write(to: url.appendingPathComponent("record-keys.jsonl"))
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(!(try keyTable(url)).contains(#""record":"lead:\#(lead.id)","wrapped""#))
        let restored = try await reopened.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        #expect(restored.leads[lead.id]?.summary == "")
        reopened.close()
    }

    @Test func anErasureThatNeverReachedTheJournalIsForgotten() async throws {
        let (url, store, _, lead) = try await disposedLead()
        let last = try store.lastSequence()
        store.close()
        let table = try keyTable(url)
        try Data((table + #"{"erasing":\#(last + 1),"record":"lead:\#(lead.id)"}"# + "\n").utf8).write(to: url.appendingPathComponent("record-keys.jsonl"))
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let restored = try await reopened.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        #expect(restored.leads[lead.id]?.summary == lead.summary)
        #expect(!(try keyTable(url)).contains("erasing"))
        reopened.close()
    }

    @Test func aMissingKeyOfARecordNeverErasedIsRefused() async throws {
        let (url, store, _, lead) = try await disposedLead()
        store.close()
        let table = try keyTable(url).split(separator: "\n").filter { !$0.contains(#""record":"lead:\#(lead.id)""#) }.joined(separator: "\n") + "\n"
        try Data(table.utf8).write(to: url.appendingPathComponent("record-keys.jsonl"))
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        await #expect {
            _ = try await reopened.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        } throws: { error in
            (error as? StoreError)?.kind == .damaged && (error as? StoreError)?.message.en.contains("lead:\(lead.id)") == true
        }
        reopened.close()
    }

    @Test func rotatingTheDataKeyRewrapsEveryRecordKey() async throws {
        let (url, store, _, lead) = try await disposedLead()
        let oldKey = try #require(try StoreFixtures.keys.read(.data, storeID: store.storeID))
        let id = try await store.rotateDataKey()
        #expect(try StoreFixtures.keys.read(.data, storeID: store.storeID) != oldKey)
        #expect(try keyTable(url).split(separator: "\n").filter { $0.contains("wrapped") }.allSatisfy { $0.contains(#""dataKey":"\#(id)""#) })
        store.close()
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let restored = try await reopened.restoreState(taxonomy: try StoreFixtures.sample.state.taxonomy)
        #expect(restored.leads[lead.id]?.subjectName == lead.subjectName)
        #expect(try reopened.verify().commits > 0)
        reopened.close()
        // The old data key opens nothing any more.
        let storeID = reopened.storeID
        let current = try #require(try StoreFixtures.keys.read(.data, storeID: storeID))
        try StoreFixtures.keys.write(oldKey, to: .data, storeID: storeID)
        #expect { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys) } throws: { ($0 as? StoreError)?.kind == .keys }
        try StoreFixtures.keys.write(current, to: .data, storeID: storeID)
    }
}

/// The key table survives a crash in the middle of its own append.
@Suite("The record key table")
struct RecordKeyTableTests {
    @Test func cutsOffALineACrashCutShortAndGoesOnAppending() async throws {
        let url = StoreFixtures.directory("key-table")
        let journal = try StoreFixtures.sample.journal
        let store = try await StoreFixtures.store(at: url, events: journal.count / 2)
        store.close()
        let file = url.appendingPathComponent("record-keys.jsonl")
        let whole = try Data(contentsOf: file)
        try (whole + Data(#"{"dataKey":"0123","record":"lead:LEAD-9"#.utf8)).write(to: file)
        // Read-only: the torn line is passed over and left alone.
        #expect(try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly).events(after: 0).count == journal.count / 2)
        #expect(try Data(contentsOf: file).count > whole.count)
        // For writing: cut off, and the rest of the journal's confidential records get their keys after it.
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(try Data(contentsOf: file) == whole)
        try await reopened.append(Array(journal[(journal.count / 2)...]), expectedLastSequence: journal.count / 2)
        reopened.close()
        let last = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        #expect(try last.events(after: 0) == journal)
    }
}
