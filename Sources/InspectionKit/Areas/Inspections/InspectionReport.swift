/// 巡察报告 — the team's report to the leading group, with its special reports and the report on clues.
public struct InspectionReport: Hashable, Sendable, Codable {
    /// The approved finding drafts it contains.
    public var findingIDs: [FindingID]
    /// Its overall assessment.
    public var summary: String
    /// 专题报告 — special reports on general problems.
    public var specialReports: [String]
    /// 问题线索报告 — the leads it reports.
    public var leadIDs: [LeadID]
    /// When it was submitted.
    public var submittedOn: Day
    /// The day it was due (one month after withdrawal by default).
    public var due: Day

    /// A report record.
    public init(findingIDs: [FindingID], summary: String, specialReports: [String], leadIDs: [LeadID], submittedOn: Day, due: Day) {
        self.findingIDs = findingIDs
        self.summary = summary
        self.specialReports = specialReports
        self.leadIDs = leadIDs
        self.submittedOn = submittedOn
        self.due = due
    }
}

/// 审定 — the committee's (书记专题会) approval of a report.
public struct ReportApproval: Hashable, Sendable, Codable {
    /// The meeting that approved it, e.g. 区委书记专题会.
    public var meeting: String
    /// Who recorded the approval.
    public var approvedBy: UserID
    /// When.
    public var approvedOn: Day

    /// An approval record.
    public init(meeting: String, approvedBy: UserID, approvedOn: Day) {
        self.meeting = meeting
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
    }
}
