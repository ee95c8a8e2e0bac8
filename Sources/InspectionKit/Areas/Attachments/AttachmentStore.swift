import Foundation

/// 附件库 — where attached files are kept, by the SHA-256 of their bytes: a file is written (durably) before any
/// record names it, and every read checks the bytes against the digest, so a file changed on disk is refused rather
/// than served.
public protocol AttachmentStore: Sendable {
    /// Keeps `bytes` and returns their SHA-256; keeping the same bytes twice keeps one file.
    func put(_ bytes: Data) async throws(StoreError) -> String
    /// The bytes kept under `sha256`, checked against it; nil when there are none.
    func get(_ sha256: String) async throws(StoreError) -> Data?
}
