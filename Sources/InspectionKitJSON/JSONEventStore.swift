#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Foundation
import InspectionKit
import Synchronization

/// 默认存储 — the embedded default store: an append-only, hash-chained JSON Lines journal in segments, atomic snapshots
/// and a lock file, in one directory.
///
/// A successful `append` has reached the disk (the segment is fsync-ed, and its directory when the file is new).
/// Appends from concurrent tasks are group-committed: all batches waiting while one fsync runs go out with the next.
/// One process writes at a time (an exclusive `flock` on `LOCK`); readers may open the store read-only.
public final class JSONEventStore: EventStore, @unchecked Sendable {
    /// How the store is opened.
    public enum Mode: Sendable, Equatable {
        /// For writing: takes the lock (waiting for it when `waitForLock`), cuts off a torn final record.
        case readWrite(waitForLock: Bool = false)
        /// For reading only: no lock, nothing on disk is changed.
        case readOnly
    }

    /// The directory of the store.
    public let directory: URL
    /// How it was opened.
    public let mode: Mode
    /// What opening found and did (a torn record cut off, snapshots passed over).
    public let openReport: OpenReport

    let layout: StoreLayout
    let segmentBytes: Int
    let state: Mutex<WriterState>
    private let writer = DispatchQueue(label: "InspectionKit.JSONEventStore.writer")
    /// Touched only on `writer` (and in `init`/`close`, when no flush can run).
    nonisolated(unsafe) private var segment: OpenSegment?
    nonisolated(unsafe) private var lock: FileDescriptor?

    /// Opens (creating when `create` and absent) the store in `directory`.
    public init(at directory: URL, mode: Mode = .readWrite(), create: Bool = true, segmentBytes: Int = 64 << 20) throws(StoreError) {
        self.directory = directory
        self.mode = mode
        self.segmentBytes = max(4_096, segmentBytes)
        layout = StoreLayout(root: directory)
        if case .readWrite(let wait) = mode {
            try Self.prepare(layout, create: create)
            lock = try Self.takeLock(layout, wait: wait)
            try Self.migrateIfNeeded(layout)
        } else {
            try Self.checkManifest(layout)
        }
        let scan = try JournalScanner(layout: layout, repair: mode != .readOnly).scan()
        openReport = scan.report
        state = Mutex(WriterState(lastSequence: scan.lastSequence, lastHash: scan.lastHash, knownHashes: scan.snapshotHashes))
        if mode != .readOnly, let last = scan.lastSegment {
            segment = try OpenSegment(url: last.url, firstSequence: last.first)
        }
    }

    /// Releases the lock and closes files; later calls fail. Appends already acknowledged are durable.
    public func close() {
        writer.sync {
            state.withLock { $0.failure = $0.failure ?? StoreError(.failed, zh: "存储已关闭。", en: "The store is closed.") }
            segment = nil
            lock = nil
        }
    }

    /// How many fsyncs of the journal this store has made (appends group-committed share one).
    public var journalSyncs: Int { state.withLock { $0.syncs } }

    /// Batches waiting for the writer.
    var pendingCount: Int { state.withLock { $0.pending.count } }

    /// Stops the writer until the returned semaphore is signalled (for tests of group commit).
    func holdWriter() -> DispatchSemaphore {
        let gate = DispatchSemaphore(value: 0)
        writer.async { gate.wait() }
        return gate
    }

    // MARK: EventStore

    /// The last durable sequence.
    public func lastSequence() throws(StoreError) -> Int {
        try state.withLock { s throws(StoreError) in
            if let failure = s.failure, failure.kind == .failed { throw failure }
            return s.lastSequence
        }
    }

    /// Appends a batch; durable on return. Concurrent appends are group-committed.
    public func append(_ events: [RecordedEvent], expectedLastSequence: Int) async throws(StoreError) {
        try await submit(events, expectedLastSequence: expectedLastSequence).wait()
    }

