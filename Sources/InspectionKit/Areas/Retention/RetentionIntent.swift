/// 保管指令 — what may be asked in the retention area (erasure of confidential content when its retention ends).
public enum RetentionIntent: Hashable, Sendable, Codable {
    /// 销毁 — erase a confidential record's content when its retention ends (the office head, with a reason): the
    /// store destroys the record's key, and the events and the chain stay.
    case eraseConfidentialContent(ConfidentialRecord)
}

extension RetentionIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// 销毁 — erase a confidential record's content when its retention ends (the office head, with a reason): the
        /// store destroys the record's key, and the events and the chain stay.
        case eraseConfidentialContent
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .eraseConfidentialContent: .eraseConfidentialContent
        }
    }
}

extension Intent {
    /// 销毁 — erase a confidential record's content when its retention ends (the office head, with a reason): the
    /// store destroys the record's key, and the events and the chain stay.
    public static func eraseConfidentialContent(_ a0: ConfidentialRecord) -> Intent { .retention(.eraseConfidentialContent(a0)) }
}

extension IntentKind {
    /// 销毁 — erase a confidential record's content when its retention ends (the office head, with a reason): the
    /// store destroys the record's key, and the events and the chain stay.
    public static let eraseConfidentialContent: IntentKind = .retention(.eraseConfidentialContent)
}
