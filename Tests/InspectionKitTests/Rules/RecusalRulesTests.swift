import Testing
@testable import InspectionKit

@Suite("Recusal (回避)")
struct RecusalRulesTests {
    private func authorize(_ world: inout World) -> Intent {
        world.clock.set(day: World.window.start)
        return .authorize(world.inspection, window: World.window, noticeDay: World.window.start)
    }

    private func addInspector(_ world: inout World, id: InspectorID, home: OrganizationID = "O1", postings: [Posting] = [], relatives: [Relative] = [],
                              region: String = "青溪区") throws {
        try world.run(world.office, .registerInspector(.init(id: id, name: "新干部", homeOrganizationID: home, rank: "科员", expertise: [.audit],
                                                             region: region, postings: postings, relatives: relatives)))
    }

    private func putOnTeam(_ world: inout World, _ id: InspectorID) throws {
        try world.run(world.office, .changeTeam(world.team, TeamComposition(leaderID: "I1", deputyIDs: ["I2"], memberIDs: ["I3", "I4", id])))
    }

    @Test func refusesAuthorizationWhenAMemberBelongsToTheTarget() throws {
        var world = try World()
        try addInspector(&world, id: "X", home: "T1")
        try putOnTeam(&world, "X")
        let intent = authorize(&world)
        world.assertRefusal(.recusalUnresolved, world.leadingGroup, intent)
    }

    @Test func refusesAuthorizationWhenAMemberBelongsBelowTheTarget() throws {
        var world = try World()
        try addInspector(&world, id: "X", home: "T1-V2")
        try putOnTeam(&world, "X")
        let intent = authorize(&world)
        world.assertRefusal(.recusalUnresolved, world.leadingGroup, intent)
    }

    @Test func refusesAuthorizationWhenAMemberServedThereWithinFiveYears() throws {
        var world = try World()
        try addInspector(&world, id: "X", postings: [Posting(organizationID: "T1", start: Day(iso: "2015-01-01")!, end: Day(iso: "2020-06-30")!)])
        try putOnTeam(&world, "X")
        let conflicts = try world.engine.recusalReport(for: world.inspection, as: world.office)
        #expect(Set(conflicts.map(\.kind)) == [.post])
        #expect(Set(conflicts.map(\.targetID)) == ["T1", "T1-V1", "T1-V2"])
        let intent = authorize(&world)
        world.assertRefusal(.recusalUnresolved, world.leadingGroup, intent)
    }

    @Test func ignoresPostingsThatEndedMoreThanFiveYearsAgo() throws {
        var world = try World()
        try addInspector(&world, id: "X", postings: [Posting(organizationID: "T1", start: Day(iso: "2010-01-01")!, end: Day(iso: "2018-12-31")!)])
        try putOnTeam(&world, "X")
        #expect(try world.engine.recusalReport(for: world.inspection, as: world.office).isEmpty)
        try world.run(world.leadingGroup, authorize(&world))
    }

    @Test func honoursAnOfficesOwnRecusalPeriod() throws {
        var settings = OfficeSettings()
        settings.postRecusalYears = 10
        var world = try World(settings: settings)
        try addInspector(&world, id: "X", postings: [Posting(organizationID: "T1", start: Day(iso: "2010-01-01")!, end: Day(iso: "2018-12-31")!)])
        try putOnTeam(&world, "X")
        #expect(try world.engine.recusalReport(for: world.inspection, as: world.office).count == 3)
    }

    @Test func refusesAuthorizationWhenADeclaredRelativeHoldsOfficeInTheTargetSubtree() throws {
        var world = try World()
        try addInspector(&world, id: "X", relatives: [Relative(name: "王某", relation: "配偶", organizationID: "T1-V1", post: "村文书")])
        try putOnTeam(&world, "X")
        let conflicts = try world.engine.recusalReport(for: world.inspection, as: world.office)
        // The relative's village is in the township's subtree and is itself a target.
        #expect(Set(conflicts.map(\.kind)) == [.kin])
        #expect(Set(conflicts.map(\.targetID)) == ["T1", "T1-V1"])
        let intent = authorize(&world)
        world.assertRefusal(.recusalUnresolved, world.leadingGroup, intent)
    }

    @Test func appliesRegionalRecusalOnlyWhereTheOfficeEnablesIt() throws {
        var world = try World()
        try addInspector(&world, id: "X", region: "石桥")
        try putOnTeam(&world, "X")
        #expect(try world.engine.recusalReport(for: world.inspection, as: world.office).isEmpty)

        var settings = OfficeSettings()
        settings.regionalRecusal = true
        var strict = try World(settings: settings)
        try addInspector(&strict, id: "X", region: "石桥")
        try putOnTeam(&strict, "X")
        #expect(Set(try strict.engine.recusalReport(for: strict.inspection, as: strict.office).map(\.kind)) == [.region])
        let intent = authorize(&strict)
        strict.assertRefusal(.recusalUnresolved, strict.leadingGroup, intent)
    }

    @Test func aLeadingGroupWaiverWithAReasonResolvesTheConflict() throws {
        var world = try World()
        try addInspector(&world, id: "X", relatives: [Relative(name: "王某", relation: "表兄", organizationID: "T1-V1", post: "村民小组长")])
        try putOnTeam(&world, "X")
        world.assertRefusal(.recusalWaiver, world.leadingGroup, .waiveRecusal(inspectionID: world.inspection, inspectorID: "X", targetID: "T1", kind: .kin))
        world.assertRefusal(.recusalWaiver, world.leadingGroup, .waiveRecusal(inspectionID: world.inspection, inspectorID: "X", targetID: "T1", kind: .post), reason: "无此冲突")
        world.assertRefusal(.accessRole, world.office, .waiveRecusal(inspectionID: world.inspection, inspectorID: "X", targetID: "T1", kind: .kin), reason: "办公室不能豁免")
        try world.run(world.leadingGroup, .waiveRecusal(inspectionID: world.inspection, inspectorID: "X", targetID: "T1", kind: .kin), reason: "远亲且非村两委成员，经领导小组研究同意")
        // The village is a target too: one waiver does not cover it.
        let partial = authorize(&world)
        world.assertRefusal(.recusalUnresolved, world.leadingGroup, partial)
        try world.run(world.leadingGroup, .waiveRecusal(inspectionID: world.inspection, inspectorID: "X", targetID: "T1-V1", kind: .kin), reason: "远亲且非村两委成员，经领导小组研究同意")
        let conflicts = try world.engine.recusalReport(for: world.inspection, as: world.office)
        #expect(conflicts.allSatisfy { $0.isResolved })
        #expect(conflicts.first?.waiver?.reason == "远亲且非村两委成员，经领导小组研究同意")
        try world.run(world.leadingGroup, authorize(&world))
    }

    @Test func changingTheTeamResolvesTheConflict() throws {
        var world = try World()
        try addInspector(&world, id: "X", home: "T1")
        try putOnTeam(&world, "X")
        try world.run(world.office, .changeTeam(world.team, TeamComposition(leaderID: "I1", deputyIDs: ["I2"], memberIDs: ["I3", "I4", "I5"])))
        try world.run(world.leadingGroup, authorize(&world))
        #expect(world.current.stage == .authorized)
    }
}
