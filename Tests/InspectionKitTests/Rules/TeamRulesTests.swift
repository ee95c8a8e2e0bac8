import Testing
@testable import InspectionKit

@Suite("Team composition and 三个不固定")
struct TeamRulesTests {
    private func composition(_ leader: InspectorID, _ deputies: [InspectorID], _ members: [InspectorID]) -> Intent {
        .teams(.formTeam(roundID: "RND-000001", name: "组", composition: TeamComposition(leaderID: leader, deputyIDs: deputies, memberIDs: members)))
    }

    @Test func refusesTeamsOfTheWrongSize() throws {
        var world = try World()
        world.assertRefusal(.teamComposition, world.office, composition("I1", ["I2"], ["I3", "I4"]))
        world.assertRefusal(.teamComposition, world.office, composition("I1", ["I2"], ["I3", "I4", "I5", "I6", "I7", "I8"]))
    }

    @Test func refusesTeamsWithoutOneOrTwoDeputies() throws {
        var world = try World()
        world.assertRefusal(.teamComposition, world.office, composition("I1", [], ["I3", "I4", "I5", "I6"]))
        world.assertRefusal(.teamComposition, world.office, composition("I1", ["I2", "I3", "I4"], ["I5", "I6"]))
    }

    @Test func refusesThePersonInTwoPositions() throws {
        var world = try World()
        world.assertRefusal(.teamComposition, world.office, composition("I1", ["I1"], ["I3", "I4", "I5"]))
    }

    @Test func refusesUnknownInspectors() throws {
        var world = try World()
        world.assertRefusal(.unknownRecord, world.office, composition("I1", ["I2"], ["I3", "I4", "NOBODY"]))
    }

    @Test func honoursAnOfficesOwnTeamSize() throws {
        var settings = OfficeSettings()
        settings.teamSize = 3...5
        var world = try World(settings: settings)
        try world.run(world.office, composition("I1", ["I2"], ["I3"]))
        #expect(world.engine.state.teams.values.contains { $0.everyone.count == 3 })
        world.assertRefusal(.teamComposition, world.office, composition("I1", ["I2"], ["I3", "I4", "I5", "I6"]))
    }

    @Test func refusesChangingATeamOnceItIsAuthorized() throws {
        var world = try World()
        try world.station()
        world.assertRefusal(.teamLocked, world.office, .changeTeam(world.team, TeamComposition(leaderID: "I6", deputyIDs: ["I2"], memberIDs: ["I3", "I4", "I5"])))
    }

    @Test func refusesSendingTheSameLeaderToTheSameOrganizationTwiceInATerm() throws {
        var world = try World()
        try world.station()
        let round2 = try world.created(world.run(world.office, .planRound(termID: world.term, number: 2, kind: .regular, title: "第二轮",
                                                                           window: DayWindow(start: Day(iso: "2024-09-01")!, end: Day(iso: "2024-12-01")!)))) {
            if case .planning(.roundPlanned(let r)) = $0 { r.id } else { nil }
        }
        let team2 = try world.formTeam(leader: "I1", deputies: ["I6"], members: ["I7", "I8", "I3"], round: round2)
        let second = try world.schedule(target: "T1", team: team2, round: round2)
        let window = DayWindow(start: Day(iso: "2024-09-01")!, end: Day(iso: "2024-11-01")!)
        world.clock.set(day: window.start)
        world.assertRefusal(.rotation, world.leadingGroup, .authorize(second, window: window, noticeDay: window.start))
        world.assertRefusal(.rotation, world.office, .overrideRotation(termID: world.term, leaderID: "I1", organizationID: "T1"))
        try world.run(world.office, .overrideRotation(termID: world.term, leaderID: "I1", organizationID: "T1"), reason: "专项巡察需熟悉情况的组长")
        try world.run(world.leadingGroup, .authorize(second, window: window, noticeDay: window.start))
        #expect(world.engine.state.inspections[second]?.stage == .authorized)
    }
}