    /// Queues a batch for the next write and returns at once, in the caller's order; `wait()` on the ticket returns
    /// when the batch is durable. A writer that numbers its own batches (a service deciding commands one after
    /// another) submits each without waiting for the one before, and the store writes all that queue up during one
    /// fsync with the next.
    public func submit(_ events: [RecordedEvent], expectedLastSequence: Int) throws(StoreError) -> AppendTicket {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能写入。", en: "The store is open read-only; it cannot be written.")
        }
        try Self.checkNumbering(events, after: expectedLastSequence)
        let ticket = AppendTicket()
        guard !events.isEmpty else {
            ticket.complete(.success(()))
            return ticket
        }
        let start = state.withLock { s -> Bool in
            if let failure = s.failure {
                ticket.complete(.failure(failure))
                return false
            }
            s.pending.append(PendingAppend(events: events, expected: expectedLastSequence, ticket: ticket))
            guard !s.flushing else { return false }
            s.flushing = true
            return true
        }
        if start { writer.async { self.flush() } }
        return ticket
    }

    /// The durable events after `sequence`, read back from the journal.
    public func events(after sequence: Int) throws(StoreError) -> [RecordedEvent] {
        let last = try lastSequence()
        guard sequence < last else { return [] }
        var events: [RecordedEvent] = []
        events.reserveCapacity(last - sequence)
        try JournalScanner(layout: layout, repair: false).records(after: sequence, through: last) { record throws(StoreError) in
            events.append(try record.event())
        }
        return events
    }

    // MARK: Writing

    /// Writes every pending batch, one write and one fsync per round, until nothing is pending. Runs on `writer`.
    private func flush() {
        while let round = state.withLock({ s -> (batches: [PendingAppend], last: Int, hash: String)? in
            guard !s.pending.isEmpty else {
                s.flushing = false
                return nil
            }
            // After a failed write nothing more is written: every waiting batch gets the failure.
            if let failure = s.failure {
                for pending in s.pending { pending.ticket.complete(.failure(failure)) }
                s.pending.removeAll()
                s.flushing = false
                return nil
            }
            // Batches numbered by one pipelining writer may arrive out of order: take them in the order of their numbering.
            let batches = s.pending.enumerated().sorted { ($0.element.expected, $0.offset) < ($1.element.expected, $1.offset) }.map(\.element)
            s.pending.removeAll()
            return (batches, s.lastSequence, s.lastHash)
        }) {
            var last = round.last
            var hash = round.hash
            var bytes = Data()
            var accepted: [PendingAppend] = []
            var rejected: [(PendingAppend, StoreError)] = []
            var hashes: [(Int, String)] = []
            for pending in round.batches {
                guard pending.expected == last else {
                    rejected.append((pending, .conflict(expected: pending.expected, actual: last)))
                    continue
                }
                do {
                    var lines = Data()
                    var chain = hash
                    for event in pending.events {
                        let (line, next) = try JournalRecord.line(for: event, previousHash: chain)
                        lines.append(line)
                        chain = next
                        hashes.append((event.sequence, next))
                    }
                    bytes.append(lines)
                    hash = chain
                    last = pending.events.last?.sequence ?? last
                    accepted.append(pending)
                } catch {
                    rejected.append((pending, error))
                }
            }
            do {
                if !bytes.isEmpty { try write(bytes, firstSequence: round.last + 1) }
                state.withLock { s in
                    s.lastSequence = last
                    s.lastHash = hash
                    if !bytes.isEmpty { s.syncs += 1 }
                    s.remember(hashes)
                }
                for pending in accepted { pending.ticket.complete(.success(())) }
            } catch {
                let failure = StoreError(.failed, zh: "写入日志失败，存储已停止写入，请排除故障后重新打开：\(error.message.zh)",
                                         en: "Writing the journal failed; the store stopped taking writes. Fix the cause and reopen it: \(error.message.en)")
                state.withLock { $0.failure = failure }
                for pending in accepted { pending.ticket.complete(.failure(error)) }
            }
            for (pending, error) in rejected { pending.ticket.complete(.failure(error)) }
        }
    }

    /// Appends `bytes` to the current segment (starting a new one when it is full) and fsyncs; on failure cuts them off again.
    private func write(_ bytes: Data, firstSequence: Int) throws(StoreError) {
        if segment == nil || (segment?.size ?? 0) > 0 && (segment?.size ?? 0) + bytes.count > segmentBytes {
            segment = try OpenSegment.create(layout.segment(startingAt: firstSequence), firstSequence: firstSequence, directory: layout.journal)
        }
        guard let current = segment else { return }
        do {
            try current.file.writeAll(bytes)
            try current.file.sync()
            current.size += bytes.count
        } catch {
            try? current.file.truncate(to: current.size)
            try? current.file.sync()
            throw error
        }
    }
}

