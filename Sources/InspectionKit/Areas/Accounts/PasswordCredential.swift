/// 登录密码 — what an account signs in to the workbench with. Only a slow hash of the password is kept (bcrypt, made by
/// the frontend that received the password), never the password itself.
public struct PasswordCredential: Hashable, Sendable, Codable {
    /// The account it belongs to.
    public var userID: UserID
    /// The password's bcrypt hash (`$2b$12$…`, 60 characters).
    public var digest: String
    /// When it was set.
    public var setOn: Day
    /// Who set it: the account itself, or the office head.
    public var setBy: UserID

    /// A credential record.
    public init(userID: UserID, digest: String, setOn: Day, setBy: UserID) {
        self.userID = userID
        self.digest = digest
        self.setOn = setOn
        self.setBy = setBy
    }

    /// Whether `digest` is shaped as a bcrypt hash of cost 10 or more: `$2a$`, `$2b$` or `$2y$`, two cost digits, `$` and
    /// 53 characters of bcrypt's base-64 alphabet.
    public static func isBcryptDigest(_ digest: String) -> Bool {
        let characters = Array(digest)
        guard characters.count == 60, digest.hasPrefix("$2a$") || digest.hasPrefix("$2b$") || digest.hasPrefix("$2y$"),
              let cost = Int(String(characters[4...5])), (10...31).contains(cost), characters[6] == "$" else { return false }
        return characters[7...].allSatisfy { $0 == "." || $0 == "/" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }
}
