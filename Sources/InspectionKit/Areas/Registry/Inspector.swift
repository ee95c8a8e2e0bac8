/// Identifies an inspector.
public typealias InspectorID = Identifier<Inspector>

/// 巡察干部 (人才库) — a cadre in the talent pool.
public struct Inspector: Hashable, Sendable, Codable, Identifiable {
    /// The inspector's identifier.
    public var id: InspectorID
    /// The inspector's name.
    public var name: String
    /// The user account the inspector acts as.
    public var userID: UserID?
    /// The organization the inspector currently belongs to.
    public var homeOrganizationID: OrganizationID
    /// Rank, e.g. 正科级.
    public var rank: String
    /// Fields of expertise.
    public var expertise: Set<Expertise>
    /// The region the inspector comes from, for regional recusal.
    public var region: String
    /// Earlier postings (任职经历).
    public var postings: [Posting]
    /// Declared relatives holding office (亲属关系申报).
    public var relatives: [Relative]
    /// Training received (培训记录).
    public var training: [TrainingRecord]

    /// An inspector record.
    public init(id: InspectorID, name: String, userID: UserID? = nil, homeOrganizationID: OrganizationID, rank: String,
                expertise: Set<Expertise>, region: String, postings: [Posting] = [], relatives: [Relative] = [],
                training: [TrainingRecord] = []) {
        self.id = id
        self.name = name
        self.userID = userID
        self.homeOrganizationID = homeOrganizationID
        self.rank = rank
        self.expertise = expertise
        self.region = region
        self.postings = postings
        self.relatives = relatives
        self.training = training
    }
}

/// 专业特长 — an inspector's field of expertise.
public enum Expertise: String, Hashable, Sendable, Codable, CaseIterable {
    /// 财务.
    case finance
    /// 审计.
    case audit
    /// 纪检监察.
    case discipline
    /// 组织人事.
    case organization
    /// 法律.
    case law
    /// 工程建设.
    case engineering
    /// 农村工作.
    case ruralAffairs
    /// 综合文字.
    case writing
}

/// 任职经历 — a past posting, for recusal by post.
public struct Posting: Hashable, Sendable, Codable {
    /// Where the inspector served.
    public var organizationID: OrganizationID
    /// When the posting began.
    public var start: Day
    /// When it ended.
    public var end: Day

    /// A posting from `start` to `end`.
    public init(organizationID: OrganizationID, start: Day, end: Day) {
        self.organizationID = organizationID
        self.start = start
        self.end = end
    }
}

/// 亲属关系 — a declared relative who holds office somewhere.
public struct Relative: Hashable, Sendable, Codable {
    /// The relative's name.
    public var name: String
    /// The relation, e.g. 配偶, 兄弟.
    public var relation: String
    /// Where the relative holds office.
    public var organizationID: OrganizationID
    /// The office held.
    public var post: String

    /// A declared relative.
    public init(name: String, relation: String, organizationID: OrganizationID, post: String) {
        self.name = name
        self.relation = relation
        self.organizationID = organizationID
        self.post = post
    }
}

/// 培训记录 — a training the inspector attended.
public struct TrainingRecord: Hashable, Sendable, Codable {
    /// The course's title.
    public var title: String
    /// When it was completed.
    public var completedOn: Day
    /// Hours of study.
    public var hours: Int

    /// A training record.
    public init(title: String, completedOn: Day, hours: Int) {
        self.title = title
        self.completedOn = completedOn
        self.hours = hours
    }
}

extension Inspector {
    private enum CodingKeys: String, CodingKey {
        case id, name, userID, homeOrganizationID, rank, expertise, region, postings, relatives, training
    }

    /// Encodes every field, the expertise sorted so that equal records write equal bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(userID, forKey: .userID)
        try container.encode(homeOrganizationID, forKey: .homeOrganizationID)
        try container.encode(rank, forKey: .rank)
        try container.encode(expertise.sorted { $0.rawValue < $1.rawValue }, forKey: .expertise)
        try container.encode(region, forKey: .region)
        try container.encode(postings, forKey: .postings)
        try container.encode(relatives, forKey: .relatives)
        try container.encode(training, forKey: .training)
    }
}
