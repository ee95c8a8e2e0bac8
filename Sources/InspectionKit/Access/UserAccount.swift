/// 用户账号 — an account that may act: a person, their role, and what ties them to the record. The frontends
/// (CLI, HTTP) turn the account of whoever signs in into the `Actor` of each command.
public struct UserAccount: Hashable, Sendable, Codable, Identifiable {
    /// The account's identifier (what `--as` names).
    public var id: UserID
    /// The person's name.
    public var name: String
    /// The role they act in.
    public var role: Role
    /// For inspectors: who they are in the talent pool.
    public var inspectorID: InspectorID?
    /// For inspected organizations: which one they act for.
    public var organizationID: OrganizationID?
    /// For the office: whether this is its head.
    public var isOfficeHead: Bool
    /// Whether the account may still act.
    public var active: Bool

    /// An active account.
    public init(id: UserID, name: String, role: Role, inspectorID: InspectorID? = nil, organizationID: OrganizationID? = nil, isOfficeHead: Bool = false) {
        self.id = id
        self.name = name
        self.role = role
        self.inspectorID = inspectorID
        self.organizationID = organizationID
        self.isOfficeHead = isOfficeHead
        active = true
    }

    /// The actor this account acts as.
    public var actor: Actor {
        Actor(id: id, name: name, role: role, inspectorID: inspectorID, organizationID: organizationID, isOfficeHead: isOfficeHead)
    }
}
