/// 督办文书 — one step of the escalation ladder for a lagging rectification item.
public struct SupervisionNotice: Hashable, Sendable, Codable {
    /// Which step.
    public var kind: SupervisionNoticeKind
    /// When it was issued.
    public var issuedOn: Day
    /// Who issued it.
    public var issuedBy: UserID
    /// The day it was entered, when that is not the day it was issued (past work entered from the file).
    public var enteredOn: Day?
    /// Why, when a reason was given (past work always gives one).
    public var reason: String?

    /// A notice record.
    public init(kind: SupervisionNoticeKind, issuedOn: Day, issuedBy: UserID, enteredOn: Day? = nil, reason: String? = nil) {
        self.kind = kind
        self.issuedOn = issuedOn
        self.issuedBy = issuedBy
        self.enteredOn = enteredOn
        self.reason = reason
    }
}

/// The escalation ladder, in order: 督办通知书 → 提醒书 → 告诫书 → 问责书.
public enum SupervisionNoticeKind: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 督办通知书.
    case supervisionNotice
    /// 提醒书.
    case reminder
    /// 告诫书.
    case admonition
    /// 问责书.
    case accountabilityNotice

    /// Orders the ladder.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The notice's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .supervisionNotice: ("督办通知书", "supervision notice")
        case .reminder: ("提醒书", "reminder")
        case .admonition: ("告诫书", "admonition")
        case .accountabilityNotice: ("问责书", "accountability notice")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

extension SupervisionNoticeKind: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .supervisionNotice: "supervisionNotice"
        case .reminder: "reminder"
        case .admonition: "admonition"
        case .accountabilityNotice: "accountabilityNotice"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}
