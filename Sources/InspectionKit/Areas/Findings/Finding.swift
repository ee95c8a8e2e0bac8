/// Identifies a finding.
public typealias FindingID = Identifier<Finding>

/// 问题 (问题底稿) — a problem the team found, written up as a finding draft and reviewed by the team meeting.
public struct Finding: Hashable, Sendable, Codable, Identifiable {
    /// The finding's identifier.
    public var id: FindingID
    /// The inspection that found it.
    public var inspectionID: InspectionID
    /// The draft's number within the inspection (底稿编号), e.g. 3.
    public var number: Int
    /// The draft's content.
    public var content: FindingContent
    /// Who wrote the draft.
    public var authorID: UserID
    /// When it was drafted.
    public var draftedOn: Day
    /// The team meeting's (组务会) review, once held.
    public var review: FindingReview?
    /// The hand-over of the problem to a competent body (e.g. cadre selection to the organization department), if any.
    public var handover: Handover?
    /// The receiving body's disposition, once reported.
    public var disposition: Disposition?

    /// A finding record.
    public init(id: FindingID, inspectionID: InspectionID, number: Int, content: FindingContent, authorID: UserID, draftedOn: Day, review: FindingReview? = nil) {
        self.id = id
        self.inspectionID = inspectionID
        self.number = number
        self.content = content
        self.authorID = authorID
        self.draftedOn = draftedOn
        self.review = review
    }

    /// Whether the team meeting approved the draft for the report.
    public var isApproved: Bool { review?.decision == .approved }
}

/// 问题底稿 — the content of a finding draft.
public struct FindingContent: Hashable, Sendable, Codable {
    /// 问题标题.
    public var title: String
    /// 现象描述 — what was seen.
    public var manifestation: String
    /// 定性 — how it is qualified.
    public var qualification: String
    /// 定性依据 — the rules it breaks.
    public var basis: String
    /// 证据材料 — the evidence items.
    public var evidence: [EvidenceItem]
    /// 责任类型.
    public var responsibilityType: ResponsibilityType
    /// 责任主体 — the responsible party (organization or person).
    public var responsibleParty: String
    /// The organization the problem is in (inside the target set).
    public var organizationID: OrganizationID
    /// The leaf category of the taxonomy (监督重点内容清单).
    public var categoryCode: String
    /// How serious it is.
    public var severity: Severity
    /// 个性 or 共性.
    public var scope: FindingScope
    /// Where it came from.
    public var source: FindingSource
    /// 发现人 — the inspectors who found it.
    public var foundBy: [InspectorID]
    /// 发现时间.
    public var foundOn: Day
    /// 立行立改 — marked for immediate rectification during fieldwork.
    public var immediateRectification: Bool

    /// A finding draft's content.
    public init(title: String, manifestation: String, qualification: String, basis: String, evidence: [EvidenceItem],
                responsibilityType: ResponsibilityType, responsibleParty: String, organizationID: OrganizationID,
                categoryCode: String, severity: Severity, scope: FindingScope, source: FindingSource,
                foundBy: [InspectorID], foundOn: Day, immediateRectification: Bool = false) {
        self.title = title
        self.manifestation = manifestation
        self.qualification = qualification
        self.basis = basis
        self.evidence = evidence
        self.responsibilityType = responsibilityType
        self.responsibleParty = responsibleParty
        self.organizationID = organizationID
        self.categoryCode = categoryCode
        self.severity = severity
        self.scope = scope
        self.source = source
        self.foundBy = foundBy
        self.foundOn = foundOn
        self.immediateRectification = immediateRectification
    }
}

/// 证据材料 — one piece of evidence behind a finding.
public struct EvidenceItem: Hashable, Sendable, Codable {
    /// What it is, e.g. 2023年村务公开栏照片.
    public var title: String
    /// Where it is kept (file number, archive box, document id).
    public var reference: String
    /// The file itself, when one was attached (kept beside the journal under its digest).
    public var file: AttachedFile?

    /// An evidence item.
    public init(title: String, reference: String, file: AttachedFile? = nil) {
        self.title = title
        self.reference = reference
        self.file = file
    }
}

/// 组务会意见 — the team meeting's review of a draft, signed by the leader.
public struct FindingReview: Hashable, Sendable, Codable {
    /// Approved for the report, or returned for rework.
    public var decision: ReviewDecision
    /// The meeting's opinion.
    public var opinion: String
    /// The leader who signed (组长签字).
    public var signedBy: InspectorID
    /// When.
    public var reviewedOn: Day

    /// A review record.
    public init(decision: ReviewDecision, opinion: String, signedBy: InspectorID, reviewedOn: Day) {
        self.decision = decision
        self.opinion = opinion
        self.signedBy = signedBy
        self.reviewedOn = reviewedOn
    }
}

/// The team meeting's decision on a draft.
public enum ReviewDecision: String, Hashable, Sendable, Codable, CaseIterable {
    /// 同意 — goes into the report.
    case approved
    /// 退回修改 — returned for rework; may be revised and reviewed again.
    case returned
}
