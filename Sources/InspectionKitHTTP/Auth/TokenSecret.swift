import Crypto
import Foundation

/// API token secrets: 32 random bytes shown once as `ik_` + hex, and kept only as their SHA-256 digest.
public enum TokenSecret {
    /// A new secret.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "ik_" + hex(bytes)
    }

    /// The lowercase hex SHA-256 digest of a secret.
    public static func digest(of secret: String) -> String {
        hex(SHA256.hash(data: Data(secret.utf8)))
    }

    /// Lowercase hex of `bytes` (on every request's path, so without `String(format:)`).
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
