import InspectionKit
/// The checks every `EventStore` must pass — run by the tests of each store, and available to anyone writing a store.
///
/// Each check gets a fresh, empty store from `makeStore`; the result lists the checks that failed, with what was seen.
public enum EventStoreConformance {
    /// Runs every check against fresh stores from `makeStore`, with the small sample district's journal as data.
    public static func failures(makeStore: @Sendable () async throws -> any EventStore) async -> [String] {
        let journal: [RecordedEvent]
        let state: InspectionState
        do {
            let driver = try EngineDriver()
            _ = try SampleDistrict.generate(size: .small, into: driver)
            journal = driver.engine.journal
            state = driver.engine.state
        } catch {
            return ["could not build the sample data: \(error)"]
        }
        var failures: [String] = []
        for check in checks {
            do {
                let store = try await makeStore()
                if let failure = try await check.run(store, journal, state) { failures.append("\(check.name): \(failure)") }
            } catch {
                failures.append("\(check.name): unexpected error \(error)")
            }
        }
        return failures
    }

    private struct Check: Sendable {
        let name: String
        let run: @Sendable (any EventStore, [RecordedEvent], InspectionState) async throws -> String?
    }

    private static let checks: [Check] = [
        Check(name: "starts empty") { store, _, _ in
            let last = try await store.lastSequence()
            let events = try await store.events(after: 0)
            let snapshot = try await store.latestSnapshot()
            return last == 0 && events.isEmpty && snapshot == nil ? nil : "last \(last), \(events.count) events, snapshot \(snapshot != nil)"
        },
        Check(name: "returns exactly what was appended, in batches") { store, journal, _ in
            var last = 0
            for batch in batches(of: journal) {
                try await store.append(batch, expectedLastSequence: last)
                last = batch.last?.sequence ?? last
            }
            let all = try await store.events(after: 0)
            guard all == journal else { return "read back \(all.count) events, \(zip(all, journal).filter { $0 != $1 }.count) differ" }
            let tail = try await store.events(after: journal.count - 5)
            guard tail == Array(journal.suffix(5)) else { return "events(after:) returned \(tail.map(\.sequence))" }
            let lastSequence = try await store.lastSequence()
            return lastSequence == journal.count ? nil : "last sequence \(lastSequence), expected \(journal.count)"
        },
        Check(name: "refuses a stale expected sequence and changes nothing") { store, journal, _ in
            try await store.append(Array(journal.prefix(3)), expectedLastSequence: 0)
            do {
                try await store.append([journal[2]], expectedLastSequence: 2)
                return "a stale append succeeded"
            } catch let error as StoreError where error.kind == .conflict {
                let last = try await store.lastSequence()
                return last == 3 ? nil : "last sequence moved to \(last)"
            }
        },
        Check(name: "refuses a batch numbered wrongly") { store, journal, _ in
            do {
                try await store.append([journal[0], journal[2]], expectedLastSequence: 0)
                return "a gap was accepted"
            } catch let error as StoreError where error.kind == .invalidBatch {
                let last = try await store.lastSequence()
                return last == 0 ? nil : "part of the batch was kept (last \(last))"
            }
        },
        Check(name: "lets exactly one of concurrent appends at the same sequence win") { store, journal, _ in
            let candidates = (0..<8).map { _ in [journal[0]] }
            let wins = await withTaskGroup(of: Bool.self) { group in
                for batch in candidates {
                    group.addTask { (try? await store.append(batch, expectedLastSequence: 0)) != nil }
                }
                return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
            }
            let events = try await store.events(after: 0)
            return wins == 1 && events == [journal[0]] ? nil : "\(wins) appends won, \(events.count) events kept"
        },
        Check(name: "keeps every batch of writers that retry on conflict") { store, journal, _ in
            let events = Array(journal.prefix(120))
            // Four writers race; each appends the next event whenever it is its turn by sequence, retrying on conflict.
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<4 {
                    group.addTask {
                        var next = writer
                        while next < events.count {
                            let last = try await store.lastSequence()
                            if last == next {
                                do { try await store.append([events[next]], expectedLastSequence: last) } catch let error as StoreError where error.kind == .conflict {}
                            }
                            if try await store.lastSequence() > next { next += 4 } else { await Task.yield() }
                        }
                    }
                }
                try await group.waitForAll()
            }
            let read = try await store.events(after: 0)
            return read == events ? nil : "read back \(read.count) of \(events.count) events"
        },
        Check(name: "saves and loads the latest snapshot") { store, journal, state in
            try await store.append(journal, expectedLastSequence: 0)
            var early = InspectionState(taxonomy: state.taxonomy)
            early.apply(journal.prefix(10))
            try await store.saveSnapshot(early)
            try await store.saveSnapshot(state)
            let loaded = try await store.latestSnapshot()
            guard loaded == state else { return "loaded snapshot at \(loaded?.lastSequence ?? -1), expected \(state.lastSequence)" }
            return nil
        },
        Check(name: "restores the state from a snapshot and the events after it") { store, journal, state in
            try await store.append(journal, expectedLastSequence: 0)
            var early = InspectionState(taxonomy: state.taxonomy)
            early.apply(journal.prefix(journal.count / 2))
            try await store.saveSnapshot(early)
            let restored = try await store.restoreState(taxonomy: state.taxonomy)
            return restored == state ? nil : "restored state ends at \(restored.lastSequence), expected \(state.lastSequence)"
        },
        Check(name: "refuses a snapshot past the journal") { store, journal, state in
            try await store.append(Array(journal.prefix(5)), expectedLastSequence: 0)
            do {
                try await store.saveSnapshot(state)
                return "a snapshot past the journal was saved"
            } catch is StoreError {
                let loaded = try await store.latestSnapshot()
                return loaded == nil ? nil : "a snapshot was kept"
            }
        },
    ]

    /// The journal cut into batches of varying size (1, 2, 3 … 7 events), as the checks append it.
    public static func batches(of journal: [RecordedEvent]) -> [[RecordedEvent]] {
        var result: [[RecordedEvent]] = []
        var index = 0
        var size = 1
        while index < journal.count {
            let end = min(journal.count, index + size)
            result.append(Array(journal[index..<end]))
            index = end
            size = size % 7 + 1
        }
        return result
    }
}
