/// 责任类型 — the kind of responsibility a finding assigns.
public enum ResponsibilityType: String, Hashable, Sendable, Codable, CaseIterable {
    /// 主体责任.
    case principal
    /// 第一责任人责任.
    case firstResponsible
    /// 主要领导责任.
    case mainLeadership
    /// 直接责任.
    case direct
    /// 监督责任.
    case supervisory
    /// 一岗双责.
    case dualDuty

    /// The type's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .principal: ("主体责任", "principal responsibility")
        case .firstResponsible: ("第一责任人责任", "first-responsible person")
        case .mainLeadership: ("主要领导责任", "main leadership")
        case .direct: ("直接责任", "direct responsibility")
        case .supervisory: ("监督责任", "supervisory responsibility")
        case .dualDuty: ("一岗双责", "dual duty of the post")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

/// 严重程度 — how serious a finding is, from 0 (minor) to 3 (grave).
public enum Severity: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 一般.
    case minor = 0
    /// 较重.
    case moderate = 1
    /// 严重.
    case serious = 2
    /// 特别严重.
    case grave = 3

    /// Orders by seriousness.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The severity's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .minor: ("一般", "minor")
        case .moderate: ("较重", "moderate")
        case .serious: ("严重", "serious")
        case .grave: ("特别严重", "grave")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

/// 个性 / 共性 — whether a problem is particular to one organization or common to many.
public enum FindingScope: String, Hashable, Sendable, Codable, CaseIterable {
    /// 个性问题.
    case individual
    /// 共性问题.
    case common
}

/// 问题来源 — where a finding came from.
public enum FindingSource: Hashable, Sendable, Codable {
    /// From a piece of fieldwork.
    case workRecord(WorkRecordID)
    /// From a petition.
    case petition(PetitionID)
    /// From a data comparison (数据碰撞) hit.
    case dataComparison(String)
    /// From an earlier inspection's rectification (上轮整改).
    case earlierRectification(RectificationItemID)
}

extension Severity: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .minor: "minor"
        case .moderate: "moderate"
        case .serious: "serious"
        case .grave: "grave"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}

extension FindingSource {
    /// Decodes `{"kind":"workRecord","workRecord":…}` and its siblings, or the shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "workRecord": self = .workRecord(try tagged.field("workRecord"))
        case "petition": self = .petition(try tagged.field("petition"))
        case "dataComparison": self = .dataComparison(try tagged.field("hit"))
        case "earlierRectification": self = .earlierRectification(try tagged.field("item"))
        default: throw tagged.unknown(decoder, expected: ["workRecord", "petition", "dataComparison", "earlierRectification"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .workRecord(let id): var w = try TaggedWriter(encoder, kind: "workRecord"); try w.field("workRecord", id)
        case .petition(let id): var w = try TaggedWriter(encoder, kind: "petition"); try w.field("petition", id)
        case .dataComparison(let hit): var w = try TaggedWriter(encoder, kind: "dataComparison"); try w.field("hit", hit)
        case .earlierRectification(let id): var w = try TaggedWriter(encoder, kind: "earlierRectification"); try w.field("item", id)
        }
    }
}
