import Foundation
import InspectionKit

/// The head of the hash chain: the last sequence and its hash. Kept by another party, it lets them check later that
/// history up to it was not rewritten.
public struct ChainHead: Codable, Hashable, Sendable {
    /// The last sequence.
    public var sequence: Int
    /// Its record's hash (SHA-256, hex).
    public var hash: String

    /// A chain head.
    public init(sequence: Int, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }
}

/// What a full verification found.
public struct VerificationReport: Hashable, Sendable {
    /// Events checked.
    public var events: Int
    /// The chain head.
    public var head: ChainHead
    /// Snapshot files that disagree with the journal or cannot be read.
    public var badSnapshots: [String]
}

extension JSONEventStore {
    /// The current chain head, to keep elsewhere.
    public func chainHead() throws(StoreError) -> ChainHead {
        state.withLock { ChainHead(sequence: $0.lastSequence, hash: $0.lastHash) }
    }

    /// Walks the whole chain — every checksum, link and sequence, every event decoded — and every snapshot; throws the
    /// first bad record with its segment, line and sequence. Changes nothing.
    public func verify() throws(StoreError) -> VerificationReport {
        let last = try lastSequence()
        var count = 0
        var head = ChainHead(sequence: 0, hash: JournalRecord.genesisHash)
        try JournalScanner(layout: layout, repair: false).records(after: 0, through: last) { record throws(StoreError) in
            _ = try record.event()
            count += 1
            head = ChainHead(sequence: record.sequence, hash: record.hash)
        }
        let snapshots = try loadAllSnapshotsChecked()
        return VerificationReport(events: count, head: head, badSnapshots: snapshots)
    }

    /// Checks that the journal still holds `head` — the same hash at the same sequence — so history was not rewritten.
    public func verify(against head: ChainHead) throws(StoreError) {
        let last = try lastSequence()
        guard head.sequence <= last else {
            throw StoreError(.damaged, zh: "日志只到序号\(last)，短于保存的链头\(head.sequence)：记录被删除。",
                             en: "The journal ends at sequence \(last), before the kept chain head \(head.sequence): records were removed.")
        }
        guard try hash(at: head.sequence) == head.hash else {
            throw StoreError(.damaged, zh: "序号\(head.sequence)处的哈希与保存的链头不符：历史记录被改写。",
                             en: "The hash at sequence \(head.sequence) differs from the kept chain head: history was rewritten.")
        }
    }

    private func loadAllSnapshotsChecked() throws(StoreError) -> [String] {
        var bad: [String] = []
        for file in try layout.snapshotFiles() {
            guard let data = try? Data(contentsOf: file.url),
                  let snapshot = try? JournalLineCodec.decoder().decode(SnapshotFile.self, from: data),
                  snapshot.sequence == file.first, let expected = try? hash(at: snapshot.sequence), expected == snapshot.chainHash else {
                bad.append(file.url.lastPathComponent)
                continue
            }
        }
        return bad
    }
}
