/// 附件 — a file attached to a record as evidence (a scanned document, a photograph, a spreadsheet), kept beside the
/// journal under its SHA-256; the record holds the digest, so the file is covered by the chain and any change to it is
/// found when it is read.
public struct AttachedFile: Hashable, Sendable, Codable {
    /// The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.
    public var sha256: String
    /// The file's name as it was uploaded (for the download).
    public var name: String
    /// Its media type, as read from its content (never as the uploader said).
    public var mediaType: String
    /// Its size in bytes.
    public var size: Int

    /// A file's description.
    public init(sha256: String, name: String, mediaType: String, size: Int) {
        self.sha256 = sha256
        self.name = name
        self.mediaType = mediaType
        self.size = size
    }

    /// The largest file accepted: 20 MiB.
    public static let maximumSize = 20 << 20

    /// Whether `text` is a SHA-256 digest as files are named by.
    public static func isDigest(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }
}
