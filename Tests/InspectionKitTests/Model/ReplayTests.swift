import Foundation
import Testing
@testable import InspectionKit
import InspectionKitSamples

@Suite("Events are the record")
struct ReplayTests {
    @Test func replayingTheJournalRebuildsTheSameState() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let rebuilt = try Engine(replaying: driver.engine.journal)
        #expect(rebuilt.state == driver.engine.state)
    }

    @Test func theSameSeedGivesTheSameRecord() throws {
        let first = try SampleDistrict.engine(seed: 7, size: .small).driver
        let second = try SampleDistrict.engine(seed: 7, size: .small).driver
        #expect(first.engine.journal == second.engine.journal)
        let other = try SampleDistrict.engine(seed: 8, size: .small).driver
        #expect(other.engine.journal != first.engine.journal)
    }

    @Test func replayingTheScriptOfCommandsRebuildsTheSameRecord() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let again = try EngineDriver()
        try again.replay(driver.script)
        #expect(again.engine.journal == driver.engine.journal)
    }

    @Test func eventsAndStateSurviveAJSONRoundTrip() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let encoder = JSONEncoder()
        let decoder = JSONDecoder()
        let journal = try decoder.decode([RecordedEvent].self, from: encoder.encode(driver.engine.journal))
        #expect(journal == driver.engine.journal)
        let state = try decoder.decode(InspectionState.self, from: encoder.encode(driver.engine.state))
        #expect(state == driver.engine.state)
        let script = try decoder.decode([ScriptStep].self, from: encoder.encode(driver.script))
        #expect(script == driver.script)
    }

    @Test func decidingDoesNotChangeAnything() throws {
        var world = try World()
        let before = world.engine.state
        let events = try world.engine.decide(Command(actor: world.office, intent: .registerOrganization(.init(name: "新村", kind: .villageBranch, parentID: "T2", region: "柳河"))))
        #expect(events.count == 1)
        #expect(world.engine.state == before)
        try world.run(world.office, .registerOrganization(.init(name: "新村", kind: .villageBranch, parentID: "T2", region: "柳河")))
        #expect(world.engine.state != before)
    }

    @Test func numbersIdentifiersByKindThroughTheInjectedScheme() throws {
        let clock = ManualTimeSource(day: World.start)
        var engine = try Engine(clock: clock, identifiers: PrefixedIdentifierScheme(officeCode: "QX"))
        let office = Actor(id: "office", name: "巡察办", role: .office)
        try engine.execute(Command(actor: office, intent: .registerOrganization(.init(name: "区委", kind: .countyCommittee, parentID: nil, region: "青溪"))))
        try engine.execute(Command(actor: office, intent: .registerOrganization(.init(name: "某镇", kind: .townshipCommittee, parentID: "QX-ORG-000001", region: "青溪"))))
        #expect(engine.state.organizations.keys.sorted() == ["QX-ORG-000001", "QX-ORG-000002"])
        #expect(engine.journal.map(\.sequence) == [1, 2])
    }
}
