import Testing
@testable import InspectionKit

@Suite("Registry and planning rules")
struct RegistryRulesTests {
    @Test func refusesAnOrganizationWithoutParentUnlessItIsACommittee() throws {
        var world = try World()
        world.assertRefusal(.organizationTree, world.office, .registerOrganization(.init(name: "孤立支部", kind: .villageBranch, parentID: nil, region: "x")))
    }

    @Test func acceptsADepartmentsPartyGroupAsTheRootOfItsOwnSystem() throws {
        var world = try World()
        try world.run(world.office, .registerOrganization(.init(id: "JY", name: "县教育局党组", kind: .departmentPartyGroup, parentID: nil, region: "全县")))
        try world.run(world.office, .registerOrganization(.init(id: "JY-1", name: "县第一中学党委", kind: .school, parentID: "JY", region: "城关")))
        try world.run(world.office, .openTerm(name: "教育系统第二届巡察", committeeID: "JY",
                                             window: DayWindow(start: Day(iso: "2026-01-01")!, end: Day(iso: "2030-12-31")!)))
        #expect(world.engine.state.tree.isInSubtree("JY-1", of: "JY") && world.engine.state.organizations["JY"]?.parentID == nil)
        world.assertRefusal(.organizationTree, world.office, .registerOrganization(.init(name: "孤立中学", kind: .school, parentID: nil, region: "x")))
    }

    @Test func refusesUnknownParentsAndDuplicateIdentifiers() throws {
        var world = try World()
        world.assertRefusal(.unknownRecord, world.office, .registerOrganization(.init(name: "某村", kind: .villageBranch, parentID: "NOPE", region: "x")))
        world.assertRefusal(.duplicateRecord, world.office, .registerOrganization(.init(id: "T1", name: "重复", kind: .townshipCommittee, parentID: "C", region: "x")))
        world.assertRefusal(.invalidInput, world.office, .registerOrganization(.init(name: "  ", kind: .townshipCommittee, parentID: "C", region: "x")))
    }

    @Test func generatesIdentifiersWhenNoneIsGiven() throws {
        var world = try World()
        let events = try world.run(world.office, .registerOrganization(.init(name: "新村", kind: .villageBranch, parentID: "T2", region: "柳河")))
        let org = try world.created(events) { if case .registry(.organizationRegistered(let o)) = $0 { o } else { nil } }
        #expect(org.id.rawValue.hasPrefix("ORG-"))
    }

    @Test func renamesAnOrganizationKeepingItsCodeAndPlaceInTheTree() throws {
        var world = try World()
        let before = try #require(world.engine.state.organizations["T1"])
        try world.run(world.office, .renameOrganization("T1", name: "  青山街道党工委 "))
        let after = try #require(world.engine.state.organizations["T1"])
        #expect(after.name == "青山街道党工委")
        #expect(after.parentID == before.parentID && after.kind == before.kind && after.head == before.head)
        #expect(world.engine.state.tree.isInSubtree("T1", of: "C"))
    }

    @Test func refusesARenameToTheSameOrABlankNameOrOfAnUnknownOrganization() throws {
        var world = try World()
        let current = try #require(world.engine.state.organizations["T1"]).name
        world.assertRefusal(.invalidInput, world.office, .renameOrganization("T1", name: current))
        world.assertRefusal(.invalidInput, world.office, .renameOrganization("T1", name: " \n"))
        world.assertRefusal(.unknownRecord, world.office, .renameOrganization("NOPE", name: "某镇党委"))
        world.assertRefusal(.accessRole, world.t1Head, .renameOrganization("T1", name: "某镇党委"))
        #expect(world.engine.state.organizations["T1"]?.name == current)
    }

    @Test func refusesOverlappingTermsOfOneCommittee() throws {
        var world = try World()
        world.assertRefusal(.termWindow, world.office, .openTerm(name: "重叠", committeeID: "C", window: DayWindow(start: Day(iso: "2026-01-01")!, end: Day(iso: "2030-12-31")!)))
        world.assertRefusal(.termWindow, world.office, .openTerm(name: "倒置", committeeID: "C", window: DayWindow(start: Day(iso: "2031-01-01")!, end: Day(iso: "2030-12-31")!)))
    }

    @Test func refusesDuplicateRoundNumbersAndRoundsOutsideTheTerm() throws {
        var world = try World()
        world.assertRefusal(.roundNumber, world.office, .planRound(termID: world.term, number: 1, kind: .regular, title: "重复", window: World.window))
        world.assertRefusal(.termWindow, world.office, .planRound(termID: world.term, number: 2, kind: .mobile, title: "越界",
                                                                  window: DayWindow(start: Day(iso: "2026-12-01")!, end: Day(iso: "2027-02-01")!)))
    }

    @Test func refusesTargetsOutsideTheCommittee() throws {
        var world = try World()
        try world.run(world.office, .registerOrganization(.init(id: "X", name: "邻县县委", kind: .countyCommittee, parentID: nil, region: "邻县")))
        try world.run(world.office, .registerOrganization(.init(id: "X1", name: "邻县某镇", kind: .townshipCommittee, parentID: "X", region: "邻县")))
        world.assertRefusal(.targetOutsideCommittee, world.office, .adoptPlan(termID: world.term, scope: .term, title: "规划", targetIDs: ["T1", "X1"]))
        world.assertRefusal(.targetOutsideCommittee, world.office, .adoptPlan(termID: world.term, scope: .year(2024), title: "计划", targetIDs: ["C"]))
        world.assertRefusal(.targetOutsideCommittee, world.office, .scheduleInspection(roundID: world.round, targetID: "X1", extensionIDs: [], teamID: world.team))
    }

    @Test func refusesExtensionsThatAreNotBelowTheTarget() throws {
        var world = try World()
        let team = try world.formTeam(leader: "I6", deputies: ["I7"], members: ["I8", "I3", "I4"])
        world.assertRefusal(.invalidInput, world.office, .scheduleInspection(roundID: world.round, targetID: "T2", extensionIDs: ["T1-V1"], teamID: team))
        world.assertRefusal(.duplicateRecord, world.office, .scheduleInspection(roundID: world.round, targetID: "T1", extensionIDs: [], teamID: team))
    }

    @Test func measuresTermCoverageAndWhoIsStillMissing() throws {
        var world = try World()
        var coverage = try world.engine.coverage(of: world.term, as: world.office)
        #expect(Set(coverage.inScope) == ["T1", "T1-V1", "T1-V2", "T2", "D1"])
        #expect(coverage.inspected.isEmpty)
        #expect(Set(coverage.unplanned) == ["T2", "D1"])
        #expect(!coverage.plannedRoundsReachFullCoverage)
        try world.run(world.office, .adoptPlan(termID: world.term, scope: .term, title: "五年规划", targetIDs: ["T2", "D1"]))
        try world.station()
        coverage = try world.engine.coverage(of: world.term, as: world.office)
        #expect(coverage.plannedRoundsReachFullCoverage)
        #expect(Set(coverage.inspected) == ["T1", "T1-V1", "T1-V2"])
        #expect(Set(coverage.notYetInspected) == ["T2", "D1"])
        #expect(abs(coverage.rate - 0.6) < 1e-9)
        // As of the day before the team entered, nothing was inspected yet; as of that day, the target set was.
        let entered = try #require(world.current.stationedOn)
        #expect(try world.engine.coverage(of: world.term, asOf: entered.adding(days: -1), as: world.office).inspected.isEmpty)
        #expect(Set(try world.engine.coverage(of: world.term, asOf: entered, as: world.office).inspected) == ["T1", "T1-V1", "T1-V2"])
    }
}
