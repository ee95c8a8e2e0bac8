/// 党组织类型 — the kinds of Party organization in a county-level tree.
public enum OrganizationKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 县（区）委 — the committee that runs the inspections.
    case countyCommittee
    /// 乡镇党委 — a township committee.
    case townshipCommittee
    /// 街道党工委 — a sub-district working committee.
    case subdistrictCommittee
    /// 县直单位党组（党委） — the Party group of a county department.
    case departmentPartyGroup
    /// 国有企业党委 — a state-owned enterprise's committee.
    case stateOwnedEnterprise
    /// 学校党组织 — a school's Party organization.
    case school
    /// 医院党组织 — a hospital's Party organization.
    case hospital
    /// 村党组织 — a village branch.
    case villageBranch
    /// 社区党组织 — a community branch.
    case communityBranch
    /// 其他党组织 — any other Party organization.
    case other

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .countyCommittee: ("县（区）委", "county committee")
        case .townshipCommittee: ("乡镇党委", "township committee")
        case .subdistrictCommittee: ("街道党工委", "sub-district committee")
        case .departmentPartyGroup: ("县直单位党组", "department Party group")
        case .stateOwnedEnterprise: ("国有企业党委", "state-owned enterprise")
        case .school: ("学校党组织", "school")
        case .hospital: ("医院党组织", "hospital")
        case .villageBranch: ("村党组织", "village branch")
        case .communityBranch: ("社区党组织", "community branch")
        case .other: ("其他党组织", "other organization")
        }
        return language == .chinese ? pair.0 : pair.1
    }

    /// Whether this is a grass-roots branch (村/社区), reached by 巡镇带村 extension.
    public var isGrassRoots: Bool { self == .villageBranch || self == .communityBranch }
}

extension OrganizationKind {
    /// Whether an organization of this kind may stand at the root of an office's tree: a county committee, or the
    /// Party group of a department whose office inspects the units of its own system (系统内巡察).
    public var mayBeRoot: Bool { self == .countyCommittee || self == .departmentPartyGroup }
}
