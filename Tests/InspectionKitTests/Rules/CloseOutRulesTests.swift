import Testing
@testable import InspectionKit

@Suite("Close-out (销号)")
struct CloseOutRulesTests {
    private func rectified(_ world: inout World) throws -> RectificationItemID {
        let (_, items) = try world.rectifying()
        let item = items[0].id
        try world.run(world.t1Head, .updateRectification(item, status: .inProgress, note: "启动"))
        try world.run(world.t1Head, .updateRectification(item, status: .rectified, note: "完成"))
        return item
    }

    @Test func refusesCloseOutBeforeTheItemIsRectified() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        world.assertRefusal(.itemTransition, world.t1Head, .attachCloseOutEvidence(items[0].id, [EvidenceItem(title: "材料", reference: "A-1")]))
        world.assertRefusal(.itemTransition, world.office, .acceptCloseOut(items[0].id))
    }

    @Test func refusesCloseOutWithoutEvidence() throws {
        var world = try World()
        let item = try rectified(&world)
        world.assertRefusal(.closeOutEvidence, world.t1Head, .signOffCloseOut(item))
        world.assertRefusal(.closeOutEvidence, world.office, .acceptCloseOut(item))
        world.assertRefusal(.closeOutEvidence, world.t1Head, .attachCloseOutEvidence(item, []))
        world.assertRefusal(.closeOutEvidence, world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "材料", reference: " ")]))
    }

    @Test func refusesSignOffByAnyoneButTheOrganizationsHead() throws {
        var world = try World()
        let item = try rectified(&world)
        try world.run(world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "清退记录", reference: "整改档案-1")]))
        let staff = Actor(id: "t1-staff", name: "整改专班", role: .inspectedOrg, organizationID: "T1")
        world.assertRefusal(.closeOutSignOff, staff, .signOffCloseOut(item))
        world.assertRefusal(.accessRole, world.office, .signOffCloseOut(item))
        world.assertRefusal(.closeOutSignOff, world.office, .acceptCloseOut(item))
        try world.run(world.t1Head, .signOffCloseOut(item))
        world.assertRefusal(.closeOutSignOff, world.t1Head, .signOffCloseOut(item))
        #expect(world.engine.state.rectificationItems[item]?.closeOut.signOff?.headName == "张书记")
    }

    @Test func verifiesOnlyAfterAllThreePartiesAccept() throws {
        var world = try World()
        let item = try rectified(&world)
        try world.run(world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "清退记录", reference: "整改档案-1")]))
        try world.run(world.t1Head, .signOffCloseOut(item))
        try world.run(world.office, .acceptCloseOut(item))
        world.assertRefusal(.closeOutAcceptance, world.officeHead, .acceptCloseOut(item))
        world.assertRefusal(.accessRole, world.member("I3"), .acceptCloseOut(item))
        world.assertRefusal(.accessRole, world.discipline, .acceptCloseOut(item))
        try world.run(world.leader(), .acceptCloseOut(item))
        #expect(world.engine.state.rectificationItems[item]?.status == .rectified)
        try world.run(world.t1Head, .acceptCloseOut(item))
        let closed = try #require(world.engine.state.rectificationItems[item])
        #expect(closed.status == .verified)
        #expect(closed.closeOut.isComplete)
    }
}
