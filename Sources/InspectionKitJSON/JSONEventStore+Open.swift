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
    /// Creates the directory, its folders and manifest when absent (an empty directory counts as absent).
    static func prepare(_ layout: StoreLayout, create: Bool) throws(StoreError) {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: layout.root.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw StoreError(.notAStore, zh: "“\(layout.root.path)”是文件而不是存储目录。", en: "'\(layout.root.path)' is a file, not a store directory.")
        }
        let contents = exists ? ((try? manager.contentsOfDirectory(atPath: layout.root.path)) ?? []) : []
        if manager.fileExists(atPath: layout.manifest.path) { return }
        guard create else {
            throw StoreError(.notAStore, zh: "“\(layout.root.path)”中没有存储：请先初始化（store init）。", en: "There is no store in '\(layout.root.path)': initialize one first (store init).")
        }
        guard contents.allSatisfy({ $0 == "LOCK" || $0.hasPrefix(".") }) else {
            throw StoreError(.notAStore, zh: "目录“\(layout.root.path)”不为空且不是存储：请换一个空目录。", en: "'\(layout.root.path)' is not empty and is not a store: choose an empty directory.")
        }
        do {
            try manager.createDirectory(at: layout.journal, withIntermediateDirectories: true)
            try manager.createDirectory(at: layout.snapshots, withIntermediateDirectories: true)
        } catch {
            throw StoreError(.io, zh: "无法创建存储目录：\(error.localizedDescription)", en: "Cannot create the store's folders: \(error.localizedDescription)")
        }
        let manifest = StoreManifest(kind: StoreManifest.kindName, format: JSONStoreFormat.current, createdAt: ISO8601DateFormatter().string(from: Date()))
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(try encoder.encode(manifest), to: layout.manifest)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.io, zh: "无法写入存储清单：\(error)", en: "Cannot write the manifest: \(error)")
        }
        try FileDescriptor.directory(layout.root.deletingLastPathComponent().path).sync()
    }

    /// Reads the manifest; refuses what is not a store or was written by a newer format.
    @discardableResult
    static func checkManifest(_ layout: StoreLayout) throws(StoreError) -> StoreManifest {
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

    /// Brings an older store up to the current format, one step at a time.
    static func migrateIfNeeded(_ layout: StoreLayout) throws(StoreError) {
        var manifest = try checkManifest(layout)
        while manifest.format < JSONStoreFormat.current {
            guard let step = JSONStoreFormat.migrations[manifest.format] else {
                throw StoreError(.newerFormat, zh: "没有从格式\(manifest.format)升级的步骤。", en: "There is no migration from format \(manifest.format).")
            }
            try step(layout)
            manifest = try checkManifest(layout)
        }
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
