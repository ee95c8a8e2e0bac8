/// Identifies a Party organization.
public typealias OrganizationID = Identifier<Organization>

/// 党组织 / 被巡察单位 — a Party organization in the tree under the committee that inspects it.
public struct Organization: Hashable, Sendable, Codable, Identifiable {
    /// The organization's identifier (often its unit code).
    public var id: OrganizationID
    /// The full name, e.g. 中共青溪镇委员会.
    public var name: String
    /// What kind of organization it is.
    public var kind: OrganizationKind
    /// The organization above it; nil only for the root committee.
    public var parentID: OrganizationID?
    /// The region it lies in, for regional recusal (地域回避) and statistics.
    public var region: String
    /// The head (主要负责人), first responsible person for rectification.
    public var head: OrganizationHead?
    /// Whether the committee's inspections must cover it this term (巡察全覆盖).
    public var inScope: Bool

    /// An organization record.
    public init(id: OrganizationID, name: String, kind: OrganizationKind, parentID: OrganizationID?,
                region: String, head: OrganizationHead?, inScope: Bool) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.region = region
        self.head = head
        self.inScope = inScope
    }
}

/// 主要负责人 — the head of an organization, who signs off rectification close-outs.
public struct OrganizationHead: Hashable, Sendable, Codable {
    /// The head's name.
    public var name: String
    /// The user account the head acts as, when the head uses the system.
    public var userID: UserID?

    /// A head with a name and, optionally, a user account.
    public init(name: String, userID: UserID? = nil) {
        self.name = name
        self.userID = userID
    }
}
