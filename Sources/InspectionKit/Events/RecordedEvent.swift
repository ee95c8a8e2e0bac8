import Foundation

/// An event as journaled: its place in the sequence, when, by whom, and why.
public struct RecordedEvent: Hashable, Sendable, Codable {
    /// Position in the journal, from 1.
    public var sequence: Int
    /// When it was recorded.
    public var recordedAt: Date
    /// Who caused it.
    public var actor: UserID
    /// In which role.
    public var role: Role
    /// The reason given with the command.
    public var reason: String
    /// What happened.
    public var event: Event

    /// A journaled event.
    public init(sequence: Int, recordedAt: Date, actor: UserID, role: Role, reason: String, event: Event) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.actor = actor
        self.role = role
        self.reason = reason
        self.event = event
    }
}
