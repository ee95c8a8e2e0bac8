/// A language the frontends speak: Simplified Chinese or English.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Simplified Chinese (zh-Hans).
    case chinese = "zh-Hans"
    /// English.
    case english = "en"

    /// Picks a language from a locale or Accept-Language tag: anything starting with `zh` is Chinese, otherwise English.
    public init(tag: String) {
        self = tag.lowercased().hasPrefix("zh") ? .chinese : .english
    }
}

/// A short text in both languages of the product.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The Simplified Chinese text.
    public var zh: String
    /// The English text.
    public var en: String

    /// A text in both languages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        language == .chinese ? zh : en
    }
}
