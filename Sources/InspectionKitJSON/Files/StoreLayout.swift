import Foundation
import InspectionKit

/// Where things live in a store directory: `manifest.json`, `LOCK`, `journal/<first sequence>.jsonl`, `snapshots/<sequence>.json`,
/// `record-keys.jsonl` (each confidential record's key, wrapped under the data key).
struct StoreLayout: Sendable {
    let root: URL

    var manifest: URL { root.appendingPathComponent("manifest.json") }
    var lock: URL { root.appendingPathComponent("LOCK") }
    var journal: URL { root.appendingPathComponent("journal", isDirectory: true) }
    var snapshots: URL { root.appendingPathComponent("snapshots", isDirectory: true) }
    var recordKeys: URL { root.appendingPathComponent("record-keys.jsonl") }

    func segment(startingAt sequence: Int) -> URL { journal.appendingPathComponent("\(Self.pad(sequence)).jsonl") }
    func snapshot(at sequence: Int) -> URL { snapshots.appendingPathComponent("\(Self.pad(sequence)).json") }

    /// The journal's segments, by first sequence.
    func segments() throws(StoreError) -> [(first: Int, url: URL)] {
        try numberedFiles(in: journal, suffix: ".jsonl")
    }

    /// The snapshot files, by sequence.
    func snapshotFiles() throws(StoreError) -> [(first: Int, url: URL)] {
        try numberedFiles(in: snapshots, suffix: ".json")
    }

    private func numberedFiles(in folder: URL, suffix: String) throws(StoreError) -> [(first: Int, url: URL)] {
        let names: [String]
        do { names = try FileManager.default.contentsOfDirectory(atPath: folder.path) } catch {
            throw StoreError(.damaged, zh: "无法读取目录“\(folder.path)”：\(error.localizedDescription)", en: "Cannot list '\(folder.path)': \(error.localizedDescription)")
        }
        return names.compactMap { name -> (Int, URL)? in
            guard name.hasSuffix(suffix), !name.hasPrefix("."), let number = Int(name.dropLast(suffix.count)) else { return nil }
            return (number, folder.appendingPathComponent(name))
        }.sorted { $0.0 < $1.0 }
    }

    static func pad(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 12 - digits.count)) + digits
    }
}

/// The store's manifest: what it is, which format wrote it, and — from format 2 — its id, its cryptographic suite and
/// the public signing key pinned at creation. The manifest is not secret; the keys it names are kept elsewhere.
struct StoreManifest: Codable, Sendable {
    /// Always "InspectionKit JSON store".
    var kind: String
    /// The format version.
    var format: Int
    /// When the store was created.
    var createdAt: String
    /// The store's id: its keys are filed under it, and every signature covers it (format 2).
    var storeID: String?
    /// The cryptographic suite (format 2).
    var suite: String?
    /// The public signing key pinned at creation, in hex (format 2).
    var signingKey: String?
    /// The id of the data key at creation (format 2).
    var dataKeyID: String?

    static let kindName = "InspectionKit JSON store"
}

/// Format versions of the JSON store.
public enum JSONStoreFormat {
    /// The format this software writes: 3 — format 2's signed commits and sealed content, with events in the pinned
    /// event format (`EventFormat` in the core). A format-2 store opens as it is (its events are read forward, its bytes never
    /// rewritten) and is marked format 3 before the first line of the pinned format is appended to it. Format 1
    /// (unsigned, in clear) is read only to be upgraded into a new store (`JSONEventStore.upgrade`).
    public static let current = 3
    /// The formats of stores with signed commits, which open directly.
    public static let signed = 2...3
}
