import InspectionKit
/// The people of the sample district who act in it: office, leading group, receiving bodies, auditor.
public struct SampleCast: Sendable {
    /// The cast.
    public init() {}

    /// 巡察办主任 — the office head (sees leads and petitioner identities).
    public let officeHead = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
    /// 巡察办工作人员.
    public let officeStaff = Actor(id: "u-office-staff", name: "林晓东", role: .office)
    /// 巡察工作领导小组.
    public let leadingGroup = Actor(id: "u-leading-group", name: "区委巡察工作领导小组", role: .leadingGroup)
    /// 区纪委监委.
    public let disciplineCommission = Actor(id: "u-discipline", name: "区纪委监委", role: .disciplineCommission)
    /// 区委组织部.
    public let organizationDepartment = Actor(id: "u-org-dept", name: "区委组织部", role: .organizationDepartment)
    /// 监督审计人员.
    public let auditor = Actor(id: "u-auditor", name: "审计监督员", role: .auditor)

    /// The actor of an organization's head.
    public func head(of organization: Organization) -> Actor? {
        guard let head = organization.head, let user = head.userID else { return nil }
        return Actor(id: user, name: head.name, role: .inspectedOrg, organizationID: organization.id)
    }

    /// The actor of an inspector acting on a team, as leader or member.
    public func inspector(_ inspector: Inspector, leading: Bool) -> Actor {
        Actor(id: inspector.userID ?? UserID("u-\(inspector.id)"), name: inspector.name, role: leading ? .teamLeader : .teamMember, inspectorID: inspector.id)
    }
}
