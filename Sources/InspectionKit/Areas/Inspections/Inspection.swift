/// Identifies an inspection.
public typealias InspectionID = Identifier<Inspection>

/// 巡察 (一次) — one team inspecting one target organization in a round, possibly with its villages (巡镇带村).
public struct Inspection: Hashable, Sendable, Codable, Identifiable {
    /// The inspection's identifier.
    public var id: InspectionID
    /// The round it belongs to.
    public var roundID: RoundID
    /// The organization inspected.
    public var targetID: OrganizationID
    /// Sub-organizations inspected along with it (巡镇带村 / 延伸一级).
    public var extensionIDs: [OrganizationID]
    /// The team sent.
    public var teamID: TeamID
    /// The current stage.
    public var stage: InspectionStage
    /// The authorization, once given.
    public var authorization: Authorization?
    /// Every stage change, in order.
    public var transitions: [StageTransition]
    /// Day of the mobilization meeting (动员部署会).
    public var mobilizedOn: Day?
    /// Day the team entered (进驻).
    public var stationedOn: Day?
    /// Day on-site work ended (撤离).
    public var withdrawnOn: Day?
    /// The team's report, once submitted.
    public var report: InspectionReport?
    /// The committee's approval of the report.
    public var approval: ReportApproval?
    /// The double feedback, once delivered.
    public var feedback: Feedback?
    /// Day the hand-over stage was completed.
    public var handoverCompletedOn: Day?
    /// Day the rectification plan (整改方案) was submitted.
    public var rectificationPlanSubmittedOn: Day?
    /// The rectification report (整改报告), once submitted.
    public var rectificationReport: RectificationReport?
    /// The leading group's consent to withhold parts of the disclosure.
    public var withholdingConsent: WithholdingConsent?
    /// The disclosure (公开), once recorded.
    public var disclosure: Disclosure?
    /// The evaluation (整改评估), once recorded.
    public var evaluation: Evaluation?
    /// Day it was archived.
    public var archivedOn: Day?
    /// Teams granted read access to the archive after their window closed.
    public var archiveReaders: Set<TeamID>

    /// A newly scheduled inspection.
    public init(id: InspectionID, roundID: RoundID, targetID: OrganizationID, extensionIDs: [OrganizationID], teamID: TeamID) {
        self.id = id
        self.roundID = roundID
        self.targetID = targetID
        self.extensionIDs = extensionIDs
        self.teamID = teamID
        stage = .planned
        transitions = []
        archiveReaders = []
    }

    /// The target and its extensions.
    public var targetSet: [OrganizationID] { [targetID] + extensionIDs }
}
