/// A piece of fieldwork as filed.
public struct WorkRecordFiling: Hashable, Sendable, Codable {
    /// How.
    public var method: WorkMethod
    /// Which organization.
    public var organizationID: OrganizationID
    /// Participating inspectors.
    public var participantIDs: [InspectorID]
    /// Who or what was examined.
    public var subject: String
    /// What was learned.
    public var summary: String
    /// Whether the record was signed.
    public var signed: Bool
    /// Files attached (a scanned record, the documents reviewed), kept beside the journal before the filing.
    public var attachments: [AttachedFile]?

    /// A work record filing.
    public init(method: WorkMethod, organizationID: OrganizationID, participantIDs: [InspectorID], subject: String, summary: String, signed: Bool,
                attachments: [AttachedFile]? = nil) {
        self.method = method
        self.organizationID = organizationID
        self.participantIDs = participantIDs
        self.subject = subject
        self.summary = summary
        self.signed = signed
        self.attachments = attachments
    }
}
