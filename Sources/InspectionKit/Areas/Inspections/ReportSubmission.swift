/// What a team submits as its report.
public struct ReportSubmission: Hashable, Sendable, Codable {
    /// The approved drafts it contains.
    public var findingIDs: [FindingID]
    /// Overall assessment.
    public var summary: String
    /// Special reports on general problems.
    public var specialReports: [String]

    /// A report submission.
    public init(findingIDs: [FindingID], summary: String, specialReports: [String] = []) {
        self.findingIDs = findingIDs
        self.summary = summary
        self.specialReports = specialReports
    }
}
