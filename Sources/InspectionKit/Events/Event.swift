/// 事件 — a fact that happened; the journal of events is the record and the audit trail, and state is a fold over it.
public enum Event: Hashable, Sendable {
    // Registry and planning
    /// An organization was registered.
    case organizationRegistered(Organization)
    /// An organization's head changed.
    case organizationHeadChanged(OrganizationID, OrganizationHead)
    /// An inspector joined the talent pool.
    case inspectorRegistered(Inspector)
    /// An inspector completed a training.
    case trainingRecorded(InspectorID, TrainingRecord)
    /// An inspector declared a relative.
    case relativeDeclared(InspectorID, Relative)
    /// A term opened.
    case termOpened(Term)
    /// A plan was adopted.
    case planAdopted(Plan)
    /// A round was planned.
    case roundPlanned(Round)
    /// The office adopted a taxonomy.
    case taxonomyAdopted(Taxonomy)
    /// An account was opened.
    case userRegistered(UserAccount)
    /// An account was closed.
    case userDeactivated(UserID)
    /// An API token was issued (its digest only).
    case tokenIssued(APIToken)
    /// An API token was revoked.
    case tokenRevoked(TokenID)

    // Teams
    /// A team was formed.
    case teamFormed(Team)
    /// A team's people changed.
    case teamChanged(TeamID, TeamComposition)
    /// The leading group waived a recusal conflict.
    case recusalWaived(InspectionID, RecusalWaiver)
    /// The office overrode 三个不固定 for a leader and organization.
    case rotationOverridden(RotationOverride)

    // Lifecycle
    /// An inspection was scheduled.
    case inspectionScheduled(Inspection)
    /// An inspection was authorized.
    case inspectionAuthorized(InspectionID, Authorization)
    /// An inspection moved to another stage.
    case stageChanged(InspectionID, StageTransition)
    /// The mobilization meeting was held.
    case mobilized(InspectionID, Day)
    /// The team entered.
    case stationed(InspectionID, Day)
    /// The team withdrew.
    case withdrawn(InspectionID, Day)
    /// The report was submitted.
    case reportSubmitted(InspectionID, InspectionReport)
    /// The report was approved.
    case reportApproved(InspectionID, ReportApproval)
    /// Feedback was delivered.
    case feedbackDelivered(InspectionID, Feedback)
    /// Every lead was handed over.
    case handoverCompleted(InspectionID, Day)
    /// The rectification plan was submitted, opening its items.
    case rectificationPlanSubmitted(InspectionID, Day, [RectificationItem])
    /// The rectification report was submitted.
    case rectificationReportSubmitted(InspectionID, RectificationReport)
    /// The leading group consented to withholding.
    case withholdingConsented(InspectionID, WithholdingConsent)
    /// The disclosure was recorded.
    case disclosureRecorded(InspectionID, Disclosure)
    /// The evaluation was recorded.
    case evaluationRecorded(InspectionID, Evaluation)
    /// The inspection was archived.
    case archived(InspectionID, Day)
    /// The team was granted read access to the archive.
    case archiveAccessGranted(InspectionID, TeamID)

    // Fieldwork and findings
    /// A piece of fieldwork was recorded.
    case workRecorded(WorkRecord)
    /// A petition was registered.
    case petitionRegistered(Petition)
    /// A petition was triaged.
    case petitionTriaged(PetitionID, PetitionTriage)
    /// A finding draft was written.
    case findingDrafted(Finding)
    /// A returned draft was revised.
    case findingRevised(FindingID, FindingContent)
    /// The team meeting reviewed a draft.
    case findingReviewed(FindingID, FindingReview)
    /// A lead was registered.
    case leadRegistered(Lead)
    /// A lead was handed over.
    case leadHandedOver(LeadID, Handover)
    /// A lead's disposition was reported.
    case dispositionRecorded(LeadID, Disposition)
    /// A problem was handed over.
    case findingHandedOver(FindingID, Handover)
    /// A handed-over problem's disposition was reported.
    case findingDispositionRecorded(FindingID, Disposition)

    // Rectification
    /// An item was opened for immediate rectification during fieldwork.
    case immediateRectificationStarted(RectificationItem)
    /// An item's status moved, with a progress note.
    case rectificationProgressed(RectificationItemID, RectificationStatus, ProgressNote)
    /// An item was marked long-term.
    case rectificationMarkedLongTerm(RectificationItemID, nextReview: Day)
    /// Close-out evidence was attached.
    case closeOutEvidenceAttached(RectificationItemID, [EvidenceItem])
    /// The head signed off a close-out.
    case closeOutSignedOff(RectificationItemID, SignOff)
    /// A party accepted a close-out.
    case closeOutAccepted(RectificationItemID, AcceptingParty, Day)
    /// An item was closed (销号).
    case rectificationVerified(RectificationItemID, Day)
    /// A supervision notice was issued.
    case supervisionNoticeIssued(RectificationItemID, SupervisionNotice)
    /// An accountability outcome was recorded.
    case accountabilityRecorded(AccountabilityRecord)
    /// A rule change was recorded.
    case ruleChangeRecorded(RuleChange)
    /// A follow-up was recorded (relapsed items reopen).
    case followUpRecorded(FollowUp)

    // Exchange between levels
    /// A package from a level below was taken in (replacing what that sender sent before).
    case exchangePackageImported(ExchangePackage)

    // Audit and retention
    /// A confidential record was read (the reader is the event's actor).
    case confidentialRecordRead(ConfidentialRecord)
    /// A read of a confidential record was refused (the reader is the event's actor).
    case confidentialReadRefused(RefusedRead)
    /// A confidential record's content was erased under the retention rules (its key destroyed; the events stay).
    case confidentialContentErased(ConfidentialRecord)
}

/// 拒绝查阅 — a refused attempt to read a confidential record, as the audit trail keeps it.
public struct RefusedRead: Hashable, Sendable, Codable {
    /// The record asked for.
    public var record: ConfidentialRecord
    /// The rule that refused.
    public var rule: RuleID
    /// Whether the record exists (the asker is told the same either way; the trail tells them apart).
    public var recordExists: Bool

    /// A refused read.
    public init(record: ConfidentialRecord, rule: RuleID, recordExists: Bool) {
        self.record = record
        self.rule = rule
        self.recordExists = recordExists
    }
}

/// A confidential record whose reading is audited.
public enum ConfidentialRecord: Hashable, Sendable, Codable {
    /// A lead.
    case lead(LeadID)
    /// A petition's content.
    case petition(PetitionID)
    /// A petitioner's identity.
    case petitionerIdentity(PetitionID)
    /// An interview record.
    case interview(WorkRecordID)
}

extension ConfidentialRecord {
    /// Decodes `{"kind":"lead","lead":…}` and its siblings, or the shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "lead": self = .lead(try tagged.field("lead"))
        case "petition": self = .petition(try tagged.field("petition"))
        case "petitionerIdentity": self = .petitionerIdentity(try tagged.field("petition"))
        case "interview": self = .interview(try tagged.field("workRecord"))
        default: throw tagged.unknown(decoder, expected: ["lead", "petition", "petitionerIdentity", "interview"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .lead(let id): var w = try TaggedWriter(encoder, kind: "lead"); try w.field("lead", id)
        case .petition(let id): var w = try TaggedWriter(encoder, kind: "petition"); try w.field("petition", id)
        case .petitionerIdentity(let id): var w = try TaggedWriter(encoder, kind: "petitionerIdentity"); try w.field("petition", id)
        case .interview(let id): var w = try TaggedWriter(encoder, kind: "interview"); try w.field("workRecord", id)
        }
    }
}
