/// 事件类型 — the stable name of each kind of event, as written in the journal (`"type"`); a name never changes once
/// released, so a journal reads the same in ten years. The name's first part is the area of the work.
public enum EventType: String, CaseIterable, Hashable, Sendable, Codable {
    /// An organization was registered.
    case organizationRegistered = "registry.organizationRegistered"
    /// An organization's head changed.
    case organizationHeadChanged = "registry.organizationHeadChanged"
    /// An inspector joined the talent pool.
    case inspectorRegistered = "registry.inspectorRegistered"
    /// An inspector completed a training.
    case trainingRecorded = "registry.trainingRecorded"
    /// An inspector declared a relative.
    case relativeDeclared = "registry.relativeDeclared"
    /// A term opened.
    case termOpened = "planning.termOpened"
    /// A plan was adopted.
    case planAdopted = "planning.planAdopted"
    /// A round was planned.
    case roundPlanned = "planning.roundPlanned"
    /// The office adopted a taxonomy.
    case taxonomyAdopted = "planning.taxonomyAdopted"
    /// An account was opened.
    case userRegistered = "accounts.userRegistered"
    /// An account was closed.
    case userDeactivated = "accounts.userDeactivated"
    /// An API token was issued (its digest only).
    case tokenIssued = "accounts.tokenIssued"
    /// An API token was revoked.
    case tokenRevoked = "accounts.tokenRevoked"
    /// A team was formed.
    case teamFormed = "teams.teamFormed"
    /// A team's people changed.
    case teamChanged = "teams.teamChanged"
    /// The leading group waived a recusal conflict.
    case recusalWaived = "teams.recusalWaived"
    /// The office overrode 三个不固定 for a leader and organization.
    case rotationOverridden = "teams.rotationOverridden"
    /// An inspection was scheduled.
    case inspectionScheduled = "inspection.scheduled"
    /// An inspection was authorized.
    case inspectionAuthorized = "inspection.authorized"
    /// An inspection moved to another stage.
    case stageChanged = "inspection.stageChanged"
    /// The mobilization meeting was held.
    case mobilized = "inspection.mobilized"
    /// The team entered.
    case stationed = "inspection.stationed"
    /// The team withdrew.
    case withdrawn = "inspection.withdrawn"
    /// The report was submitted.
    case reportSubmitted = "inspection.reportSubmitted"
    /// The report was approved.
    case reportApproved = "inspection.reportApproved"
    /// Feedback was delivered.
    case feedbackDelivered = "inspection.feedbackDelivered"
    /// Every lead was handed over.
    case handoverCompleted = "inspection.handoverCompleted"
    /// The rectification plan was submitted, opening its items.
    case rectificationPlanSubmitted = "rectification.planSubmitted"
    /// The rectification report was submitted.
    case rectificationReportSubmitted = "rectification.reportSubmitted"
    /// The leading group consented to withholding.
    case withholdingConsented = "closing.withholdingConsented"
    /// The disclosure was recorded.
    case disclosureRecorded = "closing.disclosureRecorded"
    /// The evaluation was recorded.
    case evaluationRecorded = "closing.evaluationRecorded"
    /// The inspection was archived.
    case archived = "closing.archived"
    /// The team was granted read access to the archive.
    case archiveAccessGranted = "closing.archiveAccessGranted"
    /// A piece of fieldwork was recorded.
    case workRecorded = "fieldwork.workRecorded"
    /// A petition was registered.
    case petitionRegistered = "fieldwork.petitionRegistered"
    /// A petition was triaged.
    case petitionTriaged = "fieldwork.petitionTriaged"
    /// A finding draft was written.
    case findingDrafted = "findings.drafted"
    /// A returned draft was revised.
    case findingRevised = "findings.revised"
    /// The team meeting reviewed a draft.
    case findingReviewed = "findings.reviewed"
    /// A lead was registered.
    case leadRegistered = "handover.leadRegistered"
    /// A lead was handed over.
    case leadHandedOver = "handover.leadHandedOver"
    /// A lead's disposition was reported.
    case dispositionRecorded = "handover.leadDispositionRecorded"
    /// A problem was handed over.
    case findingHandedOver = "handover.findingHandedOver"
    /// A handed-over problem's disposition was reported.
    case findingDispositionRecorded = "handover.findingDispositionRecorded"
    /// An item was opened for immediate rectification during fieldwork.
    case immediateRectificationStarted = "rectification.immediateStarted"
    /// An item's status moved, with a progress note.
    case rectificationProgressed = "rectification.progressed"
    /// An item was marked long-term.
    case rectificationMarkedLongTerm = "rectification.markedLongTerm"
    /// Close-out evidence was attached.
    case closeOutEvidenceAttached = "rectification.evidenceAttached"
    /// The head signed off a close-out.
    case closeOutSignedOff = "rectification.signedOff"
    /// A party accepted a close-out.
    case closeOutAccepted = "rectification.closeOutAccepted"
    /// An item was closed (销号).
    case rectificationVerified = "rectification.verified"
    /// A supervision notice was issued.
    case supervisionNoticeIssued = "rectification.noticeIssued"
    /// An accountability outcome was recorded.
    case accountabilityRecorded = "closing.accountabilityRecorded"
    /// A rule change was recorded.
    case ruleChangeRecorded = "closing.ruleChangeRecorded"
    /// A follow-up was recorded (relapsed items reopen).
    case followUpRecorded = "closing.followUpRecorded"
    /// A package from a level below was taken in.
    case exchangePackageImported = "exchange.packageImported"
    /// A confidential record was read (the reader is the event's actor).
    case confidentialRecordRead = "audit.confidentialRecordRead"
    /// A read of a confidential record was refused (the reader is the event's actor).
    case confidentialReadRefused = "audit.confidentialReadRefused"
    /// A confidential record's content was erased under the retention rules.
    case confidentialContentErased = "retention.contentErased"

