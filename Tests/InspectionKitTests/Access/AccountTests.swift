import Testing
@testable import InspectionKit
import InspectionKitSamples

@Suite("Accounts")
struct AccountTests {
    @Test func theFirstAccountIsOpenedByTheOfficeAndTheRestByItsHead() throws {
        var world = try World()
        world.assertRefusal(.accessRole, world.leadingGroup, .registerUser(UserAccount(id: "lg", name: "领导小组", role: .leadingGroup)))
        try world.run(world.office, .registerUser(UserAccount(id: "office-head", name: "巡察办主任", role: .office, isOfficeHead: true)))
        world.assertRefusal(.accessRole, world.office, .registerUser(UserAccount(id: "lg", name: "领导小组", role: .leadingGroup)))
        try world.run(world.officeHead, .registerUser(UserAccount(id: "lg", name: "领导小组", role: .leadingGroup)))
        #expect(world.engine.state.users["lg"]?.actor.role == .leadingGroup)
    }

    @Test func refusesAccountsThatDoNotTieToTheRecord() throws {
        var world = try World()
        try world.run(world.office, .registerUser(UserAccount(id: "office-head", name: "主任", role: .office, isOfficeHead: true)))
        let head = world.officeHead
        world.assertRefusal(.invalidInput, head, .registerUser(UserAccount(id: "m", name: "组员", role: .teamMember)))
        world.assertRefusal(.unknownRecord, head, .registerUser(UserAccount(id: "m", name: "组员", role: .teamMember, inspectorID: "NOBODY")))
        world.assertRefusal(.invalidInput, head, .registerUser(UserAccount(id: "t", name: "镇", role: .inspectedOrg)))
        world.assertRefusal(.invalidInput, head, .registerUser(UserAccount(id: "x", name: "x", role: .auditor, isOfficeHead: true)))
        world.assertRefusal(.invalidInput, head, .registerUser(UserAccount(id: "two words", name: "x", role: .auditor)))
        world.assertRefusal(.duplicateRecord, head, .registerUser(UserAccount(id: "office-head", name: "又一个", role: .office)))
        try world.run(head, .registerUser(UserAccount(id: "m", name: "组员", role: .teamMember, inspectorID: "I3")))
        try world.run(head, .deactivateUser("m"))
        #expect(world.engine.state.users["m"]?.active == false)
        world.assertRefusal(.invalidInput, head, .deactivateUser("m"))
        world.assertRefusal(.invalidInput, head, .deactivateUser("office-head"))
    }

    @Test func theSampleDistrictHasAnAccountForEveryoneWhoActs() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        let users = driver.state.users
        #expect(users[district.cast.officeHead.id]?.isOfficeHead == true)
        #expect(users.values.filter { $0.role == .teamMember }.count == driver.state.inspectors.count)
        #expect(users.values.filter { $0.role == .inspectedOrg }.count == driver.state.organizations.values.filter { $0.head != nil }.count)
        // Every actor in the journal has an account.
        #expect(Set(driver.engine.journal.map(\.actor)).isSubset(of: Set(users.keys)))
    }
}
