/// The storage boundary: where journaled events and snapshots are kept. The in-memory store serves tests and
/// embedding; the JSON store (InspectionKitJSON) is the embedded default. Every store passes `EventStoreConformance`.
public protocol EventStore: Sendable {
    /// The sequence number of the last durable event (0 when the store is empty).
    func lastSequence() async throws(StoreError) -> Int

    /// Appends `events` as one batch, atomically, if the last durable sequence is `expectedLastSequence`
    /// (optimistic concurrency). The events must be numbered on from it. When this returns, the batch is durable.
    func append(_ events: [RecordedEvent], expectedLastSequence: Int) async throws(StoreError)

    /// The durable events after `sequence`, in order.
    func events(after sequence: Int) async throws(StoreError) -> [RecordedEvent]

    /// Saves `state` as a snapshot at its `lastSequence`, which must be durable in the journal.
    func saveSnapshot(_ state: InspectionState) async throws(StoreError)

    /// The latest snapshot that agrees with the journal, if any.
    func latestSnapshot() async throws(StoreError) -> InspectionState?
}

extension EventStore {
    /// Checks that a batch is numbered on from `expected` without gaps.
    public static func checkNumbering(_ events: [RecordedEvent], after expected: Int) throws(StoreError) {
        for (offset, event) in events.enumerated() where event.sequence != expected + 1 + offset {
            throw StoreError(.invalidBatch,
                             zh: "待写入的第\(offset + 1)个事件序号为\(event.sequence)，应为\(expected + 1 + offset)：事件须紧接现有序号连续编号。",
                             en: "Event \(offset + 1) of the batch has sequence \(event.sequence) where \(expected + 1 + offset) was expected: number events on from the store's last sequence.")
        }
    }
}

extension EventStore {
    /// The current state: the latest snapshot (or an empty state classified by `taxonomy`) with every later event applied.
    public func restoreState(taxonomy: Taxonomy) async throws(StoreError) -> InspectionState {
        var state = try await latestSnapshot() ?? InspectionState(taxonomy: taxonomy)
        state.apply(try await events(after: state.lastSequence))
        return state
    }
}
