import Testing
@testable import InspectionKit

/// A store whose appends can be held at the door and then let through or failed, to watch what readers see while a
/// write is on its way.
actor GatedStore: EventStore {
    enum Outcome: Sendable { case write, fail }
    private let inner = InMemoryEventStore()
    private var holding = false
    private var held: CheckedContinuation<Outcome, Never>?
    private var arrived: CheckedContinuation<Void, Never>?

    /// Holds the next append until ``release(_:)``.
    func holdNextAppend() { holding = true }

    /// Waits until a held append has arrived.
    func appendArrived() async {
        if held != nil { return }
        await withCheckedContinuation { arrived = $0 }
    }

    /// Lets the held append through, or fails it.
    func release(_ outcome: Outcome) {
        held?.resume(returning: outcome)
        held = nil
    }

    func lastSequence() async throws(StoreError) -> Int { try await inner.lastSequence() }

    func append(_ events: [RecordedEvent], expectedLastSequence: Int) async throws(StoreError) {
        if holding {
            holding = false
            let outcome = await withCheckedContinuation { continuation in
                held = continuation
                arrived?.resume()
                arrived = nil
            }
            if outcome == .fail { throw StoreError(.io, zh: "磁盘已满。", en: "The disk is full.") }
        }
        try await inner.append(events, expectedLastSequence: expectedLastSequence)
    }

    func events(after sequence: Int) async throws(StoreError) -> [RecordedEvent] { try await inner.events(after: sequence) }
    func saveSnapshot(_ state: InspectionState) async throws(StoreError) { try await inner.saveSnapshot(state) }
    func latestSnapshot() async throws(StoreError) -> InspectionState? { try await inner.latestSnapshot() }
}

@Suite("Durable before visible")
struct DurableReadsTests {
    private let office = Actor(id: "office", name: "巡察办", role: .office, isOfficeHead: true)

    private func register(_ id: OrganizationID, parent: OrganizationID? = "QX") -> Command {
        Command(actor: office, intent: .registerOrganization(.init(id: id, name: "组织\(id)", kind: parent == nil ? .countyCommittee : .villageBranch,
                                                                   parentID: parent, region: "青溪")))
    }

    private func started(on store: GatedStore) async throws -> InspectionService {
        let service = try await InspectionService(store: store, clock: ManualTimeSource(day: Day(iso: "2025-01-01") ?? Day(number: 0)))
        try await service.execute(register("QX", parent: nil))
        return service
    }

    @Test func aReaderNeverSeesAnEventWhoseWriteFailed() async throws {
        let store = GatedStore()
        let service = try await started(on: store)
        await store.holdNextAppend()
        let writer = Task { try await service.execute(register("V1")) }
        await store.appendArrived()
        // Decided, not durable: no reader is shown it, by either road.
        #expect(await service.state.organizations["V1"] == nil)
        #expect(try await service.read { $0.state.organizations["V1"] } == nil)
        await store.release(.fail)
        await #expect(throws: StoreError.self) { try await writer.value }
        #expect(await service.state.organizations["V1"] == nil)
        #expect(await service.state.organizations["QX"] != nil)
        await #expect(throws: StoreError.self) { try await service.read { $0.state.organizations.count } }
        #expect(try await store.events(after: 0).count == 1)
    }

    @Test func aCommandIsVisibleOnceDurableAndToItsCallerAtOnce() async throws {
        let store = GatedStore()
        let service = try await started(on: store)
        await store.holdNextAppend()
        let writer = Task { () async throws -> Bool in
            try await service.execute(register("V2"))
            return await service.state.organizations["V2"] != nil
        }
        await store.appendArrived()
        #expect(await service.state.organizations["V2"] == nil)
        await store.release(.write)
        #expect(try await writer.value, "the caller reads its own write as soon as its command returns")
        #expect(try await service.read { $0.state.organizations["V2"]?.name } == "组织V2")
    }

    @Test func readersAnswerWhileAWriteIsHeldAndAuditedReadsAreSequencedAfterIt() async throws {
        let store = GatedStore()
        let service = try await started(on: store)
        await store.holdNextAppend()
        let writer = Task { try await service.execute(register("V3")) }
        await store.appendArrived()
        // Many plain reads answer while the write is held at the door.
        for _ in 0..<50 { #expect(try await service.read { $0.state.organizations.count } == 1) }
        await store.release(.write)
        try await writer.value
        #expect(try await store.events(after: 0).map(\.sequence) == [1, 2])
    }
}
