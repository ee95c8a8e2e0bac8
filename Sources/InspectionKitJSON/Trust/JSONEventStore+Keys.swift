import Foundation
import InspectionKit

extension JSONEventStore {
    /// Loads the store's keys from `vault` and checks them against the keys in force in the journal: a writable store
    /// needs both; a signing key that is not the one in force means the manifest's key was replaced (or the key file
    /// is an old one) and is refused. A signing-key rotation that a crash cut short is finished or undone.
    static func loadKeys(_ vault: any KeyVault, storeID: String, suite: any CryptoSuite, verifier: CommitVerifier, writable: Bool) throws(StoreError) -> StoreKeys {
        if let text = try vault.read(.nextSigning, storeID: storeID) {
            let next = try KeyFile(parsing: text, kind: .signing, suite: suite.name, storeID: storeID, location: vault.location(of: .nextSigning, storeID: storeID)).key
            let nextID = suite.keyID(try suite.publicKey(ofSigningKey: next), purpose: "signing")
            if writable {
                // The rotation reached the journal: the new key is in force. It did not: the old key still is.
                if nextID == verifier.currentKeyID {
                    try vault.promote(.nextSigning, to: .signing, storeID: storeID)
                } else {
                    try vault.remove(.nextSigning, storeID: storeID)
                }
            }
        }
        let keys = try StoreKeys.load(from: vault, storeID: storeID, suite: suite, required: writable ? [.signing, .data] : [])
        if let signing = keys.signing {
            let id = suite.keyID(try suite.publicKey(ofSigningKey: signing), purpose: "signing")
            guard id == verifier.currentKeyID || !writable && (try? vault.read(.nextSigning, storeID: storeID)) != nil else {
                throw StoreError(.keys, zh: "“\(vault.location(of: .signing, storeID: storeID))”中的签名密钥（\(id)）不是本存储当前有效的密钥（\(verifier.currentKeyID)）：可能是轮换前的旧密钥，或存储清单中的公钥被替换。请用 store verify --public-key 对照另行保存的公钥核查。",
                                 en: "The signing key at '\(vault.location(of: .signing, storeID: storeID))' (\(id)) is not the key in force for this store (\(verifier.currentKeyID)): it is an old key from before a rotation, or the manifest's public key was replaced. Check with store verify --public-key against the key you kept elsewhere.")
            }
        }
        if let data = keys.data, let expected = verifier.dataKeyID, data.id != expected, keys.nextData?.id != expected {
            throw StoreError(.keys, zh: "“\(vault.location(of: .data, storeID: storeID))”中的数据密钥（\(data.id)）不是本存储当前有效的数据密钥（\(expected)）。",
                             en: "The data key at '\(vault.location(of: .data, storeID: storeID))' (\(data.id)) is not this store's data key in force (\(expected)).")
        }
        return keys
    }

    /// The public signing key in force (after any rotations), in hex.
    public var publicKey: String { state.withLock { Hex.encode($0.signingPublicKey) } }

    /// The name of the store's cryptographic suite.
    public var suiteName: String { suite.name }

    /// Where the vault keeps this store's key of `slot`.
    public func keyLocation(_ slot: KeySlot) -> String { vault.location(of: slot, storeID: storeID) }
}

extension JSONEventStore {
    /// Replaces the signing key: the new key is kept in the vault's next slot, a checkpoint signed by the old key (and
    /// by the new, proving it) introduces it, and then it takes the old key's place. Returns the new public key (hex).
    /// A crash at any step leaves either the old key or the new one in force, never neither.
    public func rotateSigningKey() async throws(StoreError) -> String {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能轮换密钥。", en: "The store is open read-only; it cannot rotate keys.")
        }
        let key = suite.newSigningKey()
        try vault.write(KeyFile(kind: .signing, suite: suite.name, storeID: storeID, key: key).line, to: .nextSigning, storeID: storeID)
        try await submitCheckpoint(CommitExtensions(), newSigningKey: key).wait()
        try vault.promote(.nextSigning, to: .signing, storeID: storeID)
        return Hex.encode(try suite.publicKey(ofSigningKey: key))
    }
}

extension JSONEventStore {
    /// Replaces the office's data key: a checkpoint signed into the journal names the new key, every record key is
    /// re-wrapped under it (the table rewritten atomically), and then it takes the old key's place in the vault.
    /// Returns the new key's id. Afterwards the old data key opens nothing in the store, and can be destroyed — which
    /// also makes older backups of the store unreadable. A crash at any step is finished or undone by the next opening.
    public func rotateDataKey() async throws(StoreError) -> String {
        guard mode != .readOnly else {
            throw StoreError(.readOnly, zh: "存储以只读方式打开，不能轮换密钥。", en: "The store is open read-only; it cannot rotate keys.")
        }
        let key = suite.newSymmetricKey()
        let next = StoreKeys.DataKey(key: key, id: suite.keyID(key, purpose: "data"))
        try vault.write(KeyFile(kind: .data, suite: suite.name, storeID: storeID, key: key).line, to: .nextData, storeID: storeID)
        try await submitCheckpoint(CommitExtensions(dataKey: next.id)).wait()
        try finishDataKeyRotation(to: next)
        return next.id
    }

    /// Re-wraps every record key under `next` and puts it in the data key's place.
    private func finishDataKeyRotation(to next: StoreKeys.DataKey) throws(StoreError) {
        try sealer.table.rewrap(under: next)
        try vault.promote(.nextData, to: .data, storeID: storeID)
        state.withLock { s in
            s.keys.data = next
            s.keys.nextData = nil
            s.dataKeyID = next.id
        }
    }

    /// After opening for writing: finishes (or undoes) a data-key rotation and erasures that a crash cut short.
    func recoverKeys(lastSequence: Int, dataKeyInForce: String?) throws(StoreError) {
        if let next = state.withLock({ $0.keys.nextData }) {
            if next.id == dataKeyInForce {
                try finishDataKeyRotation(to: next)
            } else {
                try vault.remove(.nextData, storeID: storeID)
                state.withLock { $0.keys.nextData = nil }
            }
        }
        var complete: [(owner: String, sequence: Int)] = []
        var abandon: [String] = []
        for erasure in sealer.table.unfinishedErasures {
            var erased = false
            if erasure.sequence <= lastSequence {
                try JournalScanner(layout: layout, repair: false, suite: suite).records(after: erasure.sequence - 1, through: erasure.sequence) { record throws(StoreError) in
                    if case .retention(.confidentialContentErased(let target)) = try record.event().event, target.storageKey == erasure.owner { erased = true }
                }
            }
            if erased { complete.append(erasure) } else { abandon.append(erasure.owner) }
        }
        try sealer.table.completeErasures(complete)
        try sealer.table.abandonErasures(abandon)
    }
}
