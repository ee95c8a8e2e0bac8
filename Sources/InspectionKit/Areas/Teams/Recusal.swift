/// 回避 — the grounds on which an inspector may not inspect an organization.
public enum RecusalKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 任职回避 — belongs to, or served recently in, the target or an organization above or below it.
    case post
    /// 公务回避 — a declared relative holds office in the target's subtree.
    case kin
    /// 地域回避 — comes from the target's region (where the office enables it).
    case region

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .post: language == .chinese ? "任职回避" : "recusal by post"
        case .kin: language == .chinese ? "公务回避（亲属）" : "recusal by kin"
        case .region: language == .chinese ? "地域回避" : "recusal by region"
        }
    }
}

/// 回避冲突 — one conflict between an inspector on a team and a target organization.
public struct RecusalConflict: Hashable, Sendable, Codable {
    /// The inspector concerned.
    public var inspectorID: InspectorID
    /// The target (or extension target) concerned.
    public var targetID: OrganizationID
    /// The ground of the conflict.
    public var kind: RecusalKind
    /// Why, in words: the posting, the relative or the region.
    public var detail: LocalizedText
    /// The leading group's waiver, when one was recorded.
    public var waiver: RecusalWaiver?

    /// Whether the conflict no longer blocks authorization.
    public var isResolved: Bool { waiver != nil }
}

/// 回避豁免 — the leading group's recorded decision that a conflict does not bar the inspector, with its reason.
public struct RecusalWaiver: Hashable, Sendable, Codable {
    /// The inspector concerned.
    public var inspectorID: InspectorID
    /// The target concerned.
    public var targetID: OrganizationID
    /// The ground waived.
    public var kind: RecusalKind
    /// The stated reason.
    public var reason: String
    /// Who recorded it.
    public var decidedBy: UserID
    /// When.
    public var decidedOn: Day

    /// A waiver record.
    public init(inspectorID: InspectorID, targetID: OrganizationID, kind: RecusalKind, reason: String, decidedBy: UserID, decidedOn: Day) {
        self.inspectorID = inspectorID
        self.targetID = targetID
        self.kind = kind
        self.reason = reason
        self.decidedBy = decidedBy
        self.decidedOn = decidedOn
    }
}

/// 三个不固定 override — the office's recorded reason for sending the same leader to the same organization twice in one term.
public struct RotationOverride: Hashable, Sendable, Codable {
    /// The term concerned.
    public var termID: TermID
    /// The leader concerned.
    public var leaderID: InspectorID
    /// The organization concerned.
    public var organizationID: OrganizationID
    /// The stated reason.
    public var reason: String
    /// Who recorded it.
    public var decidedBy: UserID

    /// An override record.
    public init(termID: TermID, leaderID: InspectorID, organizationID: OrganizationID, reason: String, decidedBy: UserID) {
        self.termID = termID
        self.leaderID = leaderID
        self.organizationID = organizationID
        self.reason = reason
        self.decidedBy = decidedBy
    }
}
