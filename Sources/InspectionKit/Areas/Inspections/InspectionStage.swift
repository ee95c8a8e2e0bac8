/// 巡察环节 — the stages of one inspection, in order.
public enum InspectionStage: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 已计划 — scheduled in a round, not yet authorized.
    case planned
    /// 已授权 — 一巡一授权 given.
    case authorized
    /// 动员部署会已召开.
    case mobilized
    /// 已进驻.
    case stationed
    /// 了解（进驻后开展工作）.
    case fieldwork
    /// 已撤离.
    case withdrawn
    /// 已报告领导小组.
    case reported
    /// 党委（书记专题会）已审定.
    case approved
    /// 已反馈.
    case feedbackDelivered
    /// 已移交.
    case handedOver
    /// 整改中.
    case rectifying
    /// 已报送整改报告.
    case rectificationReported
    /// 已公开.
    case disclosed
    /// 已评估.
    case evaluated
    /// 已归档.
    case archived

    /// Orders stages along the lifecycle.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The stage's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .planned: ("已计划", "planned")
        case .authorized: ("已授权", "authorized")
        case .mobilized: ("已动员部署", "mobilized")
        case .stationed: ("已进驻", "stationed")
        case .fieldwork: ("了解情况", "fieldwork")
        case .withdrawn: ("已撤离", "withdrawn")
        case .reported: ("已报告", "reported")
        case .approved: ("已审定", "approved")
        case .feedbackDelivered: ("已反馈", "feedback delivered")
        case .handedOver: ("已移交", "handed over")
        case .rectifying: ("整改中", "rectifying")
        case .rectificationReported: ("已报送整改报告", "rectification reported")
        case .disclosed: ("已公开", "disclosed")
        case .evaluated: ("已评估", "evaluated")
        case .archived: ("已归档", "archived")
        }
        return language == .chinese ? pair.0 : pair.1
    }

    /// Whether the team is on site (stationed or doing fieldwork).
    public var isOnSite: Bool { self == .stationed || self == .fieldwork }
}

extension InspectionStage: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .planned: "planned"
        case .authorized: "authorized"
        case .mobilized: "mobilized"
        case .stationed: "stationed"
        case .fieldwork: "fieldwork"
        case .withdrawn: "withdrawn"
        case .reported: "reported"
        case .approved: "approved"
        case .feedbackDelivered: "feedbackDelivered"
        case .handedOver: "handedOver"
        case .rectifying: "rectifying"
        case .rectificationReported: "rectificationReported"
        case .disclosed: "disclosed"
        case .evaluated: "evaluated"
        case .archived: "archived"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}
