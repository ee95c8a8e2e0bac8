/// 角色 — the roles the access policy knows.
public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
    /// 巡察办 — runs the programme (its head has extra rights: see `Actor.isOfficeHead`).
    case office
    /// 巡察工作领导小组 / 党委 — authorizes, approves, waives, consents.
    case leadingGroup
    /// 巡察组组长 — leads one team.
    case teamLeader
    /// 巡察组成员 — a deputy or member of one team.
    case teamMember
    /// 被巡察党组织 — its head and rectification staff.
    case inspectedOrg
    /// 纪委监委 — receives leads, supervises rectification.
    case disciplineCommission
    /// 组织部 — receives leads on organizational matters, supervises rectification.
    case organizationDepartment
    /// 审计监督 — read-only oversight.
    case auditor

    /// The role's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .office: ("巡察办", "inspection office")
        case .leadingGroup: ("巡察工作领导小组", "leading group")
        case .teamLeader: ("巡察组组长", "team leader")
        case .teamMember: ("巡察组成员", "team member")
        case .inspectedOrg: ("被巡察党组织", "inspected organization")
        case .disciplineCommission: ("纪委监委", "discipline commission")
        case .organizationDepartment: ("组织部", "organization department")
        case .auditor: ("监督审计", "auditor")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}
