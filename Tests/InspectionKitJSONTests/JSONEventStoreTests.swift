import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

@Suite("JSON store")
struct JSONEventStoreTests {
    @Test func passesTheStoreConformanceSuite() async {
        let failures = await EventStoreConformance.failures { try JSONEventStore(at: StoreFixtures.directory("conformance"), keys: StoreFixtures.keys) }
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test func keepsEverythingAcrossReopeningAndSegments() async throws {
        let url = StoreFixtures.directory()
        let journal = (try StoreFixtures.sample).journal
        let store = try await StoreFixtures.store(at: url, events: journal.count, segmentBytes: 64 << 10)
        let head = try store.chainHead()
        store.close()
        #expect(try StoreFixtures.journalFiles(url).count > 3)
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(try reopened.events(after: 0) == journal)
        #expect(try reopened.chainHead() == head)
        #expect(reopened.openReport == OpenReport())
        #expect(try reopened.verify().events == journal.count)
        try reopened.verify(against: head)
    }

    @Test func opensFromTheLatestSnapshotPlusTheTail() async throws {
        let url = StoreFixtures.directory()
        let journal = (try StoreFixtures.sample).journal
        let store = try await StoreFixtures.store(at: url, events: journal.count)
        var early = InspectionState(taxonomy: (try StoreFixtures.sample).state.taxonomy)
        early.apply(journal.prefix(journal.count - 40))
        try await store.saveSnapshot(early)
        store.close()
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let snapshot = try #require(try await reopened.latestSnapshot())
        #expect(snapshot.lastSequence == journal.count - 40)
        var state = snapshot
        state.apply(try reopened.events(after: snapshot.lastSequence))
        #expect(state == (try StoreFixtures.sample).state)
    }

    @Test func passesOverASnapshotThatDisagreesWithTheJournal() async throws {
        let url = StoreFixtures.directory()
        let journal = (try StoreFixtures.sample).journal
        let store = try await StoreFixtures.store(at: url, events: journal.count)
        var early = InspectionState(taxonomy: (try StoreFixtures.sample).state.taxonomy)
        early.apply(journal.prefix(100))
        try await store.saveSnapshot(early)
        try await store.saveSnapshot((try StoreFixtures.sample).state)
        store.close()
        // Tamper with the newest snapshot's state.
        let newest = url.appendingPathComponent("snapshots/\(StoreLayout.pad(journal.count)).json")
        var text = try String(contentsOf: newest, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"chainHash\":\"", with: "\"chainHash\":\"f")
        try Data(text.utf8).write(to: newest)
        let reopened = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(try await reopened.latestSnapshot()?.lastSequence == 100)
        #expect(reopened.openReport.rejectedSnapshots.count == 1)
        #expect(reopened.openReport.rejectedSnapshots.first?.hasPrefix("\(StoreLayout.pad(journal.count)).json: its digest is in no signed checkpoint") == true)
        #expect {
            _ = try reopened.verify()
        } throws: { error in
            (error as? StoreError)?.kind == .damaged && (error as? StoreError)?.message.en.contains("Snapshot \(StoreLayout.pad(journal.count)).json") == true
        }
    }

    @Test func cutsOffATornFinalRecordAndSaysSo() async throws {
        let url = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: url, events: 30)
        store.close()
        let (segment, data) = try #require(try StoreFixtures.journalFiles(url).last)
        let lines = data.split(separator: 0x0A).count
        let torn = Data(#"{"seq":31,"prev":"abc","event":{"act"#.utf8)
        try (data + torn).write(to: segment)
        // Read-only: reported, nothing changed.
        let reader = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        #expect(reader.openReport.tornRecord == TornRecord(segment: segment.lastPathComponent, line: lines + 1, bytes: torn.count))
        #expect(try Data(contentsOf: segment) == data + torn)
        // Read-write: cut off, reported.
        let writer = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(writer.openReport.tornRecord?.line == lines + 1)
        #expect(try Data(contentsOf: segment) == data)
        #expect(try writer.lastSequence() == 30)
        try await writer.append([(try StoreFixtures.sample).journal[30]], expectedLastSequence: 30)
        #expect(try writer.verify().events == 31)
    }

