/// 意图类别 — the name of each kind of intent, without its values: what a frontend offers for each (a command-line
/// command, an API route), so a test can prove that every intent the core accepts can be reached from both.
public enum IntentKind: String, CaseIterable, Hashable, Sendable {
    /// Register a Party organization in the tree.
    case registerOrganization
    /// Record a new head (主要负责人) for an organization.
    case changeOrganizationHead
    /// Add a cadre to the talent pool (人才库).
    case registerInspector
    /// Record a training an inspector completed.
    case recordTraining
    /// Record a relative an inspector declared.
    case declareRelative
    /// Open a committee's term.
    case openTerm
    /// Adopt the term plan or a yearly plan.
    case adoptPlan
    /// Plan a round.
    case planRound
    /// Load an office's own monitoring-priority list.
    case adoptTaxonomy
    /// Open an account (the office head; the first account of an empty record by any office user).
    case registerUser
    /// Close an account; its history stays.
    case deactivateUser
    /// Issue an API token for an account, keeping only the digest of its secret (接口令牌).
    case issueToken
    /// Revoke an API token.
    case revokeToken
    /// Form a team for a round.
    case formTeam
    /// Change a team's people (the way to resolve a recusal conflict) before authorization.
    case changeTeam
    /// The leading group's waiver of one recusal conflict, with its reason.
    case waiveRecusal
    /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
    case overrideRotation
    /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
    case scheduleInspection
    /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
    case authorize
    /// Hold the mobilization meeting (动员部署会).
    case mobilize
    /// Enter the target (进驻).
    case station
    /// End on-site work (撤离).
    case withdraw
    /// Submit the report to the leading group.
    case submitReport
    /// The committee's approval of the report (书记专题会).
    case approveReport
    /// Deliver the double feedback.
    case deliverFeedback
    /// Mark the hand-over stage complete (every lead handed over).
    case completeHandover
    /// Submit the rectification plan (整改方案) with its items.
    case submitRectificationPlan
    /// Submit the rectification report (整改报告).
    case submitRectificationReport
    /// The leading group's consent to withhold parts of the disclosure.
    case consentToWithholding
    /// Record the disclosure (公开).
    case recordDisclosure
    /// Record the evaluation (整改评估) of the four checks.
    case recordEvaluation
    /// Archive the inspection (归档).
    case archive
    /// Let the inspection's team read its records after the window closed.
    case grantArchiveAccess
    /// Record a piece of fieldwork.
    case recordWork
    /// Register a petition received.
    case registerPetition
    /// Triage a petition: to a finding or lead when in scope, forwarded when not.
    case triagePetition
    /// Write a finding draft (问题底稿).
    case draftFinding
    /// Revise a draft returned by the team meeting.
    case reviseFinding
    /// The team meeting's (组务会) review of a draft, signed by the leader.
    case reviewFinding
    /// Register a problem clue (问题线索) with its custodian.
    case registerLead
    /// Hand a lead over to its receiving body.
    case handOverLead
    /// The receiving body's disposition of a lead.
    case recordDisposition
    /// Hand a problem over to the body competent for it (移交有关问题).
    case handOverFinding
    /// The receiving body's disposition of a handed-over problem.
    case recordFindingDisposition
    /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
    case startImmediateRectification
    /// Record progress on an item, moving it to in-progress or rectified.
    case updateRectification
    /// Mark an item long-term (长期坚持) with its next review date.
    case markLongTerm
    /// Attach close-out evidence to an item.
    case attachCloseOutEvidence
    /// The organization head's sign-off (签字背书) of a close-out.
    case signOffCloseOut
    /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
    case acceptCloseOut
    /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
    case issueSupervisionNotice
    /// Record an accountability outcome (问责).
    case recordAccountability
    /// Record a regulation created or revised (建章立制).
    case recordRuleChange
    /// Record a follow-up check (回头看), reopening relapsed items.
    case recordFollowUp
    /// 上下联动 — take in a package from a level below.
    case importExchangePackage
    /// store destroys the record's key, and the events and the chain stay.
    case eraseConfidentialContent
}

extension Intent {
    /// The kind of this intent.
    public var kind: IntentKind {
        switch self {
        case .registerOrganization: .registerOrganization
        case .changeOrganizationHead: .changeOrganizationHead
        case .registerInspector: .registerInspector
        case .recordTraining: .recordTraining
        case .declareRelative: .declareRelative
        case .openTerm: .openTerm
        case .adoptPlan: .adoptPlan
        case .planRound: .planRound
        case .adoptTaxonomy: .adoptTaxonomy
        case .registerUser: .registerUser
        case .deactivateUser: .deactivateUser
        case .issueToken: .issueToken
        case .revokeToken: .revokeToken
        case .formTeam: .formTeam
        case .changeTeam: .changeTeam
        case .waiveRecusal: .waiveRecusal
        case .overrideRotation: .overrideRotation
        case .scheduleInspection: .scheduleInspection
        case .authorize: .authorize
        case .mobilize: .mobilize
        case .station: .station
        case .withdraw: .withdraw
        case .submitReport: .submitReport
        case .approveReport: .approveReport
        case .deliverFeedback: .deliverFeedback
        case .completeHandover: .completeHandover
        case .submitRectificationPlan: .submitRectificationPlan
        case .submitRectificationReport: .submitRectificationReport
        case .consentToWithholding: .consentToWithholding
        case .recordDisclosure: .recordDisclosure
        case .recordEvaluation: .recordEvaluation
        case .archive: .archive
        case .grantArchiveAccess: .grantArchiveAccess
        case .recordWork: .recordWork
        case .registerPetition: .registerPetition
        case .triagePetition: .triagePetition
        case .draftFinding: .draftFinding
        case .reviseFinding: .reviseFinding
        case .reviewFinding: .reviewFinding
        case .registerLead: .registerLead
        case .handOverLead: .handOverLead
        case .recordDisposition: .recordDisposition
        case .handOverFinding: .handOverFinding
        case .recordFindingDisposition: .recordFindingDisposition
        case .startImmediateRectification: .startImmediateRectification
        case .updateRectification: .updateRectification
        case .markLongTerm: .markLongTerm
        case .attachCloseOutEvidence: .attachCloseOutEvidence
        case .signOffCloseOut: .signOffCloseOut
        case .acceptCloseOut: .acceptCloseOut
        case .issueSupervisionNotice: .issueSupervisionNotice
        case .recordAccountability: .recordAccountability
        case .recordRuleChange: .recordRuleChange
        case .recordFollowUp: .recordFollowUp
        case .importExchangePackage: .importExchangePackage
        case .eraseConfidentialContent: .eraseConfidentialContent
        }
    }
}
