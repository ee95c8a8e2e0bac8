/// The fields of a new organization.
public struct OrganizationRegistration: Hashable, Sendable, Codable {
    /// A caller-chosen identifier (e.g. the unit code); generated when nil.
    public var id: OrganizationID?
    /// Full name.
    public var name: String
    /// Kind.
    public var kind: OrganizationKind
    /// Parent; nil only for a root committee.
    public var parentID: OrganizationID?
    /// Region.
    public var region: String
    /// Head.
    public var head: OrganizationHead?
    /// Whether the term's inspections must cover it.
    public var inScope: Bool

    /// The fields of a new organization.
    public init(id: OrganizationID? = nil, name: String, kind: OrganizationKind, parentID: OrganizationID?, region: String,
                head: OrganizationHead? = nil, inScope: Bool = true) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.region = region
        self.head = head
        self.inScope = inScope
    }
}
