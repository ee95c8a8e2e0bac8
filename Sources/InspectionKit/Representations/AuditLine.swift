import Foundation

/// 审计记录 — one line of the audit trail as a frontend answers it: who, when it happened and when it was recorded, what —
/// never confidential content.
public struct AuditLine: Codable, Hashable, Sendable {
    /// The event's sequence in the journal.
    public let sequence: Int
    /// When it was recorded.
    public let recordedAt: Date
    /// The day it happened, when the journal says (events of journals older than format 3 happened on their recording day).
    public let occurredOn: Day?
    /// The account that caused it.
    public let actor: String
    /// That account's role.
    public let role: Role
    /// The event's pinned type name (`fieldwork.leadRegistered`).
    public let kind: String
    /// What happened, in the reader's language.
    public let summary: String
    /// The reason given, if any.
    public let reason: String

    /// The line for `event`, summarized in `language`.
    public init(_ event: RecordedEvent, language: Language) {
        sequence = event.sequence
        recordedAt = event.recordedAt
        occurredOn = event.occurredOn
        actor = event.actor.rawValue
        role = event.role
        kind = event.event.type.rawValue
        summary = event.event.summary(language)
        reason = event.reason
    }
}
