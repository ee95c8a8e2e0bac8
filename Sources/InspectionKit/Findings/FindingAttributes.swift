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