    @Test func cutsOffAWriteWhoseCommitAnnouncesMoreEventsThanFollow() async throws {
        let url = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: url, events: 20)
        try await store.append(Array((try StoreFixtures.sample).journal[20..<30]), expectedLastSequence: 20)
        store.close()
        // A crash after the commit and six whole lines of a ten-event write: every line is complete, the write is not.
        let (segment, data) = try #require(try StoreFixtures.journalFiles(url).last)
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { Data($0) }
        let commitLine = lines.count - 11
        #expect(String(decoding: lines[commitLine], as: UTF8.self).hasPrefix(#"{"commit":{"first":21,"last":30"#))
        lines.removeLast(4)
        let cut = lines.reduce(into: Data()) { $0.append($1); $0.append(0x0A) }
        try cut.write(to: segment)
        let reader = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        #expect(try reader.lastSequence() == 20)
        #expect(try reader.verify().unfinishedWrite?.line == commitLine + 1)
        let writer = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(writer.openReport.tornRecord == TornRecord(segment: segment.lastPathComponent, line: commitLine + 1, bytes: cut.count - lines[..<commitLine].reduce(0) { $0 + $1.count + 1 }))
        #expect(try writer.lastSequence() == 20)
        #expect(try writer.events(after: 0).count == 20)
        #expect(try writer.verify().unfinishedWrite == nil)
    }

    @Test func letsOneWriterAtATimeAndReadersAlongside() async throws {
        let url = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: url, events: 10)
        #expect {
            _ = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .inUse && error.message.en.contains("process \(ProcessInfo.processInfo.processIdentifier)")
        }
        let reader = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        #expect(try reader.events(after: 0).count == 10)
        await #expect(throws: StoreError.self) { try await reader.append([(try StoreFixtures.sample).journal[10]], expectedLastSequence: 10) }
        store.close()
        let next = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        #expect(try next.lastSequence() == 10)
    }

    @Test func refusesAStoreWrittenByANewerFormatAndDirectoriesThatAreNotStores() async throws {
        let url = StoreFixtures.directory()
        try await StoreFixtures.store(at: url, events: 3).close()
        let manifest = url.appendingPathComponent("manifest.json")
        let text = try String(contentsOf: manifest, encoding: .utf8).replacingOccurrences(of: "\"format\" : \(JSONStoreFormat.current)", with: "\"format\" : \(JSONStoreFormat.current + 1)")
        try Data(text.utf8).write(to: manifest)
        #expect { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys) } throws: { ($0 as? StoreError)?.kind == .newerFormat }
        #expect { _ = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly) } throws: { ($0 as? StoreError)?.kind == .newerFormat }

        let busy = StoreFixtures.directory()
        try FileManager.default.createDirectory(at: busy, withIntermediateDirectories: true)
        try Data("notes".utf8).write(to: busy.appendingPathComponent("notes.txt"))
        #expect { _ = try JSONEventStore(at: busy, keys: StoreFixtures.keys) } throws: { ($0 as? StoreError)?.kind == .notAStore }
        #expect { _ = try JSONEventStore(at: StoreFixtures.directory(), keys: StoreFixtures.keys, create: false) } throws: { ($0 as? StoreError)?.kind == .notAStore }
    }

    @Test func keepsEveryEventOfFortyRacingWriters() async throws {
        let url = StoreFixtures.directory()
        let store = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let journal = Array((try StoreFixtures.sample).journal.prefix(400))
        // Forty writers, each appending the events whose turn it is, retrying on conflict.
        try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<40 {
                group.addTask {
                    var appended = 0
                    var next = writer
                    while next < journal.count {
                        let last = try store.lastSequence()
                        if last == next {
                            do {
                                try await store.append([journal[next]], expectedLastSequence: last)
                                appended += 1
                            } catch let error as StoreError where error.kind == .conflict {}
                        }
                        if try store.lastSequence() > next { next += 40 } else { await Task.yield() }
                    }
                    return appended
                }
            }
            let total = try await group.reduce(0, +)
            #expect(total == journal.count)
        }
        #expect(try store.events(after: 0) == journal)
        #expect(try store.verify().events == journal.count)
    }

    @Test func groupCommitsAppendsThatWaitTogether() async throws {
        let store = try JSONEventStore(at: StoreFixtures.directory(), keys: StoreFixtures.keys)
        let journal = Array((try StoreFixtures.sample).journal.prefix(300))
        let batches = EventStoreConformance.batches(of: journal)
        var plan: [(batch: [RecordedEvent], expected: Int)] = []
        var expected = 0
        for batch in batches {
            plan.append((batch, expected))
            expected = batch.last?.sequence ?? expected
        }
        // While one write is under way, every other append queues; all of them go out with the next fsync,
        // whatever order the tasks reached the queue in.
        let gate = store.holdWriter()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (batch, last) in plan.shuffled() {
                group.addTask { try await store.append(batch, expectedLastSequence: last) }
            }
            while store.pendingCount < plan.count { try await Task.sleep(for: .milliseconds(1)) }
            gate.signal()
            try await group.waitForAll()
        }
        #expect(try store.events(after: 0) == journal)
        #expect(store.journalSyncs == 1)
        // A stale batch among them is refused alone.
        await #expect(throws: StoreError.conflict(expected: 0, actual: 300)) { try await store.append([journal[0]], expectedLastSequence: 0) }
    }

    @Test func pipelinesSubmissionsInTheCallersOrderAndWritesThemInRounds() async throws {
        let store = try JSONEventStore(at: StoreFixtures.directory(), keys: StoreFixtures.keys)
        let journal = Array((try StoreFixtures.sample).journal.prefix(300))
        // A service numbers its events itself and submits each without waiting for the one before.
        var tickets: [AppendTicket] = []
        for (index, event) in journal.enumerated() {
            tickets.append(try store.submit([event], expectedLastSequence: index))
        }
        for ticket in tickets { try await ticket.wait() }
        #expect(try store.events(after: 0) == journal)
        #expect(store.journalSyncs < journal.count)
        // A ticket for a stale batch reports the conflict.
        let stale = try store.submit([journal[0]], expectedLastSequence: 0)
        await #expect(throws: StoreError.conflict(expected: 0, actual: 300)) { try await stale.wait() }
    }

    @Test func refusesWritesOnceClosedAndReleasesTheLock() async throws {
        let url = StoreFixtures.directory()
        let store = try await StoreFixtures.store(at: url, events: 5)
        store.close()
        await #expect(throws: StoreError.self) { try await store.append([(try StoreFixtures.sample).journal[5]], expectedLastSequence: 5) }
        #expect(throws: StoreError.self) { try store.lastSequence() }
        let next = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        try await next.append([(try StoreFixtures.sample).journal[5]], expectedLastSequence: 5)
        #expect(try next.verify().events == 6)
    }
}
