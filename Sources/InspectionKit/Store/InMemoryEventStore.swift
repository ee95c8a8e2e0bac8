/// A store that keeps everything in memory, for tests and for embedding where durability is the host's concern.
public actor InMemoryEventStore: EventStore {
    private var journal: [RecordedEvent] = []
    private var snapshot: InspectionState?

    /// An empty store.
    public init() {}

    /// The sequence of the last event held.
    public func lastSequence() -> Int { journal.last?.sequence ?? 0 }

    /// Appends a batch if the last sequence is as expected.
    public func append(_ events: [RecordedEvent], expectedLastSequence: Int) throws(StoreError) {
        let actual = lastSequence()
        guard actual == expectedLastSequence else { throw .conflict(expected: expectedLastSequence, actual: actual) }
        try Self.checkNumbering(events, after: actual)
        journal.append(contentsOf: events)
    }

    /// The events after `sequence`.
    public func events(after sequence: Int) -> [RecordedEvent] {
        Array(journal.drop { $0.sequence <= sequence })
    }

    /// Keeps `state` as the snapshot.
    public func saveSnapshot(_ state: InspectionState) throws(StoreError) {
        guard state.lastSequence <= lastSequence() else {
            throw StoreError(.invalidBatch, zh: "快照序号\(state.lastSequence)超过了日志的最后序号\(lastSequence())。",
                             en: "The snapshot's sequence \(state.lastSequence) is past the journal's last sequence \(lastSequence()).")
        }
        if state.lastSequence >= (snapshot?.lastSequence ?? -1) { snapshot = state }
    }

    /// The snapshot kept, if any.
    public func latestSnapshot() -> InspectionState? { snapshot }
}
