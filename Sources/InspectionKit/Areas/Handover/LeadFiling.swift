/// A lead as registered.
public struct LeadFiling: Hashable, Sendable, Codable {
    /// The cadre concerned.
    public var subjectName: String
    /// The cadre's post.
    public var subjectPost: String
    /// The organization concerned.
    public var organizationID: OrganizationID
    /// What is alleged.
    public var summary: String
    /// The custodian.
    public var custodianID: InspectorID
    /// The petition it came from, if any.
    public var petitionID: PetitionID?

    /// A lead filing.
    public init(subjectName: String, subjectPost: String, organizationID: OrganizationID, summary: String, custodianID: InspectorID, petitionID: PetitionID? = nil) {
        self.subjectName = subjectName
        self.subjectPost = subjectPost
        self.organizationID = organizationID
        self.summary = summary
        self.custodianID = custodianID
        self.petitionID = petitionID
    }
}
