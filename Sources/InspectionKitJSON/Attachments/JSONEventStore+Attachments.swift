import Crypto
import Foundation
import InspectionKit

/// 附件 — attached files in a JSON store: `attachments/<sha256>`, each sealed (AES-256-GCM) under a key of its own
/// kept in the record-key table — written and fsync-ed before the file — and bound to the store and the digest, so a
/// file copied to another store or renamed does not open. Written atomically (temporary file, fsync, rename, fsync of
/// the folder); read back only when its bytes still hash to its name.
extension JSONEventStore: AttachmentStore {
    var attachmentsFolder: URL { directory.appendingPathComponent("attachments", isDirectory: true) }

    private func owner(_ sha256: String) -> String { "attachment:\(sha256)" }
    private func context(_ sha256: String) -> Data { Data("InspectionKit attachment v1\n\(storeID)\n\(sha256)".utf8) }

    /// Keeps `bytes` (sealed) and returns their SHA-256.
    public func put(_ bytes: Data) async throws(StoreError) -> String {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能保存附件。", en: "The store is open for reading only: it cannot keep a file.")
        }
        let sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        let url = attachmentsFolder.appendingPathComponent(sha256)
        if FileManager.default.fileExists(atPath: url.path) { return sha256 }
        guard let key = try sealer.table.sealingKey(for: owner(sha256)) else {
            throw StoreError(.failed, zh: "该附件的内容已销毁，不能再保存。", en: "This file's content was erased: it cannot be kept again.")
        }
        try sealer.table.persistPending()
        let sealed = try suite.seal(bytes, with: key, context: context(sha256))
        do {
            try FileManager.default.createDirectory(at: attachmentsFolder, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.io, zh: "无法创建附件目录：\(error.localizedDescription)", en: "Cannot create the attachments folder: \(error.localizedDescription)")
        }
        try AtomicFile.write(sealed, to: url)
        return sha256
    }

    /// The bytes kept under `sha256`, opened and checked against it.
    public func get(_ sha256: String) async throws(StoreError) -> Data? {
        guard AttachedFile.isDigest(sha256) else { return nil }
        let url = attachmentsFolder.appendingPathComponent(sha256)
        guard let sealed = FileManager.default.contents(atPath: url.path) else { return nil }
        guard let key = try sealer.table.openingKey(for: owner(sha256)) else { return nil }
        let bytes: Data
        do {
            bytes = try suite.open(sealed, with: key, context: context(sha256))
        } catch {
            throw StoreError(.damaged, zh: "附件 \(sha256.prefix(12))… 无法解开：文件被改动或不属于本存储。",
                             en: "The file \(sha256.prefix(12))… does not open: it was altered, or it is not this store's.")
        }
        guard SHA256.hash(data: bytes).map({ String(format: "%02x", $0) }).joined() == sha256 else {
            throw StoreError(.damaged, zh: "附件 \(sha256.prefix(12))… 的内容与其摘要不符：文件被改动。", en: "The file \(sha256.prefix(12))… does not match its digest: it was altered.")
        }
        return bytes
    }
}

/// Attached files in memory, for tests and for embedding without a store directory.
public actor InMemoryAttachmentStore: AttachmentStore {
    private var files: [String: Data] = [:]

    /// An empty store of files.
    public init() {}

    /// Keeps `bytes` and returns their SHA-256.
    public func put(_ bytes: Data) async throws(StoreError) -> String {
        let sha256 = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
        files[sha256] = bytes
        return sha256
    }

    /// The bytes kept under `sha256`.
    public func get(_ sha256: String) async throws(StoreError) -> Data? { files[sha256] }
}
