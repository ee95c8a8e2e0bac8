/// 操作人 — who acts: a user, their role, and what ties them to the records (inspector, organization).
public struct Actor: Hashable, Sendable, Codable {
    /// The user's account.
    public var id: UserID
    /// The user's name, for the record.
    public var name: String
    /// The role they act in.
    public var role: Role
    /// For team roles: the inspector they are in the talent pool.
    public var inspectorID: InspectorID?
    /// For inspected organizations: the organization they act for.
    public var organizationID: OrganizationID?
    /// For the office: whether they are its head (巡察办主任), who alone there sees leads and petitioner identities.
    public var isOfficeHead: Bool

    /// An actor.
    public init(id: UserID, name: String, role: Role, inspectorID: InspectorID? = nil, organizationID: OrganizationID? = nil, isOfficeHead: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.inspectorID = inspectorID
        self.organizationID = organizationID
        self.isOfficeHead = isOfficeHead
    }

    /// Whether this is the office's head.
    public var isHeadOfOffice: Bool { role == .office && isOfficeHead }
}
