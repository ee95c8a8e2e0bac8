/// 附件类型 — the kinds of file accepted as evidence, each recognised by its content: PDF, PNG, JPEG, and Word and
/// Excel documents (OOXML). Anything else — a web page, a script, an executable, a file whose content does not match
/// a kind — is refused (`attachment.type`), so nothing that a browser would run is ever stored or served.
public enum AttachmentKind: String, Sendable, CaseIterable {
    /// PDF.
    case pdf
    /// PNG image.
    case png
    /// JPEG image.
    case jpeg
    /// Word document (.docx).
    case docx
    /// Excel workbook (.xlsx).
    case xlsx

    /// The kind of `bytes`, read from their content; nil when they are none of the kinds accepted.
    public static func of(_ bytes: [UInt8]) -> AttachmentKind? {
        func starts(_ prefix: [UInt8]) -> Bool { bytes.count >= prefix.count && Array(bytes.prefix(prefix.count)) == prefix }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x50, 0x4B, 0x03, 0x04]) {
            // An OOXML package names its parts in the zip's local headers; the main part tells Word from Excel.
            if contains(bytes, "[Content_Types].xml") {
                if contains(bytes, "word/document.xml") { return .docx }
                if contains(bytes, "xl/workbook.xml") { return .xlsx }
            }
        }
        return nil
    }

    private static func contains(_ bytes: [UInt8], _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard bytes.count >= needle.count, let first = needle.first else { return false }
        var index = 0
        while index <= bytes.count - needle.count {
            if bytes[index] == first, Array(bytes[index..<index + needle.count]) == needle { return true }
            index += 1
        }
        return false
    }

    /// The media type it is served with.
    public var mediaType: String {
        switch self {
        case .pdf: "application/pdf"
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    /// The kind served as `mediaType`, if any.
    public init?(mediaType: String) {
        guard let kind = Self.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = kind
    }
}
