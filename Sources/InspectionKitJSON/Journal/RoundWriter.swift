import Foundation
import InspectionKit

/// What one round of the writer starts from: the batches taken from the queue and the journal's head.
struct Round {
    let batches: [PendingAppend]
    let last: Int
    let hash: String
    let keys: StoreKeys
    let signingKeyID: String
    let signingPublicKey: Data
}

/// Builds the bytes of one write: the events of consecutive batches under one signed commit, and each checkpoint as
/// its own signed commit, in queue order. A batch that does not follow the journal's head is refused with a conflict.
struct RoundWriter {
    let suite: any CryptoSuite
    let storeID: String
    /// Seals confidential texts before they are encoded.
    let sealer: ContentSealer
    /// The bytes to write.
    private(set) var bytes = Data()
    /// The last sequence once written.
    private(set) var last: Int
    /// The chain hash at `last`.
    private(set) var hash: String
    /// The keys after the round (a rotation replaces the signing key).
    private(set) var keys: StoreKeys
    /// The signing key's id after the round.
    private(set) var signingKeyID: String
    /// The public signing key after the round.
    private(set) var signingPublicKey: Data
    /// What the write carries, to be acknowledged once it is durable.
    private(set) var accepted: [PendingAppend] = []
    /// What was refused, and why.
    private(set) var rejected: [(PendingAppend, StoreError)] = []
    /// Chain hashes of the events written.
    private(set) var hashes: [(Int, String)] = []
    /// Snapshot bindings written.
    private(set) var bindings: [(sequence: Int, commit: CommitRecord)] = []
    /// Erasures written: the record whose key is to be destroyed once the write is durable, and the event's sequence.
    private(set) var erasures: [(owner: String, sequence: Int)] = []

    /// The open group of events: their lines, and where the journal stood before them.
    private var group = Data()
    private var groupStart: (last: Int, hash: String, accepted: Int, hashes: Int)

    init(round: Round, suite: any CryptoSuite, storeID: String, sealer: ContentSealer) {
        self.suite = suite
        self.storeID = storeID
        self.sealer = sealer
        last = round.last
        hash = round.hash
        keys = round.keys
        signingKeyID = round.signingKeyID
        signingPublicKey = round.signingPublicKey
        groupStart = (round.last, round.hash, 0, 0)
    }

    /// Adds a batch or a checkpoint.
    mutating func add(_ pending: PendingAppend) {
        switch pending.content {
        case .events(let events, let expected):
            guard expected == last else {
                rejected.append((pending, .conflict(expected: expected, actual: last)))
                return
            }
            do throws(StoreError) {
                var lines = Data()
                var chain = hash
                var written: [(Int, String)] = []
                var erased: [(owner: String, sequence: Int)] = []
                for event in events {
                    let (line, next) = try JournalRecord.line(for: try sealer.seal(event), previousHash: chain, suite: suite)
                    lines.append(line)
                    chain = next
                    written.append((event.sequence, next))
                    if case .retention(.confidentialContentErased(let record)) = event.event { erased.append((record.storageKey, event.sequence)) }
                }
                group.append(lines)
                hash = chain
                last = events.last?.sequence ?? last
                hashes += written
                erasures += erased
                accepted.append(pending)
            } catch {
                rejected.append((pending, error))
            }
        case .checkpoint(let extensions, let newSigningKey):
            closeGroup()
            do throws(StoreError) {
                var signNew: ((Data) throws(StoreError) -> Data)?
                var newPublicKey: Data?
                var extensions = extensions
                if let newSigningKey {
                    let publicKey = try suite.publicKey(ofSigningKey: newSigningKey)
                    extensions.signingKey = Hex.encode(publicKey)
                    newPublicKey = publicKey
                    let suite = self.suite
                    signNew = { message throws(StoreError) in try suite.sign(message, with: newSigningKey) }
                }
                let line = try commitLine(first: last + 1, extensions: extensions, signNew: signNew)
                bytes.append(line)
                accepted.append(pending)
                if let binding = extensions.snapshot, let parsed = parsed(line) { bindings.append((binding.sequence, parsed)) }
                if let newSigningKey, let newPublicKey {
                    keys.signing = newSigningKey
                    signingPublicKey = newPublicKey
                    signingKeyID = suite.keyID(newPublicKey, purpose: "signing")
                }
            } catch {
                rejected.append((pending, error))
            }
        }
    }

    /// Writes the open group's commit and lines (after the last batch, or before a checkpoint).
    mutating func closeGroup() {
        defer { groupStart = (last, hash, accepted.count, hashes.count) }
        guard !group.isEmpty else { return }
        do throws(StoreError) {
            bytes.append(try commitLine(first: groupStart.last + 1, extensions: nil))
            bytes.append(group)
        } catch {
            // Without a signature the group cannot be written: refuse its batches and rewind to before them.
            erasures.removeAll { $0.sequence > groupStart.last }
            for pending in accepted[groupStart.accepted...] { rejected.append((pending, error)) }
            accepted.removeSubrange(groupStart.accepted...)
            hashes.removeSubrange(groupStart.hashes...)
            last = groupStart.last
            hash = groupStart.hash
        }
        group = Data()
    }

    private func commitLine(first: Int, extensions: CommitExtensions?, signNew: ((Data) throws(StoreError) -> Data)? = nil) throws(StoreError) -> Data {
        let keys = self.keys
        return try CommitRecord.line(first: first, last: last, head: hash, suite: suite.name, keyID: signingKeyID, at: Int(Date().timeIntervalSince1970),
                                     extensions: extensions, storeID: storeID, sign: { message throws(StoreError) in try keys.sign(message) }, signNew: signNew)
    }

    private func parsed(_ line: Data) -> CommitRecord? {
        line.dropLast().withUnsafeBytes { try? CommitRecord.parse($0).get() }
    }
}
