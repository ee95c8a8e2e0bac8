import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

@Suite("Service on the JSON store")
struct ServiceOnJSONStoreTests {
    @Test func groupCommitsConcurrentCommandsAndReopensToTheSameState() async throws {
        let url = StoreFixtures.directory()
        let office = Actor(id: "office", name: "巡察办", role: .office)
        let clock = ManualTimeSource(day: Day(iso: "2025-01-01") ?? Day(number: 0))
        var store = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let service = try await InspectionService(store: store, clock: clock)
        try await service.execute(Command(actor: office, intent: .registerOrganization(.init(id: "QX", name: "区委", kind: .countyCommittee, parentID: nil, region: "青溪"))))
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 1...120 {
                group.addTask {
                    try await service.execute(Command(actor: office, intent: .registerOrganization(.init(id: OrganizationID("V\(n)"), name: "第\(n)村",
                                                                                                           kind: .villageBranch, parentID: "QX", region: "青溪"))))
                }
            }
            try await group.waitForAll()
        }
        #expect(store.journalSyncs < 121)
        try await service.snapshot()
        let state = await service.state
        store.close()
        store = try JSONEventStore(at: url, keys: StoreFixtures.keys)
        let reopened = try await InspectionService(store: store, clock: clock)
        #expect(await reopened.state == state)
        #expect(try store.verify().events == 121)
    }
}
