/// What a command asks for: one case per thing an office, team, committee or inspected organization does.
public enum Intent: Hashable, Sendable, Codable {
    // MARK: Registry and planning (巡察办)
    /// Register a Party organization in the tree.
    case registerOrganization(OrganizationRegistration)
    /// Record a new head (主要负责人) for an organization.
    case changeOrganizationHead(OrganizationID, OrganizationHead)
    /// Add a cadre to the talent pool (人才库).
    case registerInspector(InspectorRegistration)
    /// Record a training an inspector completed.
    case recordTraining(InspectorID, TrainingRecord)
    /// Record a relative an inspector declared.
    case declareRelative(InspectorID, Relative)
    /// Open a committee's term.
    case openTerm(name: String, committeeID: OrganizationID, window: DayWindow)
    /// Adopt the term plan or a yearly plan.
    case adoptPlan(termID: TermID, scope: PlanScope, title: String, targetIDs: [OrganizationID])
    /// Plan a round.
    case planRound(termID: TermID, number: Int, kind: RoundKind, title: String, window: DayWindow)
    /// Load an office's own monitoring-priority list.
    case adoptTaxonomy(Taxonomy)
    /// Open an account (the office head; the first account of an empty record by any office user).
    case registerUser(UserAccount)
    /// Close an account; its history stays.
    case deactivateUser(UserID)
    /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
    case issueToken(userID: UserID, digest: String, expiresOn: Day)
    /// Revoke an API token.
    case revokeToken(TokenID)

    // MARK: Teams and recusal
    /// Form a team for a round.
    case formTeam(roundID: RoundID, name: String, composition: TeamComposition)
    /// Change a team's people (the way to resolve a recusal conflict) before authorization.
    case changeTeam(TeamID, TeamComposition)
    /// The leading group's waiver of one recusal conflict, with its reason.
    case waiveRecusal(inspectionID: InspectionID, inspectorID: InspectorID, targetID: OrganizationID, kind: RecusalKind)
    /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
    case overrideRotation(termID: TermID, leaderID: InspectorID, organizationID: OrganizationID)

    // MARK: Lifecycle
    /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
    case scheduleInspection(roundID: RoundID, targetID: OrganizationID, extensionIDs: [OrganizationID], teamID: TeamID)
    /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
    case authorize(InspectionID, window: DayWindow, noticeDay: Day)
    /// Hold the mobilization meeting (动员部署会).
    case mobilize(InspectionID)
    /// Enter the target (进驻).
    case station(InspectionID)
    /// End on-site work (撤离).
    case withdraw(InspectionID)
    /// Submit the report to the leading group.
    case submitReport(InspectionID, ReportSubmission)
    /// The committee's approval of the report (书记专题会).
    case approveReport(InspectionID, meeting: String)
    /// Deliver the double feedback.
    case deliverFeedback(InspectionID, FeedbackDelivery)
    /// Mark the hand-over stage complete (every lead handed over).
    case completeHandover(InspectionID)
    /// Submit the rectification plan (整改方案) with its items.
    case submitRectificationPlan(InspectionID, [RectificationItemPlan])
    /// Submit the rectification report (整改报告).
    case submitRectificationReport(InspectionID, summary: String)
    /// The leading group's consent to withhold parts of the disclosure.
    case consentToWithholding(InspectionID, grounds: Set<WithholdingGround>)
    /// Record the disclosure (公开).
    case recordDisclosure(InspectionID, DisclosureFiling)
    /// Record the evaluation (整改评估) of the four checks.
    case recordEvaluation(InspectionID, scores: FourChecks, remarks: String)
    /// Archive the inspection (归档).
    case archive(InspectionID)
    /// Let the inspection's team read its records after the window closed.
    case grantArchiveAccess(InspectionID)

    // MARK: Fieldwork
    /// Record a piece of fieldwork.
    case recordWork(InspectionID, WorkRecordFiling)
    /// Register a petition received.
    case registerPetition(InspectionID, PetitionFiling)
    /// Triage a petition: to a finding or lead when in scope, forwarded when not.
    case triagePetition(PetitionID, PetitionTriage)
    /// Write a finding draft (问题底稿).
    case draftFinding(InspectionID, FindingContent)
    /// Revise a draft returned by the team meeting.
    case reviseFinding(FindingID, FindingContent)
    /// The team meeting's (组务会) review of a draft, signed by the leader.
    case reviewFinding(FindingID, decision: ReviewDecision, opinion: String)
    /// Register a problem clue (问题线索) with its custodian.
    case registerLead(InspectionID, LeadFiling)

    // MARK: Hand-over
    /// Hand a lead over to its receiving body.
    case handOverLead(LeadID, HandoverDestination)
    /// The receiving body's disposition of a lead.
    case recordDisposition(LeadID, kind: DispositionKind, note: String)
    /// Hand a problem over to the body competent for it (移交有关问题).
    case handOverFinding(FindingID, HandoverDestination)
    /// The receiving body's disposition of a handed-over problem.
    case recordFindingDisposition(FindingID, kind: DispositionKind, note: String)

    // MARK: Rectification
    /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
    case startImmediateRectification(FindingID, RectificationItemPlan)
    /// Record progress on an item, moving it to in-progress or rectified.
    case updateRectification(RectificationItemID, status: RectificationStatus, note: String)
    /// Mark an item long-term (长期坚持) with its next review date.
    case markLongTerm(RectificationItemID, nextReview: Day)
    /// Attach close-out evidence to an item.
    case attachCloseOutEvidence(RectificationItemID, [EvidenceItem])
    /// The organization head's sign-off (签字背书) of a close-out.
    case signOffCloseOut(RectificationItemID)
    /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
    case acceptCloseOut(RectificationItemID)
    /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
    case issueSupervisionNotice(RectificationItemID)
    /// Record an accountability outcome (问责).
    case recordAccountability(AccountabilityFiling)
    /// Record a regulation created or revised (建章立制).
    case recordRuleChange(InspectionID, findingIDs: [FindingID], title: String, kind: RuleChangeKind)
    /// Record a follow-up check (回头看), reopening relapsed items.
    case recordFollowUp(InspectionID, relapsed: [RectificationItemID], held: [RectificationItemID], satisfactionPercent: Int, remarks: String)
    /// 上下联动 — take in a package from a level below.
    case importExchangePackage(ExchangePackage)

    // MARK: Retention
    /// 销毁 — erase a confidential record's content when its retention ends (the office head, with a reason): the
    /// store destroys the record's key, and the events and the chain stay.
    case eraseConfidentialContent(ConfidentialRecord)
}
