import HummingbirdBcrypt
import InspectionKit
import NIOPosix

/// 登录密码 — the frontends' side of passwords: the policy a new password must meet, and bcrypt (cost 12, from
/// hummingbird-auth) to hash and verify one, run on NIO's blocking pool so a hash never stalls a server's event loop.
/// The core keeps only the hash (`PasswordCredential`).
public enum Passwords {
    /// The bcrypt cost: about a quarter of a second per hash on an office PC.
    public static let cost: UInt8 = 12
    /// The shortest password accepted, in characters.
    public static let minimumLength = 10
    /// The longest, in UTF-8 bytes (bcrypt reads no further).
    public static let maximumBytes = 72

    /// Why `password` cannot be `account`'s new password, or nil when it can.
    public static func problem(with password: String, for account: UserID) -> LocalizedText? {
        if password.count < minimumLength {
            return LocalizedText(zh: "密码至少 \(minimumLength) 个字符。", en: "A password has at least \(minimumLength) characters.")
        }
        if password.utf8.count > maximumBytes {
            return LocalizedText(zh: "密码最长 \(maximumBytes) 个字节（约 24 个汉字）。", en: "A password has at most \(maximumBytes) bytes.")
        }
        if password.lowercased().contains(account.rawValue.lowercased()) {
            return LocalizedText(zh: "密码不能包含账号名。", en: "A password cannot contain the account's name.")
        }
        if Set(password).count < 4 {
            return LocalizedText(zh: "密码过于简单：至少使用 4 个不同的字符。", en: "The password is too simple: use at least 4 different characters.")
        }
        return nil
    }

    /// The bcrypt hash of `password`.
    public static func hash(_ password: String) async throws -> String {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` matches `digest`.
    public static func verify(_ password: String, digest: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: digest) }
    }
}
