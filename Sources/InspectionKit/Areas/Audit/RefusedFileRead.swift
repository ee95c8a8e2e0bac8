/// 拒绝调阅档案 — a refused attempt to open a file that is not confidential but not everyone's (another team's
/// inspection, another organization's rectification item), as the audit trail keeps it: oversight sees who tried
/// which file, by which rule they were refused, and whether it exists.
public struct RefusedFileRead: Hashable, Sendable, Codable {
    /// The file asked for.
    public var file: RestrictedFile
    /// The rule that refused.
    public var rule: RuleID
    /// Whether the file exists.
    public var recordExists: Bool

    /// A refused file read.
    public init(file: RestrictedFile, rule: RuleID, recordExists: Bool) {
        self.file = file
        self.rule = rule
        self.recordExists = recordExists
    }
}

/// A file whose refused reads are audited (its permitted reads are not: they are ordinary work).
public enum RestrictedFile: Hashable, Sendable {
    /// An inspection's file.
    case inspection(InspectionID)
    /// A rectification item.
    case rectificationItem(RectificationItemID)

    /// The file's identifier.
    public var recordID: String {
        switch self {
        case .inspection(let id): id.rawValue
        case .rectificationItem(let id): id.rawValue
        }
    }

    /// The file named in `language`.
    func label(_ language: Language) -> String {
        switch self {
        case .inspection(let id): language == .chinese ? "巡察档案 \(id)" : "inspection file \(id)"
        case .rectificationItem(let id): language == .chinese ? "整改事项 \(id)" : "rectification item \(id)"
        }
    }
}

extension RestrictedFile: Codable {
    /// Decodes `{"kind":"inspection","inspection":…}` or `{"kind":"rectificationItem","item":…}`.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "inspection": self = .inspection(try tagged.field("inspection"))
        case "rectificationItem": self = .rectificationItem(try tagged.field("item"))
        default: throw tagged.unknown(decoder, expected: ["inspection", "rectificationItem"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .inspection(let id): var w = try TaggedWriter(encoder, kind: "inspection"); try w.field("inspection", id)
        case .rectificationItem(let id): var w = try TaggedWriter(encoder, kind: "rectificationItem"); try w.field("item", id)
        }
    }
}
