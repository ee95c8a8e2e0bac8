import Foundation
import InspectionKit

/// One key as a vault keeps it, a single line: `inspectionkit-key 1 <kind> <suite> <store id> <base64 key>`. The line
/// names the store and the suite, so a key of another store, or pasted into the wrong variable, is refused by name.
public struct KeyFile: Sendable, Equatable {
    /// What a key is for.
    public enum Kind: String, Sendable {
        /// Signs the journal's checkpoints.
        case signing
        /// Wraps the record keys.
        case data
    }

    /// What the key is for.
    public var kind: Kind
    /// The suite it belongs to.
    public var suite: String
    /// The store it belongs to.
    public var storeID: String
    /// The key's bytes.
    public var key: Data

    private static let magic = "inspectionkit-key"

    /// The key as one line of text.
    public var line: String { "\(Self.magic) 1 \(kind.rawValue) \(suite) \(storeID) \(key.base64EncodedString())\n" }

    /// A key of `kind` for store `storeID` under `suite`.
    public init(kind: Kind, suite: String, storeID: String, key: Data) {
        self.kind = kind
        self.suite = suite
        self.storeID = storeID
        self.key = key
    }

    /// Parses `text`, checking that it is a key of `kind` for `storeID` under `suite`; `location` names it in errors.
    public init(parsing text: String, kind: Kind, suite: String, storeID: String, location: String) throws(StoreError) {
        let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        guard parts.count == 6, parts[0] == Self.magic, parts[1] == "1", let key = Data(base64Encoded: String(parts[5])) else {
            throw StoreError(.keys, zh: "“\(location)”不是 InspectionKit 密钥（应为一行：inspectionkit-key 1 …）。",
                             en: "'\(location)' is not an InspectionKit key (one line: inspectionkit-key 1 …).")
        }
        guard parts[2] == kind.rawValue else {
            throw StoreError(.keys, zh: "“\(location)”是\(parts[2] == "signing" ? "签名密钥" : "数据密钥")，这里需要\(kind == .signing ? "签名密钥" : "数据密钥")。",
                             en: "'\(location)' holds a \(parts[2]) key where the \(kind.rawValue) key belongs.")
        }
        guard parts[4] == storeID else {
            throw StoreError(.keys, zh: "“\(location)”属于存储 \(parts[4])，不是本存储（\(storeID)）的密钥。",
                             en: "'\(location)' belongs to store \(parts[4]), not to this store (\(storeID)).")
        }
        guard parts[3] == suite else {
            throw StoreError(.keys, zh: "“\(location)”属于密码套件 \(parts[3])，本存储使用 \(suite)。",
                             en: "'\(location)' is a key of suite \(parts[3]); this store uses \(suite).")
        }
        self.init(kind: kind, suite: suite, storeID: storeID, key: key)
    }
}
