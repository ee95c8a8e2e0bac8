import Foundation
import Synchronization

/// 服务 — the engine over a store: what the CLI, the HTTP server and embedding tools share. A command that returns
/// has its events durable in the store; commands decided while a write is under way go out together with the next
/// one (group commit at the service), whatever the store.
///
/// **What a reader sees.** Reads (``read(_:)``, ``state``) see only durable events: after each write the store has
/// acknowledged, the service publishes an immutable copy of the state at that point, and every read runs on the copy
/// published last — never on decisions still waiting for their write, so a decision that a failed write loses is
/// never shown to anyone. Reads do not queue behind writes or behind each other: taking the published copy is one
/// short lock (copy-on-write), and a read that touches a confidential record hands only its audit event to the writer
/// and returns once that event is durable. Commands decide on the newest state, including decisions not yet durable,
/// so that commands group-committed together see each other in order.
public actor InspectionService {
    /// The state commands are decided on: every decided event, durable or not.
    private var engine: Engine
    private let store: any EventStore
    /// The state readers see: only durable events, and why the service stopped, if it did.
    private nonisolated let published: Mutex<Published>
    /// The last sequence known durable in the store.
    private var durable: Int
    /// Events decided but not yet written.
    private var unwritten: [RecordedEvent] = []
    /// Callers waiting for the write that carries their events, with the last sequence they need.
    private var waiters: [(through: Int, continuation: CheckedContinuation<Void, any Error>)] = []
    private var writing = false
    private var failure: StoreError?

    /// What readers are given.
    struct Published: Sendable {
        var engine: Engine
        var failure: StoreError?
    }

    /// Opens a service on `store`: its latest snapshot plus the events after it become the engine's state.
    public init(store: any EventStore, taxonomy: Taxonomy? = nil, settings: OfficeSettings = OfficeSettings(),
                clock: any TimeSource = SystemTimeSource(), identifiers: any IdentifierScheme = PrefixedIdentifierScheme()) async throws {
        let base = try taxonomy ?? Taxonomy.standard()
        let state = try await store.restoreState(taxonomy: base)
        engine = Engine(restoring: state, settings: settings, clock: clock, identifiers: identifiers)
        published = Mutex(Published(engine: engine))
        self.store = store
        durable = state.lastSequence
    }

    /// The durable state, as readers see it.
    public nonisolated var state: InspectionState {
        get async { published.withLock { $0.engine.state } }
    }

    /// The open account an API token with this digest was issued to, if the token is valid today (one call, for
    /// authenticating each request without copying the state out).
    public nonisolated func account(bearingTokenDigest digest: String) -> UserAccount? {
        published.withLock { box in
            guard let token = box.engine.state.validToken(digest: digest, on: box.engine.today) else { return nil }
            return box.engine.state.users[token.userID]
        }
    }

    /// The current day on the service's clock.
    public nonisolated var today: Day { published.withLock { $0.engine.today } }

    /// The day an instant falls on in the office's time zone (``OfficeSettings/utcOffsetSeconds``).
    public nonisolated func day(of instant: Date) -> Day {
        published.withLock { Day(date: instant, utcOffsetSeconds: $0.engine.settings.utcOffsetSeconds) }
    }

    /// Why the service stopped taking writes and audited reads (a store failure), or nil while it is healthy.
    public var failureCause: StoreError? { failure }

    /// Executes `command`; returns its events once they are durable. A refusal changes nothing.
    @discardableResult
    public func execute(_ command: Command) async throws -> [RecordedEvent] {
        try await execute(command, if: { _ in }, reading: { _ in () }).events
    }

    /// Executes `command` if `precondition` accepts the current engine, and reads the engine it leaves, both in the
    /// same turn as the decision so that no other command comes between (optimistic concurrency: the record still has
    /// the version the caller read, and the version answered is the one this command made). Returns once durable.
    public func execute<T: Sendable>(_ command: Command, if precondition: (Engine) throws -> Void,
                                     reading after: (Engine) -> T) async throws -> (events: [RecordedEvent], after: T) {
        if let failure { throw failure }
        try precondition(engine)
        let events = try engine.execute(command)
        engine.forgetJournal()
        let result = after(engine)
        try await persist(events)
        return (events, result)
    }

    /// Runs a read against the durable state (reads record audit events, refused reads too), returning — or throwing
    /// the refusal — once those audit events are durable. Readers never wait for one another or for a write, except
    /// for the durability of their own audit events. The engine handed to `body` is a copy whose journal holds only
    /// what the read itself records; the whole trail is ``auditTrail(as:matching:)``.
    public nonisolated func read<T: Sendable>(_ body: (inout Engine) throws -> T) async throws -> T {
        var copy = try published.withLock { box throws -> Engine in
            if let failure = box.failure { throw failure }
            return box.engine
        }
        let outcome: Result<T, any Error>
        do { outcome = .success(try body(&copy)) } catch { outcome = .failure(error) }
        if !copy.journal.isEmpty { try await recordAudit(copy.journal) }
        return try outcome.get()
    }

    /// Sequences a read's audit events after everything decided so far and waits until they are durable.
    private func recordAudit(_ events: [RecordedEvent]) async throws {
        if let failure { throw failure }
        let recorded = engine.rerecord(events)
        engine.forgetJournal()
        try await persist(recorded)
    }

    /// Saves a snapshot of the durable state.
    public func snapshot() async throws {
        try await flushed()
        try await store.saveSnapshot(published.withLock { $0.engine.state })
    }

    /// Waits until everything decided so far is durable.
    public func flushed() async throws {
        try await waitFor(engine.state.lastSequence)
    }

    // MARK: Writing

    func checkUsable() throws {
        if let failure { throw failure }
    }

    func engineCopy() -> Engine { engine }

    /// Takes a trial engine's state as the service's own and waits for its new events to be durable.
    func adopt(_ trial: Engine, events: [RecordedEvent]) async throws {
        engine = trial
        engine.forgetJournal()
        try await persist(events)
    }

    private func persist(_ events: [RecordedEvent]) async throws {
        guard let last = events.last?.sequence else { return }
        unwritten.append(contentsOf: events)
        try await waitFor(last)
    }

    private func waitFor(_ sequence: Int) async throws {
        if sequence <= durable { return }
        if let failure { throw failure }
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiters.append((sequence, continuation))
            if !writing {
                writing = true
                Task { await self.writeLoop() }
            }
        }
    }

    /// Writes everything decided so far in one append, again and again until nothing is left.
    private func writeLoop() async {
        while !unwritten.isEmpty, failure == nil {
            let batch = unwritten
            unwritten.removeAll()
            do {
                try await store.append(batch, expectedLastSequence: durable)
                durable = batch.last?.sequence ?? durable
                // Published before anyone is told: a caller whose command returned reads its own write. The copy is
                // brought up to date outside the lock (readers may hold the old one), then swapped in.
                var next = published.withLock { $0.engine }
                next.replay(batch)
                published.withLock { $0.engine = next }
                release(through: durable, error: nil)
            } catch {
                // The engine holds events the store does not: stop, and let every waiter know.
                let stopped = StoreError(.failed, zh: "写入存储失败，服务已停止，请排除故障后重新打开：\(error.message.zh)",
                                         en: "Writing to the store failed; the service stopped. Fix the cause and reopen it: \(error.message.en)")
                failure = stopped
                published.withLock { $0.failure = stopped }
                release(through: Int.max, error: failure)
            }
        }
        writing = false
    }

    private func release(through sequence: Int, error: StoreError?) {
        var remaining: [(through: Int, continuation: CheckedContinuation<Void, any Error>)] = []
        for waiter in waiters {
            if waiter.through <= sequence {
                if let error { waiter.continuation.resume(throwing: error) } else { waiter.continuation.resume() }
            } else {
                remaining.append(waiter)
            }
        }
        waiters = remaining
    }
}