    /// The event's fields in the journal, in order, with the type each holds (as the format article lists them).
    public var fields: [(name: String, type: String)] {
        switch self {
        case .organizationRegistered: [("organization", "Organization")]
        case .organizationHeadChanged: [("organization", "OrganizationID"), ("head", "OrganizationHead")]
        case .inspectorRegistered: [("inspector", "Inspector")]
        case .trainingRecorded: [("inspector", "InspectorID"), ("training", "TrainingRecord")]
        case .relativeDeclared: [("inspector", "InspectorID"), ("relative", "Relative")]
        case .termOpened: [("term", "Term")]
        case .planAdopted: [("plan", "Plan")]
        case .roundPlanned: [("round", "Round")]
        case .taxonomyAdopted: [("taxonomy", "Taxonomy")]
        case .userRegistered: [("user", "UserAccount")]
        case .userDeactivated: [("user", "UserID")]
        case .tokenIssued: [("token", "APIToken")]
        case .tokenRevoked: [("token", "TokenID")]
        case .teamFormed: [("team", "Team")]
        case .teamChanged: [("team", "TeamID"), ("composition", "TeamComposition")]
        case .recusalWaived: [("inspection", "InspectionID"), ("waiver", "RecusalWaiver")]
        case .rotationOverridden: [("override", "RotationOverride")]
        case .inspectionScheduled: [("inspection", "Inspection")]
        case .inspectionAuthorized: [("inspection", "InspectionID"), ("authorization", "Authorization")]
        case .stageChanged: [("inspection", "InspectionID"), ("transition", "StageTransition")]
        case .mobilized: [("inspection", "InspectionID"), ("day", "Day")]
        case .stationed: [("inspection", "InspectionID"), ("day", "Day")]
        case .withdrawn: [("inspection", "InspectionID"), ("day", "Day")]
        case .reportSubmitted: [("inspection", "InspectionID"), ("report", "InspectionReport")]
        case .reportApproved: [("inspection", "InspectionID"), ("approval", "ReportApproval")]
        case .feedbackDelivered: [("inspection", "InspectionID"), ("feedback", "Feedback")]
        case .handoverCompleted: [("inspection", "InspectionID"), ("day", "Day")]
        case .rectificationPlanSubmitted: [("inspection", "InspectionID"), ("day", "Day"), ("items", "[RectificationItem]")]
        case .rectificationReportSubmitted: [("inspection", "InspectionID"), ("report", "RectificationReport")]
        case .withholdingConsented: [("inspection", "InspectionID"), ("consent", "WithholdingConsent")]
        case .disclosureRecorded: [("inspection", "InspectionID"), ("disclosure", "Disclosure")]
        case .evaluationRecorded: [("inspection", "InspectionID"), ("evaluation", "Evaluation")]
        case .archived: [("inspection", "InspectionID"), ("day", "Day")]
        case .archiveAccessGranted: [("inspection", "InspectionID"), ("team", "TeamID")]
        case .workRecorded: [("record", "WorkRecord")]
        case .petitionRegistered: [("petition", "Petition")]
        case .petitionTriaged: [("petition", "PetitionID"), ("triage", "PetitionTriage")]
        case .findingDrafted: [("finding", "Finding")]
        case .findingRevised: [("finding", "FindingID"), ("content", "FindingContent")]
        case .findingReviewed: [("finding", "FindingID"), ("review", "FindingReview")]
        case .leadRegistered: [("lead", "Lead")]
        case .leadHandedOver: [("lead", "LeadID"), ("handover", "Handover")]
        case .dispositionRecorded: [("lead", "LeadID"), ("disposition", "Disposition")]
        case .findingHandedOver: [("finding", "FindingID"), ("handover", "Handover")]
        case .findingDispositionRecorded: [("finding", "FindingID"), ("disposition", "Disposition")]
        case .immediateRectificationStarted: [("item", "RectificationItem")]
        case .rectificationProgressed: [("item", "RectificationItemID"), ("status", "RectificationStatus"), ("note", "ProgressNote")]
        case .rectificationMarkedLongTerm: [("item", "RectificationItemID"), ("nextReview", "Day")]
        case .closeOutEvidenceAttached: [("item", "RectificationItemID"), ("evidence", "[EvidenceItem]")]
        case .closeOutSignedOff: [("item", "RectificationItemID"), ("signOff", "SignOff")]
        case .closeOutAccepted: [("item", "RectificationItemID"), ("party", "AcceptingParty"), ("day", "Day")]
        case .rectificationVerified: [("item", "RectificationItemID"), ("day", "Day")]
        case .supervisionNoticeIssued: [("item", "RectificationItemID"), ("notice", "SupervisionNotice")]
        case .accountabilityRecorded: [("record", "AccountabilityRecord")]
        case .ruleChangeRecorded: [("ruleChange", "RuleChange")]
        case .followUpRecorded: [("followUp", "FollowUp")]
        case .exchangePackageImported: [("package", "ExchangePackage")]
        case .confidentialRecordRead: [("record", "ConfidentialRecord")]
        case .confidentialReadRefused: [("refused", "RefusedRead")]
        case .confidentialContentErased: [("record", "ConfidentialRecord")]
        }
    }
}
