import Crypto
import Foundation
import InspectionKit

/// The default suite: SHA-256 chains the records, Ed25519 signs the checkpoints, AES-256-GCM seals confidential
/// content, and RFC 3394 AES key wrap protects each record's key under the office's data key (all from swift-crypto).
struct StandardSuite: CryptoSuite {
    let name = "sha256-ed25519-aes256gcm"

    func withDigest<R>(of bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R) -> R {
        SHA256.hash(data: bytes).withUnsafeBytes(body)
    }

    func newSigningKey() -> Data { Curve25519.Signing.PrivateKey().rawRepresentation }

    func publicKey(ofSigningKey privateKey: Data) throws(StoreError) -> Data {
        try signingKey(privateKey).publicKey.rawRepresentation
    }

    func sign(_ message: Data, with privateKey: Data) throws(StoreError) -> Data {
        do { return try signingKey(privateKey).signature(for: message) } catch {
            throw StoreError(.failed, zh: "签名失败：\(error)", en: "Signing failed: \(error)")
        }
    }

    func isValidSignature(_ signature: Data, of message: Data, by publicKey: Data) -> Bool {
        guard let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey) else { return false }
        return key.isValidSignature(signature, for: message)
    }

    func newSymmetricKey() -> Data { SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) } }

    func wrap(_ recordKey: Data, with dataKey: Data) throws(StoreError) -> Data {
        do { return try AES.KeyWrap.wrap(SymmetricKey(data: recordKey), using: SymmetricKey(data: dataKey)) } catch {
            throw StoreError(.failed, zh: "记录密钥封装失败：\(error)", en: "Wrapping a record key failed: \(error)")
        }
    }

    func unwrap(_ wrapped: Data, with dataKey: Data) throws(StoreError) -> Data {
        do { return try AES.KeyWrap.unwrap(wrapped, using: SymmetricKey(data: dataKey)).withUnsafeBytes { Data($0) } } catch {
            throw StoreError(.damaged, zh: "记录密钥无法用数据密钥解开：数据密钥不对，或密钥表被改动。",
                             en: "A record key cannot be unwrapped with the data key: the data key is the wrong one, or the key table was altered.")
        }
    }

    func seal(_ plaintext: Data, with key: Data, context: Data) throws(StoreError) -> Data {
        do {
            guard let combined = try AES.GCM.seal(plaintext, using: SymmetricKey(data: key), authenticating: context).combined else {
                throw StoreError(.failed, zh: "加密失败。", en: "Sealing failed.")
            }
            return combined
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError(.failed, zh: "加密失败：\(error)", en: "Sealing failed: \(error)")
        }
    }

    func open(_ box: Data, with key: Data, context: Data) throws(StoreError) -> Data {
        do { return try AES.GCM.open(AES.GCM.SealedBox(combined: box), using: SymmetricKey(data: key), authenticating: context) } catch {
            throw StoreError(.damaged, zh: "密文无法解开：内容被改动，或被挪到了别的记录。", en: "Sealed content does not open: it was altered, or moved from another record.")
        }
    }

    private func signingKey(_ raw: Data) throws(StoreError) -> Curve25519.Signing.PrivateKey {
        do { return try Curve25519.Signing.PrivateKey(rawRepresentation: raw) } catch {
            throw StoreError(.damaged, zh: "签名私钥格式不对（应为 32 字节 Ed25519 私钥）。", en: "The signing key is malformed (an Ed25519 private key is 32 bytes).")
        }
    }
}
