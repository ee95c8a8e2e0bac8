import Foundation
import InspectionKit

/// 密码套件 — the algorithms of a store: the digest that chains its records, the signature on its checkpoints, the
/// cipher that seals confidential content and the wrap that protects per-record keys under the office's data key.
///
/// A store's suite is chosen at creation, named in its manifest and in every signed checkpoint, and never changes.
/// Keys pass through the suite as bytes, so a suite of other algorithms (the national SM3/SM2/SM4 suite, say) plugs
/// in by conforming and registering in ``CryptoSuites`` without touching the journal, the checkpoints or the sealing.
public protocol CryptoSuite: Sendable {
    /// The suite's name as the manifest and the checkpoints spell it.
    var name: String { get }

    /// Calls `body` with the 32-byte chain digest of `bytes`.
    func withDigest<R>(of bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) -> R) -> R

    /// A new private signing key.
    func newSigningKey() -> Data
    /// The public key of a private signing key; throws when the bytes are not one.
    func publicKey(ofSigningKey privateKey: Data) throws(StoreError) -> Data
    /// Signs `message` with a private signing key.
    func sign(_ message: Data, with privateKey: Data) throws(StoreError) -> Data
    /// Whether `signature` is `publicKey`'s signature of `message`.
    func isValidSignature(_ signature: Data, of message: Data, by publicKey: Data) -> Bool

    /// A new symmetric key (the office's data key, or one record's key).
    func newSymmetricKey() -> Data
    /// `recordKey` wrapped under the data key.
    func wrap(_ recordKey: Data, with dataKey: Data) throws(StoreError) -> Data
    /// A record key unwrapped with the data key; throws when the data key is not the one that wrapped it.
    func unwrap(_ wrapped: Data, with dataKey: Data) throws(StoreError) -> Data
    /// `plaintext` sealed (encrypted and authenticated) under `key`, bound to `context`.
    func seal(_ plaintext: Data, with key: Data, context: Data) throws(StoreError) -> Data
    /// The plaintext of a sealed box; throws when the key or the context is not the one it was sealed with.
    func open(_ box: Data, with key: Data, context: Data) throws(StoreError) -> Data
}

extension CryptoSuite {
    /// The chain digest of `data`, in lowercase hex.
    func hexDigest(_ data: some DataProtocol) -> String {
        let bytes = Array(data)
        return bytes.withUnsafeBytes { raw in withDigest(of: raw) { Hex.encode($0) } }
    }

    /// A short, stable identifier of a key (the first 8 bytes of its digest, in hex), safe to print and to write down.
    func keyID(_ key: Data, purpose: String) -> String {
        String(hexDigest(Data("InspectionKit key id \(purpose)\n".utf8) + key).prefix(16))
    }
}

/// The suites this build knows, by name.
public enum CryptoSuites {
    /// The default: SHA-256, Ed25519 and AES-256-GCM, with AES key wrap for per-record keys.
    public static let standard: any CryptoSuite = StandardSuite()

    /// Every suite this build can open.
    public static let all: [any CryptoSuite] = [standard]

    /// The suite named `name`, or a refusal saying which suites this build has.
    public static func named(_ name: String) throws(StoreError) -> any CryptoSuite {
        guard let suite = all.first(where: { $0.name == name }) else {
            let known = all.map(\.name).joined(separator: ", ")
            throw StoreError(.newerFormat, zh: "存储使用的密码套件“\(name)”在本版本中不可用（可用：\(known)）：请使用支持该套件的 InspectionKit 版本打开。",
                             en: "The store uses the cryptographic suite '\(name)', which this build does not have (it has: \(known)): open it with a build that does.")
        }
        return suite
    }
}

/// Lowercase hexadecimal, both ways.
enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// `bytes` in lowercase hex.
    static func encode(_ bytes: some Sequence<UInt8>) -> String {
        var out: [UInt8] = []
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of a lowercase hex string, or nil when it is not one (what the store writes is lowercase, so a byte
    /// changed to its uppercase twin is a change, not a synonym).
    static func decode(_ text: some StringProtocol) -> Data? {
        let utf8 = Array(text.utf8)
        guard utf8.count % 2 == 0 else { return nil }
        var out = Data(capacity: utf8.count / 2)
        var index = 0
        while index < utf8.count {
            guard let high = value(utf8[index]), let low = value(utf8[index + 1]) else { return nil }
            out.append(high << 4 | low)
            index += 2
        }
        return out
    }

    private static func value(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        default: nil
        }
    }
}
