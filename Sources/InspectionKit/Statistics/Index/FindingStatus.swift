/// 问题整改状态 — where a finding's rectification stands, as the statistics count it (the codes of the flat findings table).
public enum FindingStatus: UInt8, Hashable, Sendable, Codable, CaseIterable {
    /// 未整改 — no item started yet.
    case open = 0
    /// 整改中 (including items reopened after a relapse).
    case inProgress = 1
    /// 已整改, awaiting acceptance.
    case rectified = 2
    /// 已销号.
    case verified = 3
    /// 长期坚持.
    case longTerm = 4

    /// Rectified or verified: the finding counts as closed.
    public var isClosed: Bool { self == .rectified || self == .verified }
    /// Open or in progress: the finding counts as unresolved (and can be overdue).
    public var isUnresolved: Bool { self == .open || self == .inProgress }

    /// The status's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .open: ("未整改", "open")
        case .inProgress: ("整改中", "in progress")
        case .rectified: ("已整改", "rectified")
        case .verified: ("已销号", "verified")
        case .longTerm: ("长期坚持", "long-term")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

/// 问题来源类别 — where findings come from, as the statistics count them (codes 0–7 as in the flat findings table).
public enum FindingSourceKind: UInt8, Hashable, Sendable, Codable, CaseIterable {
    /// 个别谈话.
    case interview = 0
    /// 来信来访.
    case petition = 1
    /// 调阅资料.
    case documents = 2
    /// 抽查暗访.
    case spotCheck = 3
    /// 审计.
    case audit = 4
    /// 热线.
    case hotline = 5
    /// 媒体.
    case media = 6
    /// 自查自纠.
    case selfReport = 7
    /// 数据碰撞.
    case dataComparison = 8
    /// 座谈、测评、走访等其他方式.
    case otherFieldwork = 9
    /// 上轮整改.
    case earlierRectification = 10

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .interview: ("个别谈话", "interview")
        case .petition: ("来信来访", "petition")
        case .documents: ("调阅资料", "documents")
        case .spotCheck: ("抽查暗访", "spot check")
        case .audit: ("审计", "audit")
        case .hotline: ("热线", "hotline")
        case .media: ("媒体", "media")
        case .selfReport: ("自查自纠", "self-report")
        case .dataComparison: ("数据碰撞", "data comparison")
        case .otherFieldwork: ("其他走访座谈", "other fieldwork")
        case .earlierRectification: ("上轮整改", "earlier rectification")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

extension FindingStatus: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .open: "open"
        case .inProgress: "inProgress"
        case .rectified: "rectified"
        case .verified: "verified"
        case .longTerm: "longTerm"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}

extension FindingSourceKind: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .interview: "interview"
        case .petition: "petition"
        case .documents: "documents"
        case .spotCheck: "spotCheck"
        case .audit: "audit"
        case .hotline: "hotline"
        case .media: "media"
        case .selfReport: "selfReport"
        case .dataComparison: "dataComparison"
        case .otherFieldwork: "otherFieldwork"
        case .earlierRectification: "earlierRectification"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}
