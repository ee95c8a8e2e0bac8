/// A refusal by a domain rule or the access policy: names the rule, says what was wrong and what to do, in both languages.
public struct DomainError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The rule that refused.
    public let rule: RuleID
    /// What was wrong and what to do.
    public let message: LocalizedText

    /// A refusal by `rule` with a message in both languages.
    public init(_ rule: RuleID, zh: String, en: String) {
        self.rule = rule
        message = LocalizedText(zh: zh, en: en)
    }

    /// Whether the access policy (rather than a domain rule) refused.
    public var isAccessDenial: Bool { rule.rawValue.hasPrefix("access.") }

    /// The message in `language`, prefixed with the rule's name.
    public func text(_ language: Language) -> String { "[\(rule.rawValue)] \(message.text(language))" }

    /// The English message prefixed with the rule's name.
    public var description: String { text(.english) }

    /// A referenced record does not exist.
    public static func unknown(_ kind: RecordKind, _ id: String) -> DomainError {
        DomainError(.unknownRecord,
                    zh: "未找到\(kind.chineseName)“\(id)”：请检查编号，或先登记该记录。",
                    en: "No \(kind.englishName) '\(id)' exists: check the identifier or register the record first.")
    }

    /// A field is empty or malformed.
    static func invalid(_ field: String, zh: String, en: String) -> DomainError {
        DomainError(.invalidInput, zh: "字段“\(field)”无效：\(zh)", en: "Field '\(field)' is invalid: \(en)")
    }
}

extension RecordKind {
    /// The record kind's name in Chinese, for messages.
    public var chineseName: String {
        switch self {
        case .organization: "党组织"
        case .inspector: "巡察干部"
        case .term: "届"
        case .plan: "巡察规划"
        case .round: "巡察轮次"
        case .team: "巡察组"
        case .inspection: "巡察"
        case .workRecord: "了解记录"
        case .petition: "信访举报"
        case .finding: "问题底稿"
        case .lead: "问题线索"
        case .rectificationItem: "整改事项"
        case .accountability: "问责记录"
        case .ruleChange: "建章立制记录"
        case .followUp: "回头看记录"
        case .user: "账号"
        case .token: "接口令牌"
        }
    }

    /// The record kind's name in English, for messages.
    public var englishName: String {
        switch self {
        case .organization: "organization"
        case .inspector: "inspector"
        case .term: "term"
        case .plan: "plan"
        case .round: "round"
        case .team: "team"
        case .inspection: "inspection"
        case .workRecord: "work record"
        case .petition: "petition"
        case .finding: "finding"
        case .lead: "lead"
        case .rectificationItem: "rectification item"
        case .accountability: "accountability record"
        case .ruleChange: "rule change"
        case .followUp: "follow-up"
        case .user: "account"
        case .token: "API token"
        }
    }
}
