/// A petition as one reader may see it: the identity is present only for its registrar and the office head.
public struct PetitionView: Hashable, Sendable, Codable {
    /// The petition, with `petitioner` set to nil when redacted.
    public var petition: Petition
    /// Whether an identity existed and was withheld from this reader.
    public var identityRedacted: Bool
}

/// A finding as fed back to the inspected organization: its text, not its evidence, sources or finders.
public struct FedBackFinding: Hashable, Sendable, Codable {
    /// The finding's identifier.
    public var id: FindingID
    /// Its number in the report.
    public var number: Int
    /// 问题标题.
    public var title: String
    /// 现象描述.
    public var manifestation: String
    /// 定性.
    public var qualification: String
    /// 定性依据.
    public var basis: String
    /// The taxonomy category.
    public var categoryCode: String
    /// Severity.
    public var severity: Severity
    /// The kind of responsibility.
    public var responsibilityType: ResponsibilityType
    /// The organization concerned.
    public var organizationID: OrganizationID

    init(_ finding: Finding) {
        id = finding.id
        number = finding.number
        title = finding.content.title
        manifestation = finding.content.manifestation
        qualification = finding.content.qualification
        basis = finding.content.basis
        categoryCode = finding.content.categoryCode
        severity = finding.content.severity
        responsibilityType = finding.content.responsibilityType
        organizationID = finding.content.organizationID
    }
}

/// A rectification item with its warning level on a given day (预警).
public struct ItemWarning: Hashable, Sendable, Codable {
    /// The item.
    public var item: RectificationItem
    /// Its warning level.
    public var level: WarningLevel
    /// Days until the deadline (negative when overdue).
    public var daysLeft: Int
    /// Who is warned: the responsible leader at yellow, the organization's head at red.
    public var notify: String
}

/// A deadline of an inspection's stage (report, plan, rectification report, disposition) with its warning level.
public struct StageDeadline: Hashable, Sendable, Codable {
    /// What is due.
    public var what: LocalizedText
    /// The inspection concerned.
    public var inspectionID: InspectionID
    /// The lead concerned, for dispositions.
    public var leadID: LeadID?
    /// When it is due.
    public var due: Day
    /// Its warning level (red when overdue and not done).
    public var level: WarningLevel
}
