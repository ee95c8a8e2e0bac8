import Foundation
import Testing
@testable import InspectionKit
import InspectionKitSamples

@Suite("Service over a store")
struct InspectionServiceTests {
    private let office = Actor(id: "office", name: "巡察办", role: .office)
    private let auditor = Actor(id: "audit", name: "审计", role: .auditor)

    private func register(_ n: Int) -> Command {
        Command(actor: office, intent: .registerOrganization(.init(id: OrganizationID("V\(n)"), name: "第\(n)村", kind: .villageBranch, parentID: "QX", region: "青溪")))
    }

    private func service(on store: any EventStore) async throws -> InspectionService {
        try await InspectionService(store: store, clock: ManualTimeSource(day: Day(iso: "2025-01-01") ?? Day(number: 0)))
    }

    @Test func tellsTheDayOfAnInstantInTheOfficesTimeZone() async throws {
        // 2025-01-01 20:00 UTC is already 2 January in Beijing, still 1 January in an office that keeps UTC.
        let instant = Date(timeIntervalSince1970: 1_735_761_600)
        let beijing = try await service(on: InMemoryEventStore())
        var utc = OfficeSettings()
        utc.utcOffsetSeconds = 0
        let london = try await InspectionService(store: InMemoryEventStore(), settings: utc, clock: ManualTimeSource(day: Day(iso: "2025-01-01") ?? Day(number: 0)))
        #expect(beijing.day(of: instant).iso == "2025-01-02")
        #expect(london.day(of: instant).iso == "2025-01-01")
    }

    @Test func makesEveryAcknowledgedCommandDurableAndSurvivesRestart() async throws {
        let store = InMemoryEventStore()
        let first = try await service(on: store)
        try await first.execute(Command(actor: office, intent: .registerOrganization(.init(id: "QX", name: "区委", kind: .countyCommittee, parentID: nil, region: "青溪"))))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 1...60 { group.addTask { try await first.execute(register(n)) } }
            try await group.waitForAll()
        }
        let state = await first.state
        #expect(state.organizations.count == 61)
        #expect(await store.lastSequence() == state.lastSequence)
        try await first.snapshot()
        try await first.execute(register(61))
        let second = try await service(on: store)
        #expect(await second.state == first.state)
    }

    @Test func refusesWithoutWritingAndNamesTheRule() async throws {
        let store = InMemoryEventStore()
        let service = try await service(on: store)
        await #expect(throws: DomainError.self) { try await service.execute(register(1)) }
        #expect(await store.lastSequence() == 0)
        #expect(await service.state.lastSequence == 0)
    }

    @Test func persistsTheAuditOfConfidentialReadsBeforeReturningThem() async throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let store = InMemoryEventStore()
        try await store.append(driver.engine.journal, expectedLastSequence: 0)
        let service = try await InspectionService(store: store, clock: driver.clock)
        let head = SampleDistrict(seed: 2024, size: .small, today: SampleDistrict.defaultToday).cast.officeHead
        let leads = try await service.read { engine in try engine.leads(as: head) }
        #expect(!leads.isEmpty)
        let trail = try await service.auditTrail(as: auditor)
        #expect(trail.suffix(leads.count).map(\.event) == leads.map { .confidentialRecordRead(.lead($0.id)) })
        #expect(trail.suffix(leads.count).allSatisfy { $0.actor == head.id })
        #expect(await store.lastSequence() == driver.engine.journal.count + leads.count)
        await #expect(throws: DomainError.self) { try await service.auditTrail(as: Actor(id: "m", name: "组员", role: .teamMember, inspectorID: "INS-001")) }
    }

    @Test func writesABatchWholeOrNotAtAll() async throws {
        let store = InMemoryEventStore()
        let service = try await service(on: store)
        let root = Command(actor: office, intent: .registerOrganization(.init(id: "QX", name: "区委", kind: .countyCommittee, parentID: nil, region: "青溪")))
        // The second command needs the first (its parent) and the fourth is a duplicate of the second.
        let batch = [root, register(1), register(2), register(1)]
        let refused = try await service.executeBatch(batch, policy: .allOrNothing)
        #expect(!refused.committed)
        #expect(refused.refusals.map(\.index) == [3])
        #expect(refused.refusals.first?.error.rule == .duplicateRecord)
        #expect(await store.lastSequence() == 0)
        #expect(await service.state.organizations.isEmpty)
        let skipped = try await service.executeBatch(batch, policy: .skipRefused)
        #expect(skipped.committed)
        #expect(skipped.events.count == 3)
        #expect(await store.lastSequence() == 3)
        #expect(await service.state.organizations.count == 3)
    }

    @Test func stopsAfterAFailedWriteAndRefusesWhatFollows() async throws {
        let service = try await service(on: FailingStore())
        await #expect(throws: StoreError.self) {
            try await service.execute(Command(actor: office, intent: .registerOrganization(.init(id: "QX", name: "区委", kind: .countyCommittee, parentID: nil, region: "青溪"))))
        }
        await #expect(throws: StoreError.self) { try await service.execute(register(1)) }
    }
}

/// A store whose disk is full.
private actor FailingStore: EventStore {
    func lastSequence() -> Int { 0 }
    func append(_ events: [RecordedEvent], expectedLastSequence: Int) throws(StoreError) {
        throw StoreError(.io, zh: "磁盘已满", en: "No space left on device")
    }
    func events(after sequence: Int) -> [RecordedEvent] { [] }
    func saveSnapshot(_ state: InspectionState) {}
    func latestSnapshot() -> InspectionState? { nil }
}
