/// 用户账号 — an account that may act: the actor it acts as, and whether it is still open. The frontends (CLI, HTTP)
/// turn the account of whoever signs in into the `Actor` of each command.
public struct UserAccount: Hashable, Sendable, Codable, Identifiable {
    /// The actor this account acts as: who, in which role, tied to which inspector or organization.
    public let actor: Actor
    /// Whether the account may still act.
    public var active: Bool

    /// An active account.
    public init(id: UserID, name: String, role: Role, inspectorID: InspectorID? = nil, organizationID: OrganizationID? = nil, isOfficeHead: Bool = false) {
        actor = Actor(id: id, name: name, role: role, inspectorID: inspectorID, organizationID: organizationID, isOfficeHead: isOfficeHead)
        active = true
    }

    /// The account's identifier (what `--as` names).
    public var id: UserID { actor.id }
    /// The person's name.
    public var name: String { actor.name }
    /// The role they act in.
    public var role: Role { actor.role }
    /// For inspectors: who they are in the talent pool.
    public var inspectorID: InspectorID? { actor.inspectorID }
    /// For inspected organizations: which one they act for.
    public var organizationID: OrganizationID? { actor.organizationID }
    /// For the office: whether this is its head.
    public var isOfficeHead: Bool { actor.isOfficeHead }
}
