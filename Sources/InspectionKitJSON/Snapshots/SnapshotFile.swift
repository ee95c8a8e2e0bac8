import Foundation
import InspectionKit

/// A snapshot as written: the state at a sequence and the journal's hash at that sequence, which it must match.
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
    /// Writes `state` as a snapshot atomically (temporary file, fsync, rename, directory fsync).
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
        let data: Data
        do { data = try SnapshotFile.encoder().encode(SnapshotFile(format: JSONStoreFormat.current, sequence: sequence, chainHash: hash, state: state)) } catch {
            throw StoreError(.io, zh: "快照无法编码：\(error)", en: "The snapshot could not be encoded: \(error)")
        }
        try AtomicFile.write(data, to: layout.snapshot(at: sequence))
        self.state.withLock { $0.knownHashes[sequence] = hash }
    }

    /// The newest snapshot whose hash agrees with the journal; unreadable or disagreeing ones are passed over.
    public func latestSnapshot() async throws(StoreError) -> InspectionState? {
        try loadLatestSnapshot().state
    }

    /// The newest good snapshot and the names of the snapshot files passed over.
    func loadLatestSnapshot() throws(StoreError) -> (state: InspectionState?, rejected: [String]) {
        let last = try lastSequence()
        var rejected: [String] = []
        for file in try layout.snapshotFiles().reversed() where file.first <= last {
            guard let data = try? Data(contentsOf: file.url),
                  let snapshot = try? JournalLineCodec.decoder().decode(SnapshotFile.self, from: data),
                  snapshot.sequence == file.first, snapshot.state.lastSequence == snapshot.sequence,
                  let expected = try? hash(at: snapshot.sequence), expected == snapshot.chainHash else {
                rejected.append(file.url.lastPathComponent)
                continue
            }
            return (snapshot.state, rejected)
        }
        return (nil, rejected)
    }

    /// The journal's hash at `sequence` (the genesis hash at 0), from memory or by reading the journal.
    func hash(at sequence: Int) throws(StoreError) -> String {
        if sequence == 0 { return JournalRecord.genesisHash }
        if let known = state.withLock({ $0.knownHashes[sequence] }) { return known }
        var found: String?
        try JournalScanner(layout: layout, repair: false).records(after: sequence - 1, through: sequence) { record in found = record.hash }
        guard let found else {
            throw StoreError(.damaged, zh: "日志中没有序号\(sequence)。", en: "The journal has no sequence \(sequence).")
        }
        return found
    }
}
