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
        world.expectRefusal(.itemTransition, world.t1Head, .attachCloseOutEvidence(items[0].id, [EvidenceItem(title: "材料", reference: "A-1")]))
        world.expectRefusal(.itemTransition, world.office, .acceptCloseOut(items[0].id))
    }

    @Test func refusesCloseOutWithoutEvidence() throws {
        var world = try World()
        let item = try rectified(&world)
        world.expectRefusal(.closeOutEvidence, world.t1Head, .signOffCloseOut(item))
        world.expectRefusal(.closeOutEvidence, world.office, .acceptCloseOut(item))
        world.expectRefusal(.closeOutEvidence, world.t1Head, .attachCloseOutEvidence(item, []))
        world.expectRefusal(.closeOutEvidence, world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "材料", reference: " ")]))
    }

    @Test func refusesSignOffByAnyoneButTheOrganizationsHead() throws {
        var world = try World()
        let item = try rectified(&world)
        try world.run(world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "清退记录", reference: "整改档案-1")]))
        let staff = Actor(id: "t1-staff", name: "整改专班", role: .inspectedOrg, organizationID: "T1")
        world.expectRefusal(.closeOutSignOff, staff, .signOffCloseOut(item))
        world.expectRefusal(.accessRole, world.office, .signOffCloseOut(item))
        world.expectRefusal(.closeOutSignOff, world.office, .acceptCloseOut(item))
        try world.run(world.t1Head, .signOffCloseOut(item))
        world.expectRefusal(.closeOutSignOff, world.t1Head, .signOffCloseOut(item))
        #expect(world.engine.state.rectificationItems[item]?.closeOut.signOff?.headName == "张书记")
    }

    @Test func verifiesOnlyAfterAllThreePartiesAccept() throws {
        var world = try World()
        let item = try rectified(&world)
        try world.run(world.t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "清退记录", reference: "整改档案-1")]))
        try world.run(world.t1Head, .signOffCloseOut(item))
        try world.run(world.office, .acceptCloseOut(item))
        world.expectRefusal(.closeOutAcceptance, world.officeHead, .acceptCloseOut(item))
        world.expectRefusal(.accessRole, world.member("I3"), .acceptCloseOut(item))
        world.expectRefusal(.accessRole, world.discipline, .acceptCloseOut(item))
        try world.run(world.leader(), .acceptCloseOut(item))
        #expect(world.engine.state.rectificationItems[item]?.status == .rectified)
        try world.run(world.t1Head, .acceptCloseOut(item))
        let closed = try #require(world.engine.state.rectificationItems[item])
        #expect(closed.status == .verified)
        #expect(closed.closeOut.isComplete)
    }
}
