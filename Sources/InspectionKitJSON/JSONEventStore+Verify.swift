import Foundation
import InspectionKit

/// The head of the hash chain: the last sequence and its hash. Kept by another party, it lets them check later that
/// history up to it was not rewritten or cut short.
public struct ChainHead: Codable, Hashable, Sendable {
    /// The last sequence.
    public var sequence: Int
    /// Its record's hash (hex).
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
    /// Signed commits checked, each signature verified.
    public var commits: Int
    /// The ids of the signing keys, the pinned one first, then each rotation's.
    public var signingKeys: [String]
    /// Snapshot files checked against their signed digests.
    public var snapshots: [String]
    /// A write a crash cut short at the end (never acknowledged; cut off when the store is next opened for writing).
    public var unfinishedWrite: TornRecord?
}

extension JSONEventStore {
    /// The current chain head, to keep elsewhere.
    public func chainHead() throws(StoreError) -> ChainHead {
        state.withLock { ChainHead(sequence: $0.lastSequence, hash: $0.lastHash) }
    }

    /// Walks the whole journal — every checksum, link, sequence and commit, every signature against the keys in force,
    /// every event decoded — and every snapshot file against the digest a signed commit bound it to. Throws the first
    /// fault, naming the segment, line and sequence, or the snapshot file. When `publicKey` (hex) is given, it must be
    /// a key that signed this journal: a key kept elsewhere catches a manifest whose key was swapped and a history
    /// re-signed with it. Changes nothing.
    public func verify(publicKey: String? = nil) throws(StoreError) -> VerificationReport {
        let (manifest, id, suite, pinned) = try Self.checkManifest(layout)
        var verifier = CommitVerifier(suite: suite, storeID: id, pinnedKey: pinned, dataKeyID: manifest.dataKeyID)
        let scanner = JournalScanner(layout: layout, repair: false, suite: suite)
        let scan = try scanner.scan(&verifier, allSignatures: true)
        var count = 0
        try scanner.records(after: 0, through: scan.lastSequence) { record throws(StoreError) in
            _ = try record.event()
            count += 1
        }
        if let publicKey { try checkKept(publicKey, verifier: verifier, pinned: pinned, commits: scan.commits, suite: suite) }
        let snapshots = try verifySnapshots(bindings: scan.bindings.mapValues { $0.map(\.commit) }, lastSequence: scan.lastSequence)
        return VerificationReport(events: count, head: ChainHead(sequence: scan.lastSequence, hash: scan.lastHash), commits: scan.commits,
                                  signingKeys: [suite.keyID(pinned, purpose: "signing")] + verifier.rotations.map(\.keyID),
                                  snapshots: snapshots, unfinishedWrite: scan.report.tornRecord)
    }

    /// Refuses a kept public key that signed nothing in this journal.
    private func checkKept(_ publicKey: String, verifier: CommitVerifier, pinned: Data, commits: Int, suite: any CryptoSuite) throws(StoreError) {
        guard let kept = Hex.decode(publicKey.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) else {
            throw StoreError(.keys, zh: "--public-key 应为十六进制的公钥（store init 时打印的那一串）。", en: "--public-key takes the public key in hex, as store init printed it.")
        }
        let keptID = suite.keyID(kept, purpose: "signing")
        let proven = commits == 0 ? kept == pinned : verifier.provenKeys.contains(keptID)
        guard proven else {
            throw StoreError(.damaged, zh: "另行保存的公钥（\(keptID)）没有签署本日志中的任何记录：日志由密钥 \(verifier.provenKeys.sorted().joined(separator: "、")) 签署。存储清单中的公钥可能被替换、历史被重新签名，或该公钥属于别的存储。",
                             en: "The public key kept elsewhere (\(keptID)) signed nothing in this journal, which is signed by \(verifier.provenKeys.sorted().joined(separator: ", ")): the manifest's key was swapped and the history re-signed, or the key belongs to another store.")
        }
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
}
