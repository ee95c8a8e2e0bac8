import Foundation
import InspectionKit

/// 密钥保管处 — where a store's two keys are kept, always outside the store's directory: the signing key, whose
/// signatures on the journal's checkpoints prove that only the office extended the history, and the data key, which
/// wraps the keys that seal confidential content. A copy of the store directory alone can neither be extended unseen
/// nor read.
///
/// Each key is one line of text (see ``KeyFile``); a vault keeps them by store id and slot.
public protocol KeyVault: Sendable {
    /// Where the vault keeps store `storeID`'s key in `slot`, for messages ("/home/…/signing.key", "$INSPECT_DATA_KEY").
    func location(of slot: KeySlot, storeID: String) -> String
    /// The key line in `slot`, or nil when the vault has none.
    func read(_ slot: KeySlot, storeID: String) throws(StoreError) -> String?
    /// Keeps `line` in `slot`, durably, readable by its owner only.
    func write(_ line: String, to slot: KeySlot, storeID: String) throws(StoreError)
    /// Moves the key in `from` to `to`, replacing what was there (the last step of a rotation).
    func promote(_ from: KeySlot, to: KeySlot, storeID: String) throws(StoreError)
    /// Forgets the key in `slot`.
    func remove(_ slot: KeySlot, storeID: String) throws(StoreError)
    /// Refuses a vault that lies inside the store directory `store` (keys kept beside the record protect nothing).
    func checkOutside(_ store: URL) throws(StoreError)
}

/// The places a store keeps keys in.
public enum KeySlot: String, Sendable, CaseIterable {
    /// The private key that signs the journal's checkpoints.
    case signing
    /// The office's data key, which wraps each confidential record's key.
    case data
    /// A new signing key during a rotation, until the rotation is in the journal.
    case nextSigning = "signing.next"
    /// A new data key during a rotation, until every record key is wrapped under it.
    case nextData = "data.next"

    /// The kind of key the slot holds.
    var kind: KeyFile.Kind { self == .signing || self == .nextSigning ? .signing : .data }
}

/// Keys in files under a directory outside the store: `<directory>/<store id>/signing.key` and `data.key`, each file
/// 0600 and each directory 0700 whatever the umask.
public struct KeyDirectory: KeyVault {
    /// The directory that holds one folder of keys per store.
    public let url: URL

    /// A vault in `url` (created when the first key is written).
    public init(_ url: URL) {
        self.url = url.standardizedFileURL
    }

    /// `$INSPECT_KEYS`, else `$XDG_CONFIG_HOME/inspectionkit/keys`, else `~/.config/inspectionkit/keys`.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> KeyDirectory {
        if let explicit = environment["INSPECT_KEYS"], !explicit.isEmpty { return KeyDirectory(URL(fileURLWithPath: explicit)) }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return KeyDirectory(URL(fileURLWithPath: config).appendingPathComponent("inspectionkit/keys"))
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return KeyDirectory(home.appendingPathComponent(".config/inspectionkit/keys"))
    }

    /// The file of `slot` for store `storeID`.
    public func file(_ slot: KeySlot, storeID: String) -> URL {
        url.appendingPathComponent(storeID, isDirectory: true).appendingPathComponent("\(slot.rawValue).key")
    }

    public func location(of slot: KeySlot, storeID: String) -> String { file(slot, storeID: storeID).path }

    public func read(_ slot: KeySlot, storeID: String) throws(StoreError) -> String? {
        let path = file(slot, storeID: storeID).path
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        try Permissions.refuseLoose(path, what: LocalizedText(zh: "密钥文件", en: "key file"))
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StoreError(.io, zh: "无法读取密钥文件“\(path)”：请检查权限。", en: "Cannot read the key file '\(path)': check its permissions.")
        }
        return String(decoding: data, as: UTF8.self)
    }

    public func write(_ line: String, to slot: KeySlot, storeID: String) throws(StoreError) {
        let target = file(slot, storeID: storeID)
        try Permissions.makePrivateDirectory(url)
        try Permissions.makePrivateDirectory(target.deletingLastPathComponent())
        try AtomicFile.write(Data(line.utf8), to: target)
    }

    public func promote(_ from: KeySlot, to: KeySlot, storeID: String) throws(StoreError) {
        let source = file(from, storeID: storeID)
        guard rename(source.path, file(to, storeID: storeID).path) == 0 else { throw .os("rename", source.path) }
        try FileDescriptor.directory(source.deletingLastPathComponent().path).sync()
    }

    public func remove(_ slot: KeySlot, storeID: String) throws(StoreError) {
        let path = file(slot, storeID: storeID).path
        guard unlink(path) == 0 || errno == ENOENT else { throw .os("unlink", path) }
    }

    public func checkOutside(_ store: URL) throws(StoreError) {
        let keys = url.resolvingSymlinksInPath().standardizedFileURL.path
        let root = store.resolvingSymlinksInPath().standardizedFileURL.path
        if keys == root || keys.hasPrefix(root.hasSuffix("/") ? root : root + "/") {
            throw StoreError(.keys, zh: "密钥目录“\(keys)”在存储目录“\(root)”之内：密钥必须放在存储目录之外（用 --keys 或 INSPECT_KEYS 指定别处）。",
                             en: "The key directory '\(keys)' lies inside the store directory '\(root)': keys must be kept outside it (choose another place with --keys or INSPECT_KEYS).")
        }
    }
}

/// Keys from the environment for servers (`INSPECT_SIGNING_KEY`, `INSPECT_DATA_KEY`, each a key line as a key file
/// holds it), falling back to a key directory for whatever the environment does not give; new keys are written there.
public struct EnvironmentKeyVault: KeyVault {
    /// The environment variable of each slot.
    public static let variables: [KeySlot: String] = [.signing: "INSPECT_SIGNING_KEY", .data: "INSPECT_DATA_KEY"]

    /// Where keys the environment does not give are kept.
    public let fallback: KeyDirectory
    private let environment: [String: String]

    /// A vault over `environment`, falling back to `fallback`.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment, fallback: KeyDirectory? = nil) {
        self.environment = environment
        self.fallback = fallback ?? KeyDirectory.standard(environment: environment)
    }

    private func given(_ slot: KeySlot) -> String? {
        Self.variables[slot].flatMap { environment[$0] }.flatMap { $0.isEmpty ? nil : $0 }
    }

    public func location(of slot: KeySlot, storeID: String) -> String {
        given(slot) != nil ? "$" + (Self.variables[slot] ?? "") : fallback.location(of: slot, storeID: storeID)
    }

    public func read(_ slot: KeySlot, storeID: String) throws(StoreError) -> String? {
        if let given = given(slot) { return given }
        return try fallback.read(slot, storeID: storeID)
    }

    public func write(_ line: String, to slot: KeySlot, storeID: String) throws(StoreError) {
        try fallback.write(line, to: slot, storeID: storeID)
    }

    public func promote(_ from: KeySlot, to: KeySlot, storeID: String) throws(StoreError) {
        try fallback.promote(from, to: to, storeID: storeID)
    }

    public func remove(_ slot: KeySlot, storeID: String) throws(StoreError) {
        try fallback.remove(slot, storeID: storeID)
    }

    public func checkOutside(_ store: URL) throws(StoreError) { try fallback.checkOutside(store) }
}
