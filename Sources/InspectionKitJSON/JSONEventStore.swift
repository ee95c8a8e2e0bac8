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

/// 默认存储 — the embedded default store: an append-only, hash-chained JSON Lines journal in segments, whose every
/// write opens with a commit signed by the office's key; snapshots bound to the chain; confidential content sealed;
/// a lock file; all in one directory, with the keys kept outside it (see ``KeyVault``).
///
/// A successful `append` has reached the disk (the segment is fsync-ed, and its directory when the file is new).
/// Appends from concurrent tasks are group-committed: all batches waiting while one fsync runs go out with the next,
/// under one signed commit. A crash at any byte leaves every write wholly present or wholly absent.
/// One process writes at a time (an exclusive `flock` on `LOCK`); readers may open the store read-only.
public final class JSONEventStore: EventStore, @unchecked Sendable {
    /// How the store is opened.
    public enum Mode: Sendable, Equatable {
        /// For writing: takes the lock (waiting for it when `waitForLock`), cuts off a torn final write; needs both keys.
        case readWrite(waitForLock: Bool = false)
        /// For reading only: no lock, nothing on disk is changed; the data key is needed only to read sealed content.
        case readOnly
    }

    /// The directory of the store.
    public let directory: URL
    /// How it was opened.
    public let mode: Mode
    /// What opening found and did: a torn write cut off, snapshots passed over.
    public var openReport: OpenReport {
        var report = opened
        report.rejectedSnapshots = state.withLock { $0.rejectedSnapshots }
        return report
    }
    private let opened: OpenReport
    /// The store's id, under which its keys are filed.
    public let storeID: String
    /// The public signing key pinned in the manifest at creation, in hex.
    public let pinnedPublicKey: String

    let layout: StoreLayout
    let segmentBytes: Int
    let vault: any KeyVault
    let suite: any CryptoSuite
    let state: Mutex<WriterState>
    /// Seals and opens confidential content with the records' keys.
    let sealer: ContentSealer
    private let writer = DispatchQueue(label: "InspectionKit.JSONEventStore.writer")
    /// Touched only on `writer` (and in `init`/`close`, when no flush can run).
    nonisolated(unsafe) private var segment: OpenSegment?
    nonisolated(unsafe) private var lock: FileDescriptor?

    /// Opens (creating when `create` and absent) the store in `directory`, with its keys in `keys` — outside the
    /// directory. A new store gets a new id and new keys, written to the vault before anything else; `suite` is used
    /// only then (an existing store names its own).
    public init(at directory: URL, keys: any KeyVault, mode: Mode = .readWrite(), create: Bool = true, segmentBytes: Int = 64 << 20,
                suite: any CryptoSuite = CryptoSuites.standard) throws(StoreError) {
        self.directory = directory
        self.mode = mode
        self.segmentBytes = max(4_096, segmentBytes)
        vault = keys
        layout = StoreLayout(root: directory)
        var created: StoreKeys?
        if case .readWrite(let wait) = mode {
            created = try Self.prepare(layout, create: create, vault: keys, suite: suite)
            lock = try Self.takeLock(layout, wait: wait)
        }
        let (manifest, id, storeSuite, pinned) = try Self.checkManifest(layout)
        storeID = id
        self.suite = storeSuite
        pinnedPublicKey = Hex.encode(pinned)
        let writable = mode != .readOnly
        if writable { try keys.checkOutside(directory) }
        var verifier = CommitVerifier(suite: storeSuite, storeID: id, pinnedKey: pinned, dataKeyID: manifest.dataKeyID)
        let scan = try JournalScanner(layout: layout, repair: writable, suite: storeSuite).scan(&verifier, allSignatures: false)
        // The last commit's signature covers its chain head, and so, through the chain, every event before it.
        if let last = scan.lastCommit { try verifier.verifySignature(last.commit, key: last.key, place: last.place) }
        // A snapshot binding vouches for a file outside the chain: its own signature must hold.
        for binding in scan.bindings.values.joined() { try verifier.verifySignature(binding.commit, key: binding.key, place: binding.place) }
        let loaded: StoreKeys
        if let created { loaded = created } else { loaded = try Self.loadKeys(keys, storeID: id, suite: storeSuite, verifier: verifier, writable: writable) }
        opened = scan.report
        let table = try RecordKeyTable(url: layout.recordKeys, suite: storeSuite, dataKeys: [loaded.data, loaded.nextData].compactMap { $0 },
                                       inForce: verifier.dataKeyID ?? loaded.data?.id, dataKeyLocation: keys.location(of: .data, storeID: id),
                                       repair: writable)
        sealer = ContentSealer(table: table, suite: storeSuite, storeID: id)
        state = Mutex(WriterState(lastSequence: scan.lastSequence, lastHash: scan.lastHash, knownHashes: scan.snapshotHashes,
                                  keys: loaded, signingPublicKey: verifier.currentKey, signingKeyID: verifier.currentKeyID, dataKeyID: verifier.dataKeyID, bindings: scan.bindings.mapValues { $0.map(\.commit) }))
        if writable, let last = scan.lastSegment {
            segment = try OpenSegment(url: last.url, firstSequence: last.first)
        }
        if writable {
            try recoverKeys(lastSequence: scan.lastSequence, dataKeyInForce: verifier.dataKeyID)
            try Self.markCurrentFormat(manifest, layout)
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
        try Self.checkNumbering(events, after: expectedLastSequence)
        guard !events.isEmpty else {
            try checkWritable()
            let ticket = AppendTicket()
            ticket.complete(.success(()))
            return ticket
        }
        return try enqueue(.events(events, expected: expectedLastSequence))
    }

    /// Queues a signed checkpoint (a snapshot binding or a key rotation) after whatever is queued before it.
    func submitCheckpoint(_ extensions: CommitExtensions, newSigningKey: Data? = nil) throws(StoreError) -> AppendTicket {
        try enqueue(.checkpoint(extensions, newSigningKey: newSigningKey))
    }

    private func checkWritable() throws(StoreError) {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能写入。", en: "The store is open read-only; it cannot be written.")
        }
    }

