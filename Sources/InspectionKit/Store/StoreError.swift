/// Why a store refused or failed: what happened, where, and what to do, in both languages.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kinds of store failure.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Another writer appended first (optimistic concurrency): re-read and retry.
        case conflict
        /// The batch is not numbered on from the expected sequence.
        case invalidBatch
        /// Another process holds the store open for writing.
        case inUse
        /// The journal or a snapshot fails its checksum or chain, or cannot be read.
        case damaged
        /// The store was written by a newer format version than this software reads.
        case newerFormat
        /// The directory is not a store, or the store does not exist.
        case notAStore
        /// The store was opened read-only.
        case readOnly
        /// An earlier write failed; the store must be reopened.
        case failed
        /// The operating system refused an operation (disk full, permissions…).
        case io
        /// A key the store needs is missing, belongs to another store, or is not the one in force.
        case keys
    }

    /// What kind of failure.
    public let kind: Kind
    /// What happened and what to do.
    public let message: LocalizedText

    /// A store error of `kind`.
    public init(_ kind: Kind, zh: String, en: String) {
        self.kind = kind
        message = LocalizedText(zh: zh, en: en)
    }

    /// The message in `language`, prefixed with the kind.
    public func text(_ language: Language) -> String { "[store.\(kind.rawValue)] \(message.text(language))" }

    /// The English message.
    public var description: String { text(.english) }

    /// Another writer appended first.
    public static func conflict(expected: Int, actual: Int) -> StoreError {
        StoreError(.conflict, zh: "写入冲突：预期最后序号为\(expected)，实际为\(actual)。请重新读取后再试。",
                   en: "Write conflict: expected the last sequence to be \(expected), but it is \(actual). Re-read the store and try again.")
    }
}
