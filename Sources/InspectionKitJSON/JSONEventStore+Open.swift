#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit

extension JSONEventStore {
    /// Creates the directory (0700), its folders and manifest when absent (an empty directory counts as absent), with
    /// new keys in `vault`; returns the keys it created, or nil when the store already existed.
    static func prepare(_ layout: StoreLayout, create: Bool, vault: any KeyVault, suite: any CryptoSuite) throws(StoreError) -> StoreKeys? {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: layout.root.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw StoreError(.notAStore, zh: "“\(layout.root.path)”是文件而不是存储目录。", en: "'\(layout.root.path)' is a file, not a store directory.")
        }
        let contents = exists ? ((try? manager.contentsOfDirectory(atPath: layout.root.path)) ?? []) : []
        if manager.fileExists(atPath: layout.manifest.path) { return nil }
        guard create else {
            throw StoreError(.notAStore, zh: "“\(layout.root.path)”中没有存储：请先初始化（store init）。", en: "There is no store in '\(layout.root.path)': initialize one first (store init).")
        }
        guard contents.allSatisfy({ $0 == "LOCK" || $0.hasPrefix(".") }) else {
            throw StoreError(.notAStore, zh: "目录“\(layout.root.path)”不为空且不是存储：请换一个空目录。", en: "'\(layout.root.path)' is not empty and is not a store: choose an empty directory.")
        }
        try vault.checkOutside(layout.root)
        try Permissions.makePrivateDirectory(layout.root)
        try Permissions.makePrivateDirectory(layout.journal)
        try Permissions.makePrivateDirectory(layout.snapshots)
        // The keys first: a manifest never names keys that were not kept.
        let storeID = UUID().uuidString.lowercased()
        let keys = try StoreKeys.create(in: vault, storeID: storeID, suite: suite)
        let publicKey = try suite.publicKey(ofSigningKey: keys.signing ?? Data())
        let manifest = StoreManifest(kind: StoreManifest.kindName, format: JSONStoreFormat.current, createdAt: ISO8601DateFormatter().string(from: Date()),
                                     storeID: storeID, suite: suite.name, signingKey: Hex.encode(publicKey), dataKeyID: keys.data?.id)
        try writeManifest(manifest, layout)
        try FileDescriptor.directory(layout.root.deletingLastPathComponent().path).sync()
        return keys
    }

    static func writeManifest(_ manifest: StoreManifest, _ layout: StoreLayout) throws(StoreError) {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(try encoder.encode(manifest), to: layout.manifest)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.io, zh: "无法写入存储清单：\(error)", en: "Cannot write the manifest: \(error)")
        }
    }

    /// Reads the manifest; refuses what is not a store or was written by a newer format.
    static func readManifest(_ layout: StoreLayout) throws(StoreError) -> StoreManifest {
        guard let data = FileManager.default.contents(atPath: layout.manifest.path) else {
            throw StoreError(.notAStore, zh: "“\(layout.root.path)”中没有存储清单（manifest.json），不是 InspectionKit 存储。",
                             en: "'\(layout.root.path)' has no manifest.json: it is not an InspectionKit store.")
        }
        guard let manifest = try? JSONDecoder().decode(StoreManifest.self, from: data), manifest.kind == StoreManifest.kindName else {
            throw StoreError(.notAStore, zh: "存储清单无法识别：“\(layout.manifest.path)”。", en: "The manifest '\(layout.manifest.path)' is not one this software recognizes.")
        }
        guard manifest.format <= JSONStoreFormat.current else {
            throw StoreError(.newerFormat, zh: "该存储由更新的版本写入（格式\(manifest.format)，本软件支持到\(JSONStoreFormat.current)）：请升级 InspectionKit 后再打开。",
                             en: "The store was written by a newer version (format \(manifest.format); this software reads up to \(JSONStoreFormat.current)): upgrade InspectionKit to open it.")
        }
        return manifest
    }

    /// The manifest of a current-format store: its id, suite and pinned key; refuses an older store, naming the upgrade.
    static func checkManifest(_ layout: StoreLayout) throws(StoreError) -> (manifest: StoreManifest, id: String, suite: any CryptoSuite, pinnedKey: Data) {
        let manifest = try readManifest(layout)
        guard JSONStoreFormat.signed.contains(manifest.format) else {
            throw StoreError(.newerFormat, zh: "该存储为旧格式\(manifest.format)（未签名、未加密）：请用 inspect store upgrade --store \(layout.root.path) --to 新目录 将其升级为新存储。",
                             en: "The store is in the older format \(manifest.format) (unsigned, in clear): upgrade it into a new store with inspect store upgrade --store \(layout.root.path) --to NEW_DIRECTORY.")
        }
        guard let id = manifest.storeID, let suiteName = manifest.suite, let pinned = manifest.signingKey.flatMap({ Hex.decode($0) }) else {
            throw StoreError(.notAStore, zh: "存储清单缺少存储编号、密码套件或签名公钥：“\(layout.manifest.path)”。",
                             en: "The manifest '\(layout.manifest.path)' lacks the store id, the suite or the signing key.")
        }
        return (manifest, id, try CryptoSuites.named(suiteName), pinned)
    }

    /// Marks a store of an earlier signed format as the current format, before anything of the current format is
    /// written to it, so that older software refuses it by name rather than meeting events it cannot read.
    static func markCurrentFormat(_ manifest: StoreManifest, _ layout: StoreLayout) throws(StoreError) {
        guard manifest.format < JSONStoreFormat.current else { return }
        var marked = manifest
        marked.format = JSONStoreFormat.current
        try writeManifest(marked, layout)
    }

    /// Takes the exclusive lock, recording this process's id in the lock file.
    static func takeLock(_ layout: StoreLayout, wait: Bool) throws(StoreError) -> FileDescriptor {
        let file = try FileDescriptor.openFile(layout.lock.path, O_RDWR | O_CREAT)
        guard try file.lockExclusively(wait: wait) else {
            let holder = (try? String(contentsOf: layout.lock, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
            throw StoreError(.inUse, zh: "存储正被进程\(holder)使用：请等待其结束，或以只读方式打开。",
                             en: "The store is in use by process \(holder): wait for it to finish, or open the store read-only.")
        }
        try file.truncate(to: 0)
        _ = lseek(file.fd, 0, SEEK_SET)
        try file.writeAll(Data("\(getpid())\n".utf8))
        return file
    }
}
