import Testing
@testable import InspectionKit
import InspectionKitSamples

@Suite("In-memory store")
struct InMemoryEventStoreTests {
    @Test func passesTheStoreConformanceSuite() async {
        let failures = await EventStoreConformance.failures { InMemoryEventStore() }
        #expect(failures.isEmpty, "\(failures)")
    }
}
