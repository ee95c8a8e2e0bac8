/// The fields of a new organization.
public struct OrganizationRegistration: Hashable, Sendable, Codable {
    /// A caller-chosen identifier (e.g. the unit code); generated when nil.
    public var id: OrganizationID?
    /// Full name.
    public var name: String
    /// Kind.
    public var kind: OrganizationKind
    /// Parent; nil only for a root committee.
    public var parentID: OrganizationID?
    /// Region.
    public var region: String
    /// Head.
    public var head: OrganizationHead?
    /// Whether the term's inspections must cover it.
    public var inScope: Bool

    /// The fields of a new organization.
    public init(id: OrganizationID? = nil, name: String, kind: OrganizationKind, parentID: OrganizationID?, region: String,
                head: OrganizationHead? = nil, inScope: Bool = true) {
        self.id = id
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.region = region
        self.head = head
        self.inScope = inScope
    }
}

/// The fields of a new talent-pool inspector.
public struct InspectorRegistration: Hashable, Sendable, Codable {
    /// A caller-chosen identifier; generated when nil.
    public var id: InspectorID?
    /// Name.
    public var name: String
    /// The account they act as.
    public var userID: UserID?
    /// Home organization.
    public var homeOrganizationID: OrganizationID
    /// Rank.
    public var rank: String
    /// Expertise.
    public var expertise: Set<Expertise>
    /// Region of origin.
    public var region: String
    /// Earlier postings.
    public var postings: [Posting]
    /// Declared relatives.
    public var relatives: [Relative]

    /// The fields of a new inspector.
    public init(id: InspectorID? = nil, name: String, userID: UserID? = nil, homeOrganizationID: OrganizationID, rank: String,
                expertise: Set<Expertise>, region: String, postings: [Posting] = [], relatives: [Relative] = []) {
        self.id = id
        self.name = name
        self.userID = userID
        self.homeOrganizationID = homeOrganizationID
        self.rank = rank
        self.expertise = expertise
        self.region = region
        self.postings = postings
        self.relatives = relatives
    }
}

/// What a team submits as its report.
public struct ReportSubmission: Hashable, Sendable, Codable {
    /// The approved drafts it contains.
    public var findingIDs: [FindingID]
    /// Overall assessment.
    public var summary: String
    /// Special reports on general problems.
    public var specialReports: [String]

    /// A report submission.
    public init(findingIDs: [FindingID], summary: String, specialReports: [String] = []) {
        self.findingIDs = findingIDs
        self.summary = summary
        self.specialReports = specialReports
    }
}

/// The double feedback as delivered.
public struct FeedbackDelivery: Hashable, Sendable, Codable {
    /// The feedback text.
    public var text: String
    /// Day of the one-to-one feedback to the head.
    public var toHeadOn: Day
    /// Day of the feedback to the leadership team.
    public var toLeadershipOn: Day
    /// Copies sent (抄告).
    public var copiedTo: [String]

    /// A feedback delivery.
    public init(text: String, toHeadOn: Day, toLeadershipOn: Day, copiedTo: [String]) {
        self.text = text
        self.toHeadOn = toHeadOn
        self.toLeadershipOn = toLeadershipOn
        self.copiedTo = copiedTo
    }
}

/// One task of a rectification plan (a row of the three lists).
public struct RectificationItemPlan: Hashable, Sendable, Codable {
    /// The finding rectified.
    public var findingID: FindingID
    /// 整改措施.
    public var measures: String
    /// 责任领导.
    public var responsibleLeader: String
    /// 责任部门.
    public var responsibleDepartment: String
    /// 整改时限; the default applies when nil.
    public var deadline: Day?

    /// A plan row.
    public init(findingID: FindingID, measures: String, responsibleLeader: String, responsibleDepartment: String, deadline: Day? = nil) {
        self.findingID = findingID
        self.measures = measures
        self.responsibleLeader = responsibleLeader
        self.responsibleDepartment = responsibleDepartment
        self.deadline = deadline
    }
}

/// The disclosure as filed.
public struct DisclosureFiling: Hashable, Sendable, Codable {
    /// Day of the internal circular.
    public var internalCircularOn: Day?
    /// Day of public disclosure.
    public var publicOn: Day?
    /// Channel of public disclosure.
    public var publicChannel: String?
    /// Grounds on which parts are withheld.
    public var withheld: Set<WithholdingGround>

    /// A disclosure filing.
    public init(internalCircularOn: Day?, publicOn: Day?, publicChannel: String?, withheld: Set<WithholdingGround> = []) {
        self.internalCircularOn = internalCircularOn
        self.publicOn = publicOn
        self.publicChannel = publicChannel
        self.withheld = withheld
    }
}

/// A piece of fieldwork as filed.
public struct WorkRecordFiling: Hashable, Sendable, Codable {
    /// How.
    public var method: WorkMethod
    /// Which organization.
    public var organizationID: OrganizationID
    /// Participating inspectors.
    public var participantIDs: [InspectorID]
    /// Who or what was examined.
    public var subject: String
    /// What was learned.
    public var summary: String
    /// Whether the record was signed.
    public var signed: Bool

    /// A work record filing.
    public init(method: WorkMethod, organizationID: OrganizationID, participantIDs: [InspectorID], subject: String, summary: String, signed: Bool) {
        self.method = method
        self.organizationID = organizationID
        self.participantIDs = participantIDs
        self.subject = subject
        self.summary = summary
        self.signed = signed
    }
}

/// A petition as registered.
public struct PetitionFiling: Hashable, Sendable, Codable {
    /// Channel.
    public var channel: PetitionChannel
    /// The petitioner, nil if anonymous.
    public var petitioner: PetitionerIdentity?
    /// Content.
    public var content: String
    /// Organization concerned.
    public var organizationID: OrganizationID

    /// A petition filing.
    public init(channel: PetitionChannel, petitioner: PetitionerIdentity?, content: String, organizationID: OrganizationID) {
        self.channel = channel
        self.petitioner = petitioner
        self.content = content
        self.organizationID = organizationID
    }
}

/// A lead as registered.
public struct LeadFiling: Hashable, Sendable, Codable {
    /// The cadre concerned.
    public var subjectName: String
    /// The cadre's post.
    public var subjectPost: String
    /// The organization concerned.
    public var organizationID: OrganizationID
    /// What is alleged.
    public var summary: String
    /// The custodian.
    public var custodianID: InspectorID
    /// The petition it came from, if any.
    public var petitionID: PetitionID?

    /// A lead filing.
    public init(subjectName: String, subjectPost: String, organizationID: OrganizationID, summary: String, custodianID: InspectorID, petitionID: PetitionID? = nil) {
        self.subjectName = subjectName
        self.subjectPost = subjectPost
        self.organizationID = organizationID
        self.summary = summary
        self.custodianID = custodianID
        self.petitionID = petitionID
    }
}

/// An accountability outcome as filed.
public struct AccountabilityFiling: Hashable, Sendable, Codable {
    /// The inspection it arises from.
    public var inspectionID: InspectionID
    /// The finding concerned.
    public var findingID: FindingID?
    /// The lead concerned.
    public var leadID: LeadID?
    /// The person.
    public var personName: String
    /// The form.
    public var form: AccountabilityForm
    /// The measure.
    public var measure: String

    /// An accountability filing.
    public init(inspectionID: InspectionID, findingID: FindingID? = nil, leadID: LeadID? = nil, personName: String, form: AccountabilityForm, measure: String) {
        self.inspectionID = inspectionID
        self.findingID = findingID
        self.leadID = leadID
        self.personName = personName
        self.form = form
        self.measure = measure
    }
}
