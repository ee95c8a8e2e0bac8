/// Identifies a rule change.
public typealias RuleChangeID = Identifier<RuleChange>

/// 建章立制 — a regulation created or revised as part of rectification.
public struct RuleChange: Hashable, Sendable, Codable, Identifiable {
    /// The record's identifier.
    public var id: RuleChangeID
    /// The inspection it answers.
    public var inspectionID: InspectionID
    /// The findings it addresses.
    public var findingIDs: [FindingID]
    /// The regulation's title.
    public var title: String
    /// Created or revised.
    public var kind: RuleChangeKind
    /// When it was issued.
    public var issuedOn: Day

    /// A rule change record.
    public init(id: RuleChangeID, inspectionID: InspectionID, findingIDs: [FindingID], title: String, kind: RuleChangeKind, issuedOn: Day) {
        self.id = id
        self.inspectionID = inspectionID
        self.findingIDs = findingIDs
        self.title = title
        self.kind = kind
        self.issuedOn = issuedOn
    }
}

/// Whether a regulation was created or revised.
public enum RuleChangeKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 新建.
    case created
    /// 修订.
    case revised
}
