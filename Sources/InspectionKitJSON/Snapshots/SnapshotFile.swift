import Foundation
import InspectionKit

/// A snapshot as written: the state at a sequence and the journal's hash at that sequence. Before the file is written,
/// a signed checkpoint in the journal binds the digest of its bytes to the chain, so a snapshot that was edited, planted
/// or swapped is recognized: opening passes it over (replaying the journal instead) and verification refuses it.
struct SnapshotFile: Codable {
    /// The store format that wrote it.
    var format: Int
    /// The sequence of the last event folded into the state.
    var sequence: Int
    /// The journal's hash at `sequence`.
    var chainHash: String
    /// The state.
    var state: InspectionState

    static func encoder() -> JSONEncoder {
        let encoder = JournalLineCodec.encoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

extension JSONEventStore {
    /// Binds `state`'s snapshot to the chain with a signed checkpoint, then writes the file atomically (temporary
    /// file, fsync, rename, directory fsync).
    public func saveSnapshot(_ state: InspectionState) async throws(StoreError) {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能写快照。", en: "The store is open read-only; it cannot take snapshots.")
        }
        let sequence = state.lastSequence
        let last = try lastSequence()
        guard sequence <= last else {
            throw StoreError(.invalidBatch, zh: "快照序号\(sequence)超过了日志的最后序号\(last)。", en: "The snapshot's sequence \(sequence) is past the journal's last sequence \(last).")
        }
        let hash = try hash(at: sequence)
        let sealed = try sealer.seal(state)
        try sealer.table.persistPending()
        let data: Data
        do { data = try SnapshotFile.encoder().encode(SnapshotFile(format: JSONStoreFormat.current, sequence: sequence, chainHash: hash, state: sealed)) } catch {
            throw StoreError(.io, zh: "快照无法编码：\(error)", en: "The snapshot could not be encoded: \(error)")
        }
        // The binding first: a file on disk is always one the chain vouches for.
        try await submitCheckpoint(CommitExtensions(snapshot: SnapshotBinding(sequence: sequence, digest: suite.hexDigest(data)))).wait()
        try AtomicFile.write(data, to: layout.snapshot(at: sequence))
        self.state.withLock { $0.knownHashes[sequence] = hash }
    }

    /// The newest snapshot that a signed checkpoint vouches for and that agrees with the journal; the others are
    /// passed over and reported in ``openReport``.
    public func latestSnapshot() async throws(StoreError) -> InspectionState? {
        let last = try lastSequence()
        var rejected: [String] = []
        defer { if !rejected.isEmpty { state.withLock { $0.rejectedSnapshots = rejected } } }
        for file in try layout.snapshotFiles().reversed() where file.first <= last {
            switch checkSnapshot(file) {
            case .good(let snapshot): return try sealer.open(snapshot.state)
            case .bad(let problem): rejected.append("\(file.url.lastPathComponent): \(problem.en)")
            }
        }
        return nil
    }

    /// Checks every snapshot file against the signed bindings; throws the first that fails, naming it and why.
    func verifySnapshots(bindings: [Int: [CommitRecord]], lastSequence: Int) throws(StoreError) -> [String] {
        var checked: [String] = []
        for file in try layout.snapshotFiles() {
            let name = file.url.lastPathComponent
            let outcome = file.first > lastSequence
                ? .bad(LocalizedText(zh: "快照序号超过日志末尾", en: "the snapshot is past the journal's end"))
                : checkSnapshot(file, bindings: Set(bindings[file.first, default: []].compactMap { $0.extensions?.snapshot?.digest }))
            if case .bad(let problem) = outcome {
                throw StoreError(.damaged, zh: "快照 \(name) 未通过校验：\(problem.zh)。请删除该文件（存储会从日志重建状态）并查明原因。",
                                 en: "Snapshot \(name) fails verification: \(problem.en). Delete the file (the store rebuilds the state from the journal) and find out why.")
            }
            checked.append(name)
        }
        return checked
    }

    /// Reads a snapshot file and checks it: its digest is bound by a signed checkpoint, it decodes, and it ends where
    /// its name says, at the chain hash the journal has there.
    private func checkSnapshot(_ file: (first: Int, url: URL), bindings: Set<String>? = nil) -> SnapshotCheck {
        guard let data = try? Data(contentsOf: file.url) else { return .bad(LocalizedText(zh: "无法读取", en: "it cannot be read")) }
        let bound = bindings ?? state.withLock { Set($0.bindings[file.first, default: []].compactMap { $0.extensions?.snapshot?.digest }) }
        guard bound.contains(suite.hexDigest(data)) else {
            return .bad(LocalizedText(zh: "其摘要不在任何经签名的检查点中（文件被改动、替换或伪造）", en: "its digest is in no signed checkpoint (the file was edited, replaced or planted)"))
        }
        guard let snapshot = try? JournalLineCodec.decoder().decode(SnapshotFile.self, from: data) else {
            return .bad(LocalizedText(zh: "无法解码", en: "it does not decode"))
        }
        guard snapshot.sequence == file.first, snapshot.state.lastSequence == snapshot.sequence,
              let expected = try? hash(at: snapshot.sequence), expected == snapshot.chainHash else {
            return .bad(LocalizedText(zh: "与日志在该序号处的链头不符", en: "it disagrees with the journal's chain at its sequence"))
        }
        return .good(snapshot)
    }

    /// The journal's hash at `sequence` (the genesis hash at 0), from memory or by reading the journal.
    func hash(at sequence: Int) throws(StoreError) -> String {
        if sequence == 0 { return JournalRecord.genesisHash }
        if let known = state.withLock({ $0.knownHashes[sequence] }) { return known }
        var found: String?
        try JournalScanner(layout: layout, repair: false, suite: suite).records(after: sequence - 1, through: sequence) { record in found = record.hash }
        guard let found else {
            throw StoreError(.damaged, zh: "日志中没有序号\(sequence)。", en: "The journal has no sequence \(sequence).")
        }
        return found
    }
}

/// What checking a snapshot file found.
enum SnapshotCheck {
    /// It is bound to the chain and agrees with the journal.
    case good(SnapshotFile)
    /// It is not to be used, and why.
    case bad(LocalizedText)
}