extension InspectionService {
    /// The whole audit trail from the store, for oversight roles, with every confidential text withheld (who did what
    /// to which record, never what a lead, petition or interview says); `matching` keeps the events an audit search
    /// finds (``RecordedEvent/matchesAuditSearch(_:)``: kinds, accounts and record identifiers, never content).
    public func auditTrail(as actor: Actor, matching query: String? = nil) async throws -> [RecordedEvent] {
        try AccessPolicy.authorizeRead(actor, .auditTrail, state: engine.state, today: engine.today)
        try await flushed()
        return try await store.events(after: 0).lazy
            .filter { event in query.map(event.matchesAuditSearch) ?? true }
            .map(\.withConfidentialTextWithheld)
    }
}

/// What became of a batch of commands (an import): which were refused, and whether the batch was written.
public struct BatchOutcome: Sendable {
    /// The events written (empty when nothing was committed).
    public var events: [RecordedEvent]
    /// The refused commands, by their index in the batch, with the rule that refused each.
    public var refusals: [(index: Int, error: DomainError)]
    /// Whether anything was written.
    public var committed: Bool
}

/// How a batch treats refused commands.
public enum BatchPolicy: Sendable {
    /// Any refusal and nothing is written.
    case allOrNothing
    /// Refused commands are left out; the rest are written.
    case skipRefused
    /// Nothing is written: only the refusals are reported (a dry run).
    case validateOnly
}

extension InspectionService {
    /// Decides every command in order on a trial copy of the engine, each seeing the ones before; then writes the
    /// accepted ones as one atomic append (or nothing, under `.allOrNothing` when any was refused).
    public func executeBatch(_ commands: [Command], policy: BatchPolicy, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) async throws -> BatchOutcome {
        try checkUsable()
        var trial = engineCopy()
        var events: [RecordedEvent] = []
        var refusals: [(index: Int, error: DomainError)] = []
        for (index, command) in commands.enumerated() {
            do {
                events += try trial.execute(command)
            } catch {
                refusals.append((index, error))
            }
            progress?(index + 1, commands.count)
        }
        if policy == .validateOnly || policy == .allOrNothing && !refusals.isEmpty || events.isEmpty {
            return BatchOutcome(events: [], refusals: refusals, committed: false)
        }
        try await adopt(trial, events: events)
        return BatchOutcome(events: events, refusals: refusals, committed: true)
    }
}