/// The writer's shared state, under the mutex.
struct WriterState: ~Copyable {
    var lastSequence: Int
    var lastHash: String
    /// Hashes of recent records and of snapshot points, for checking snapshots.
    var knownHashes: [Int: String]
    var pending: [PendingAppend] = []
    var flushing = false
    var failure: StoreError?
    var syncs = 0

    init(lastSequence: Int, lastHash: String, knownHashes: [Int: String]) {
        self.lastSequence = lastSequence
        self.lastHash = lastHash
        self.knownHashes = knownHashes
    }

    mutating func remember(_ hashes: [(Int, String)]) {
        for (sequence, hash) in hashes.suffix(1_024) { knownHashes[sequence] = hash }
        if knownHashes.count > 8_192 {
            let keep = Set(knownHashes.keys.sorted().suffix(4_096))
            knownHashes = knownHashes.filter { keep.contains($0.key) }
        }
    }
}

/// A batch waiting for the next write.
struct PendingAppend: Sendable {
    let events: [RecordedEvent]
    let expected: Int
    let ticket: AppendTicket
}

/// The promise of a submitted batch: `wait()` returns when it is durable, or throws why it was refused.
public final class AppendTicket: Sendable {
    private let state = Mutex<(result: Result<Void, StoreError>?, waiter: CheckedContinuation<Void, any Error>?)>((nil, nil))

    init() {}

    /// Settles the ticket, waking its waiter.
    func complete(_ result: Result<Void, StoreError>) {
        let waiter = state.withLock { s -> CheckedContinuation<Void, any Error>? in
            guard s.result == nil else { return nil }
            s.result = result
            defer { s.waiter = nil }
            return s.waiter
        }
        switch result {
        case .success: waiter?.resume()
        case .failure(let error): waiter?.resume(throwing: error)
        }
    }

    /// Returns when the batch is durable; throws the reason it was refused or failed.
    public func wait() async throws(StoreError) {
        do {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let settled = state.withLock { s -> Result<Void, StoreError>? in
                    if s.result == nil { s.waiter = continuation }
                    return s.result
                }
                switch settled {
                case .none: break
                case .success?: continuation.resume()
                case .failure(let error)?: continuation.resume(throwing: error)
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.io, zh: "写入失败：\(error)", en: "The append failed: \(error)")
        }
    }
}

/// The segment being appended to.
final class OpenSegment: @unchecked Sendable {
    let file: FileDescriptor
    let firstSequence: Int
    var size: Int

    init(url: URL, firstSequence: Int) throws(StoreError) {
        file = try FileDescriptor.openFile(url.path, O_WRONLY | O_APPEND)
        size = try file.seekToEnd()
        self.firstSequence = firstSequence
    }

    /// Creates a new, empty segment and makes its directory entry durable.
    static func create(_ url: URL, firstSequence: Int, directory: URL) throws(StoreError) -> OpenSegment {
        let file = try FileDescriptor.openFile(url.path, O_WRONLY | O_APPEND | O_CREAT | O_EXCL)
        try file.sync()
        try FileDescriptor.directory(directory.path).sync()
        return try OpenSegment(url: url, firstSequence: firstSequence)
    }
}
