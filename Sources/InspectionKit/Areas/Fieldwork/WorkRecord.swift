/// Identifies a work record.
public typealias WorkRecordID = Identifier<WorkRecord>

/// 了解方式 — one piece of fieldwork: an interview, a document review, a forum, a visit… Each may yield findings.
public struct WorkRecord: Hashable, Sendable, Codable, Identifiable {
    /// The record's identifier.
    public var id: WorkRecordID
    /// The inspection it belongs to.
    public var inspectionID: InspectionID
    /// How the team learned.
    public var method: WorkMethod
    /// The organization concerned (inside the target set).
    public var organizationID: OrganizationID
    /// The day it took place.
    public var day: Day
    /// The inspectors who took part.
    public var participantIDs: [InspectorID]
    /// Who or what was examined (interviewee, file set, village…).
    public var subject: String
    /// What was learned.
    public var summary: String
    /// Whether the record was signed (谈话记录签字).
    public var signed: Bool
    /// Who wrote the record.
    public var recordedBy: UserID
    /// Files attached to it, if any (absent in records written before files could be attached). Their names are the
    /// record's and the kind's, never the uploader's, which could name a person interviewed.
    public var attachments: [AttachedFile]?

    /// A work record.
    public init(id: WorkRecordID, inspectionID: InspectionID, method: WorkMethod, organizationID: OrganizationID, day: Day,
                participantIDs: [InspectorID], subject: String, summary: String, signed: Bool, recordedBy: UserID) {
        self.id = id
        self.inspectionID = inspectionID
        self.method = method
        self.organizationID = organizationID
        self.day = day
        self.participantIDs = participantIDs
        self.subject = subject
        self.summary = summary
        self.signed = signed
        self.recordedBy = recordedBy
    }

    /// Whether reading it is a confidential read (interviews are).
    public var isConfidential: Bool { method == .interview }
}

/// 了解方式 — the ways a team learns about an organization.
public enum WorkMethod: String, Hashable, Sendable, Codable, CaseIterable {
    /// 个别谈话.
    case interview
    /// 调阅资料.
    case documentReview
    /// 召开座谈会.
    case forum
    /// 暗访.
    case unannouncedVisit
    /// 抽查.
    case spotCheck
    /// 民主测评 / 问卷调查.
    case survey
    /// 入户走访.
    case householdVisit
    /// 巡察联系卡.
    case contactCard

    /// The method's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .interview: ("个别谈话", "individual interview")
        case .documentReview: ("调阅资料", "document review")
        case .forum: ("座谈会", "forum")
        case .unannouncedVisit: ("暗访", "unannounced visit")
        case .spotCheck: ("抽查", "spot check")
        case .survey: ("民主测评/问卷", "survey")
        case .householdVisit: ("入户走访", "household visit")
        case .contactCard: ("巡察联系卡", "contact card")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}