    private func enqueue(_ content: PendingAppend.Content) throws(StoreError) -> AppendTicket {
        try checkWritable()
        let ticket = AppendTicket()
        let start = state.withLock { s -> Bool in
            if let failure = s.failure {
                ticket.complete(.failure(failure))
                return false
            }
            s.pending.append(PendingAppend(content: content, ticket: ticket))
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
        try JournalScanner(layout: layout, repair: false, suite: suite).records(after: sequence, through: last) { record throws(StoreError) in
            events.append(try sealer.open(try record.event()))
        }
        return events
    }

    // MARK: Writing

    /// Writes every pending batch, one write and one fsync per round, until nothing is pending. Runs on `writer`.
    private func flush() {
        while let round = state.withLock({ s -> Round? in
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
            // Batches numbered by one pipelining writer may arrive out of order: take them in the order of their
            // numbering; checkpoints go after the events that come with them.
            let batches = s.pending.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element)
            s.pending.removeAll()
            return Round(batches: batches, last: s.lastSequence, hash: s.lastHash, keys: s.keys, signingKeyID: s.signingKeyID, signingPublicKey: s.signingPublicKey)
        }) {
            var writing = RoundWriter(round: round, suite: suite, storeID: storeID, sealer: sealer)
            for pending in round.batches { writing.add(pending) }
            writing.closeGroup()
            do {
                if !writing.bytes.isEmpty {
                    // The keys of records first sealed in this write, and the marks of erasures, reach the disk first.
                    try sealer.table.persistPending()
                    try sealer.table.beginErasures(writing.erasures)
                    try write(writing.bytes, firstSequence: round.last + 1)
                }
                state.withLock { s in
                    s.lastSequence = writing.last
                    s.lastHash = writing.hash
                    if !writing.bytes.isEmpty { s.syncs += 1 }
                    s.remember(writing.hashes)
                    s.keys = writing.keys
                    s.signingKeyID = writing.signingKeyID
                    s.signingPublicKey = writing.signingPublicKey
                    for binding in writing.bindings { s.bindings[binding.sequence, default: []].append(binding.commit) }
                }
                for pending in writing.accepted { pending.ticket.complete(.success(())) }
                // The erasures are durable: destroy their keys (opening finishes this if a crash comes first).
                do { try sealer.table.completeErasures(writing.erasures) } catch {
                    state.withLock { $0.failure = StoreError(.failed, zh: "销毁记录密钥失败，请重新打开存储以完成：\(error.message.zh)",
                                                             en: "Destroying erased records' keys failed; reopen the store to finish it: \(error.message.en)") }
                }
            } catch {
                let failure = StoreError(.failed, zh: "写入日志失败，存储已停止写入，请排除故障后重新打开：\(error.message.zh)",
                                         en: "Writing the journal failed; the store stopped taking writes. Fix the cause and reopen it: \(error.message.en)")
                state.withLock { $0.failure = failure }
                for pending in writing.accepted { pending.ticket.complete(.failure(error)) }
            }
            for (pending, error) in writing.rejected { pending.ticket.complete(.failure(error)) }
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
    /// The keys (the signing key changes when rotated).
    var keys: StoreKeys
    /// The id of the signing key in force.
    var signingKeyID: String
    /// The public signing key in force.
    var signingPublicKey: Data
    /// The id of the data key in force.
    var dataKeyID: String?
    /// Signed snapshot bindings by sequence.
    var bindings: [Int: [CommitRecord]]
    var pending: [PendingAppend] = []
    var flushing = false
    var failure: StoreError?
    var syncs = 0
    /// Snapshot files passed over, with why.
    var rejectedSnapshots: [String] = []

    init(lastSequence: Int, lastHash: String, knownHashes: [Int: String], keys: StoreKeys, signingPublicKey: Data, signingKeyID: String,
         dataKeyID: String?, bindings: [Int: [CommitRecord]]) {
        self.lastSequence = lastSequence
        self.lastHash = lastHash
        self.knownHashes = knownHashes
        self.keys = keys
        self.signingKeyID = signingKeyID
        self.signingPublicKey = signingPublicKey
        self.dataKeyID = dataKeyID
        self.bindings = bindings
    }

    mutating func remember(_ hashes: [(Int, String)]) {
        for (sequence, hash) in hashes.suffix(1_024) { knownHashes[sequence] = hash }
        if knownHashes.count > 8_192 {
            let keep = Set(knownHashes.keys.sorted().suffix(4_096))
            knownHashes = knownHashes.filter { keep.contains($0.key) }
        }
    }
}

/// A batch (or a checkpoint) waiting for the next write.
struct PendingAppend: Sendable {
    /// What is to be written.
    enum Content: Sendable {
        /// Events numbered on from `expected`.
        case events([RecordedEvent], expected: Int)
        /// A checkpoint; a signing-key rotation brings the new private key.
        case checkpoint(CommitExtensions, newSigningKey: Data?)
    }

    let content: Content
    let ticket: AppendTicket

    /// Where it goes in a round: events by their numbering, checkpoints after them.
    var order: Int {
        switch content {
        case .events(_, let expected): expected
        case .checkpoint: Int.max
        }
    }
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
