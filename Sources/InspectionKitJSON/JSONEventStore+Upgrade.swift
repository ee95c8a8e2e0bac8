import Foundation
import InspectionKit

/// What an upgrade did.
public struct UpgradeReport: Sendable {
    /// Events carried over.
    public var events: Int
    /// The chain head of the old store, recorded in the new store's first signed checkpoint.
    public var formerHead: ChainHead
}

extension JSONEventStore {
    /// Rewrites a store of format 1 (unsigned, confidential content in clear) as a new store in `target`, with new keys
    /// in `keys`: every event is checked against the old chain, then written under signed commits and sealed. The first
    /// checkpoint of the new store records the old store's chain head, so the two can be matched later. The old store
    /// is not changed; once the new one is checked, the old directory (and its backups) should be destroyed, since
    /// they hold confidential content in clear.
    public static func upgrade(from source: URL, to target: URL, keys: any KeyVault) async throws(StoreError) -> UpgradeReport {
        let layout = StoreLayout(root: source)
        let manifest = try readManifest(layout)
        guard manifest.format == 1 else {
            throw StoreError(.notAStore, zh: "“\(source.path)”已是格式\(manifest.format)，无需升级。", en: "'\(source.path)' is already in format \(manifest.format); there is nothing to upgrade.")
        }
        let suite = CryptoSuites.standard
        let scanner = JournalScanner(layout: layout, repair: false, suite: suite, legacy: true)
        var verifier = CommitVerifier(suite: suite, storeID: "", pinnedKey: Data(), dataKeyID: nil)
        let scan = try scanner.scan(&verifier, allSignatures: false)
        var events: [RecordedEvent] = []
        try scanner.records(after: 0, through: scan.lastSequence) { record throws(StoreError) in events.append(try record.event()) }
        if FileManager.default.fileExists(atPath: StoreLayout(root: target).manifest.path) {
            throw StoreError(.notAStore, zh: "“\(target.path)”已有存储：请为升级后的存储选一个新的空目录。", en: "'\(target.path)' already holds a store: choose a new, empty directory for the upgraded store.")
        }
        let store = try JSONEventStore(at: target, keys: keys)
        defer { store.close() }
        let head = ChainHead(sequence: scan.lastSequence, hash: scan.lastHash)
        try await store.submitCheckpoint(CommitExtensions(upgradedFrom: head)).wait()
        var index = 0
        while index < events.count {
            let batch = Array(events[index..<min(events.count, index + 1_000)])
            try await store.append(batch, expectedLastSequence: index)
            index += batch.count
        }
        return UpgradeReport(events: events.count, formerHead: head)
    }
}
