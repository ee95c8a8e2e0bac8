/// The fields of a new talent-pool inspector.
public struct InspectorRegistration: Hashable, Sendable, Codable {
    /// A caller-chosen identifier; generated when nil.
    public var id: InspectorID?
    /// Name.
    public var name: String
    /// The account they act as.
    public var userID: UserID?
    /// Home organization.
    public var homeOrganizationID: OrganizationID
    /// Rank.
    public var rank: String
    /// Expertise.
    public var expertise: Set<Expertise>
    /// Region of origin.
    public var region: String
    /// Earlier postings.
    public var postings: [Posting]
    /// Declared relatives.
    public var relatives: [Relative]

    /// The fields of a new inspector.
    public init(id: InspectorID? = nil, name: String, userID: UserID? = nil, homeOrganizationID: OrganizationID, rank: String,
                expertise: Set<Expertise>, region: String, postings: [Posting] = [], relatives: [Relative] = []) {
        self.id = id
        self.name = name
        self.userID = userID
        self.homeOrganizationID = homeOrganizationID
        self.rank = rank
        self.expertise = expertise
        self.region = region
        self.postings = postings
        self.relatives = relatives
    }
}
