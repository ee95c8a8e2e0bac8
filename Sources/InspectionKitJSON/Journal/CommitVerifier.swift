import Foundation
import InspectionKit

/// Checks the journal's commits in order: each in the store's suite, signed by the key in force at its place — the key
/// pinned in the manifest, then each key a rotation introduced — and, where asked, each signature itself.
struct CommitVerifier: Sendable {
    let suite: any CryptoSuite
    let storeID: String
    /// The public key in force.
    private(set) var currentKey: Data
    /// Its id.
    private(set) var currentKeyID: String
    /// Every public key that signed a commit whose signature was checked, by id.
    private(set) var provenKeys: Set<String> = []
    /// The signing-key rotations seen, in order (the commit's last sequence and the new key's id).
    private(set) var rotations: [(sequence: Int, keyID: String)] = []
    /// The id of the data key in force: the manifest's, then each data-key rotation's.
    private(set) var dataKeyID: String?

    /// A verifier starting from the keys named in the manifest.
    init(suite: any CryptoSuite, storeID: String, pinnedKey: Data, dataKeyID: String?) {
        self.suite = suite
        self.storeID = storeID
        currentKey = pinnedKey
        currentKeyID = suite.keyID(pinnedKey, purpose: "signing")
        self.dataKeyID = dataKeyID
    }

    /// Checks `commit`'s suite and key, and its signature when `signature` is true (always for rotations, whose new
    /// key is taken from here on). `place` names it in errors.
    mutating func check(_ commit: CommitRecord, signature: Bool, place: @autoclosure () -> Place) throws(StoreError) {
        guard commit.suite == suite.name else {
            throw place().damaged(LocalizedText(zh: "检查点使用密码套件 \(commit.suite)，本存储使用 \(suite.name)", en: "the commit names suite \(commit.suite); the store uses \(suite.name)"))
        }
        guard commit.keyID == currentKeyID else {
            throw place().damaged(LocalizedText(zh: "检查点由密钥 \(commit.keyID) 签名，此处有效的签名密钥是 \(currentKeyID)（记录不是用巡察办的密钥写入的）",
                                                en: "the commit is signed by key \(commit.keyID) where key \(currentKeyID) is in force (it was not written with the office's key)"))
        }
        let rotation = commit.extensions?.signingKey
        if signature || rotation != nil || commit.extensions?.dataKey != nil { try verify(commit, place: place()) }
        if let dataKey = commit.extensions?.dataKey { dataKeyID = dataKey }
        if let rotation {
            guard let newKey = Hex.decode(rotation), let second = commit.newKeySignature,
                  suite.isValidSignature(second, of: CommitRecord.message(payload: commit.payload, storeID: storeID), by: newKey) else {
                throw place().damaged(LocalizedText(zh: "签名密钥轮换缺少新密钥的有效签名", en: "the signing-key rotation lacks a valid signature by the new key"))
            }
            currentKey = newKey
            currentKeyID = suite.keyID(newKey, purpose: "signing")
            provenKeys.insert(currentKeyID)
            rotations.append((commit.last, currentKeyID))
        }
    }

    /// Checks `commit`'s signature with the key in force.
    func verifySignature(_ commit: CommitRecord, key: Data, place: Place) throws(StoreError) {
        guard suite.isValidSignature(commit.signature, of: CommitRecord.message(payload: commit.payload, storeID: storeID), by: key) else {
            throw place.damaged(LocalizedText(zh: "检查点的签名无效（记录是在没有巡察办签名密钥的情况下写入或改动的）",
                                              en: "the commit's signature is invalid (records were written or changed without the office's signing key)"))
        }
    }

    private mutating func verify(_ commit: CommitRecord, place: Place) throws(StoreError) {
        try verifySignature(commit, key: currentKey, place: place)
        provenKeys.insert(currentKeyID)
    }

    /// Where a line is, for messages.
    struct Place: Sendable {
        /// The segment's file name.
        var segment: String
        /// The line, from 1.
        var line: Int
        /// The sequence the line is at (or announces first).
        var sequence: Int

        /// A damaged-journal error at this place.
        func damaged(_ detail: LocalizedText) -> StoreError {
            StoreError(.damaged,
                       zh: "日志已损坏：分段 \(segment) 第\(line)行（序号\(sequence)）：\(detail.zh)。存储未作任何修改；请从备份恢复，或用 verify 查看详情。",
                       en: "The journal is damaged: segment \(segment), line \(line) (sequence \(sequence)): \(detail.en). Nothing was changed; restore from a backup, or run verify for details.")
        }
    }
}
