/// Identifies a round.
public typealias RoundID = Identifier<Round>

/// 轮次 (第X轮) — one batch of inspections run in parallel within a term.
public struct Round: Hashable, Sendable, Codable, Identifiable {
    /// The round's identifier.
    public var id: RoundID
    /// The term it belongs to.
    public var termID: TermID
    /// Its number within the term (第X轮).
    public var number: Int
    /// Regular, special-topic, mobile, elevated, cross or follow-up.
    public var kind: RoundKind
    /// Its title, e.g. 区委第三轮巡察.
    public var title: String
    /// The period the round's fieldwork is planned for.
    public var window: DayWindow

    /// A round record.
    public init(id: RoundID, termID: TermID, number: Int, kind: RoundKind, title: String, window: DayWindow) {
        self.id = id
        self.termID = termID
        self.number = number
        self.kind = kind
        self.title = title
        self.window = window
    }
}

/// 巡察方式 — the kinds of round.
public enum RoundKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 常规巡察.
    case regular
    /// 专项巡察.
    case specialTopic
    /// 机动巡察.
    case mobile
    /// 提级巡察.
    case elevated
    /// 交叉巡察.
    case cross
    /// 巡察“回头看”.
    case followUp

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .regular: ("常规巡察", "regular")
        case .specialTopic: ("专项巡察", "special-topic")
        case .mobile: ("机动巡察", "mobile")
        case .elevated: ("提级巡察", "elevated")
        case .cross: ("交叉巡察", "cross")
        case .followUp: ("巡察“回头看”", "follow-up")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}
