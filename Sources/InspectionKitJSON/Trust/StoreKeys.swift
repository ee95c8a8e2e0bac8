import Foundation
import InspectionKit

/// The keys an open store holds, loaded from its vault: the signing key when it may write, the data key when it may
/// read or write sealed content.
struct StoreKeys: Sendable {
    /// The store's suite.
    let suite: any CryptoSuite
    /// The store's id.
    let storeID: String
    /// The private signing key.
    var signing: Data?
    /// The office's data key and its id.
    var data: DataKey?
    /// A data key a rotation is moving to.
    var nextData: DataKey?

    /// A data key with its id.
    struct DataKey: Sendable {
        let key: Data
        let id: String
    }

    /// New keys for a new store, written to `vault` before the store's manifest exists.
    static func create(in vault: any KeyVault, storeID: String, suite: any CryptoSuite) throws(StoreError) -> StoreKeys {
        let signing = suite.newSigningKey()
        let data = suite.newSymmetricKey()
        try vault.write(KeyFile(kind: .signing, suite: suite.name, storeID: storeID, key: signing).line, to: .signing, storeID: storeID)
        try vault.write(KeyFile(kind: .data, suite: suite.name, storeID: storeID, key: data).line, to: .data, storeID: storeID)
        return StoreKeys(suite: suite, storeID: storeID, signing: signing, data: DataKey(key: data, id: suite.keyID(data, purpose: "data")))
    }

    /// The keys `vault` holds for the store; refuses when one that `required` names is missing.
    static func load(from vault: any KeyVault, storeID: String, suite: any CryptoSuite, required: Set<KeySlot>) throws(StoreError) -> StoreKeys {
        var keys = StoreKeys(suite: suite, storeID: storeID)
        keys.signing = try read(.signing, vault, storeID, suite, required: required.contains(.signing))
        keys.data = try read(.data, vault, storeID, suite, required: required.contains(.data)).map { DataKey(key: $0, id: suite.keyID($0, purpose: "data")) }
        keys.nextData = try read(.nextData, vault, storeID, suite, required: false).map { DataKey(key: $0, id: suite.keyID($0, purpose: "data")) }
        return keys
    }

    private static func read(_ slot: KeySlot, _ vault: any KeyVault, _ storeID: String, _ suite: any CryptoSuite, required: Bool) throws(StoreError) -> Data? {
        let location = vault.location(of: slot, storeID: storeID)
        guard let text = try vault.read(slot, storeID: storeID) else {
            guard !required else { throw missing(slot, location: location) }
            return nil
        }
        return try KeyFile(parsing: text, kind: slot.kind, suite: suite.name, storeID: storeID, location: location).key
    }

    /// The refusal when a needed key is not where the vault keeps it.
    static func missing(_ slot: KeySlot, location: String) -> StoreError {
        slot.kind == .signing
            ? StoreError(.keys, zh: "找不到本存储的签名密钥（应在“\(location)”）：没有它不能写入。请用 --keys 或 INSPECT_KEYS 指向保存密钥的目录，或设置 INSPECT_SIGNING_KEY。",
                         en: "This store's signing key is not at '\(location)', and nothing can be written without it: point --keys or INSPECT_KEYS at the directory that holds the keys, or set INSPECT_SIGNING_KEY.")
            : StoreError(.keys, zh: "找不到本存储的数据密钥（应在“\(location)”）：没有它无法读写保密内容。请用 --keys 或 INSPECT_KEYS 指向保存密钥的目录，或设置 INSPECT_DATA_KEY。",
                         en: "This store's data key is not at '\(location)', and sealed content cannot be read or written without it: point --keys or INSPECT_KEYS at the directory that holds the keys, or set INSPECT_DATA_KEY.")
    }

    /// Signs `message` with the signing key.
    func sign(_ message: Data) throws(StoreError) -> Data {
        guard let signing else {
            throw StoreError(.readOnly, zh: "没有签名密钥，不能写入。", en: "Without the signing key nothing can be written.")
        }
        return try suite.sign(message, with: signing)
    }
}
