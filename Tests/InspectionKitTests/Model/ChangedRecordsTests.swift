import Testing
@testable import InspectionKit
import InspectionKitSamples

/// Entity tags are cached until a record changes, and a record changes only where its event says so: replaying the
/// sample district, every versioned record that differs after an event is among that event's changed records.
@Suite("Changed records")
struct ChangedRecordsTests {
    static func changes<ID: Hashable, Value: Equatable>(_ before: [ID: Value], _ after: [ID: Value], _ make: (ID) -> VersionedRecord) -> Set<VersionedRecord> {
        Set(after.compactMap { id, value in before[id] == value ? nil : make(id) })
    }

    @Test func everyEventNamesEveryVersionedRecordItChanges() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        var state = InspectionState(taxonomy: try Taxonomy.standard())
        var kinds: Set<EventType> = []
        for entry in driver.engine.journal {
            let before = state
            state.apply(entry)
            var changed = Self.changes(before.inspections, state.inspections) { .inspection($0) }
            changed.formUnion(Self.changes(before.findings, state.findings) { .finding($0) })
            changed.formUnion(Self.changes(before.rectificationItems, state.rectificationItems) { .rectificationItem($0) })
            changed.formUnion(Self.changes(before.teams, state.teams) { .team($0) })
            changed.formUnion(Self.changes(before.terms, state.terms) { .term($0) })
            changed.formUnion(Self.changes(before.organizations, state.organizations) { .organization($0) })
            changed.formUnion(Self.changes(before.inspectors, state.inspectors) { .inspector($0) })
            let announced = Set(entry.event.changedRecords)
            #expect(changed.isSubset(of: announced), "\(entry.event.type.rawValue) at \(entry.sequence) changed \(changed.subtracting(announced)) unannounced")
            if !changed.isEmpty { kinds.insert(entry.event.type) }
        }
        #expect(kinds.count >= 25, "the district exercises most kinds of change")
    }

    @Test func aRecordsVersionIsTheLastEventThatChangedIt() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let engine = driver.engine
        var expected: [VersionedRecord: Int] = [:]
        for entry in engine.journal { for record in entry.event.changedRecords { expected[record] = entry.sequence } }
        #expect(expected.count > 100)
        for (record, sequence) in expected { #expect(engine.versions.version(of: record) == sequence) }
        #expect(engine.versions.version(of: .inspection("XC-NEVER")) == 0)
        // An engine restored from a state starts every record at that state's sequence, then follows each change.
        var restored = Engine(restoring: engine.state, clock: driver.clock)
        let item = try #require(engine.state.rectificationItems.values.first { $0.status == .inProgress })
        #expect(restored.versions.version(of: .rectificationItem(item.id)) == engine.state.lastSequence)
        let headID = try #require(engine.state.inspections[item.inspectionID].flatMap { engine.state.organizations[$0.targetID]?.head?.userID })
        let head = try #require(engine.state.users[headID]).actor
        let events = try restored.execute(Command(actor: head, intent: .updateRectification(item.id, status: .inProgress, note: "按计划推进")))
        #expect(restored.versions.version(of: .rectificationItem(item.id)) == events.last?.sequence)
    }
}
