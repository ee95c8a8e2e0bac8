/// A petition as registered.
public struct PetitionFiling: Hashable, Sendable, Codable {
    /// Channel.
    public var channel: PetitionChannel
    /// The petitioner, nil if anonymous.
    public var petitioner: PetitionerIdentity?
    /// Content.
    public var content: String
    /// Organization concerned.
    public var organizationID: OrganizationID

    /// A petition filing.
    public init(channel: PetitionChannel, petitioner: PetitionerIdentity?, content: String, organizationID: OrganizationID) {
        self.channel = channel
        self.petitioner = petitioner
        self.content = content
        self.organizationID = organizationID
    }
}
