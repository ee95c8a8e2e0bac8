import Crypto
import Foundation

/// API token secrets: 32 random bytes shown once as `ik_` + hex, and kept only as their SHA-256 digest.
public enum TokenSecret {
    /// A new secret.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return "ik_" + bytes.map { String(format: "%02x", $0) }.joined()
    }

    /// The lowercase hex SHA-256 digest of a secret.
    public static func digest(of secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
