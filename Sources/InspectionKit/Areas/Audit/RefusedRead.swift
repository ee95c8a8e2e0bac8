/// 拒绝查阅 — a refused attempt to read a confidential record, as the audit trail keeps it.
public struct RefusedRead: Hashable, Sendable, Codable {
    /// The record asked for.
    public var record: ConfidentialRecord
    /// The rule that refused.
    public var rule: RuleID
    /// Whether the record exists (the asker is told the same either way; the trail tells them apart).
    public var recordExists: Bool

    /// A refused read.
    public init(record: ConfidentialRecord, rule: RuleID, recordExists: Bool) {
        self.record = record
        self.rule = rule
        self.recordExists = recordExists
    }
}
