import Foundation

/// An event as journaled: its place in the sequence, when it happened and when it was recorded, by whom, and why.
public struct RecordedEvent: Hashable, Sendable, Codable {
    /// Position in the journal, from 1.
    public var sequence: Int
    /// When it was recorded (the store's clock).
    public var recordedAt: Date
    /// The day it happened (occurred-on), in the office's time zone; events of journals older than format 3 have none
    /// and happened on the day they were recorded (see ``occurredDay(utcOffsetSeconds:)``).
    public var occurredOn: Day?
    /// Who caused it.
    public var actor: UserID
    /// In which role.
    public var role: Role
    /// The reason given with the command.
    public var reason: String
    /// What happened.
    public var event: Event

    /// A journaled event.
    public init(sequence: Int, recordedAt: Date, occurredOn: Day? = nil, actor: UserID, role: Role, reason: String, event: Event) {
        self.sequence = sequence
        self.recordedAt = recordedAt
        self.occurredOn = occurredOn
        self.actor = actor
        self.role = role
        self.reason = reason
        self.event = event
    }

    /// The day it happened: its occurred-on day, else the day it was recorded in the office's time zone.
    public func occurredDay(utcOffsetSeconds: Int) -> Day { occurredOn ?? recordedDay(utcOffsetSeconds: utcOffsetSeconds) }

    /// The day it was recorded, in the office's time zone.
    public func recordedDay(utcOffsetSeconds: Int) -> Day { Day(date: recordedAt, utcOffsetSeconds: utcOffsetSeconds) }
}

/// 事件格式版本 — versions of the event format a journal line may hold.
public enum EventFormat {
    /// The version written now: 3, the pinned format of version 2 (stable type names, named fields, enums as words)
    /// with the day each event happened (`occurredOn`). Version 2 lines read as happening on their recording day;
    /// version 1, Swift's synthesized encoding, is read forward by ``LegacyEventFormat``; its lines carry no version.
    public static let current = 3
}

extension RecordedEvent {
    private enum CodingKeys: String, CodingKey { case format, sequence, recordedAt, occurredOn, actor, role, reason, event }

    /// Decodes a journaled event of any format so far, refusing one written by a newer format.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decodeIfPresent(Int.self, forKey: .format) ?? 1
        guard format <= EventFormat.current else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: container,
                                                   debugDescription: "event format \(format) is newer than this software reads (\(EventFormat.current)): upgrade InspectionKit")
        }
        self.init(sequence: try container.decode(Int.self, forKey: .sequence),
                  recordedAt: try container.decode(Date.self, forKey: .recordedAt),
                  occurredOn: try container.decodeIfPresent(Day.self, forKey: .occurredOn),
                  actor: try container.decode(UserID.self, forKey: .actor),
                  role: try container.decode(Role.self, forKey: .role),
                  reason: try container.decode(String.self, forKey: .reason),
                  event: try container.decode(Event.self, forKey: .event))
    }

    /// Encodes in the current format, with its version.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(EventFormat.current, forKey: .format)
        try container.encode(sequence, forKey: .sequence)
        try container.encode(recordedAt, forKey: .recordedAt)
        try container.encodeIfPresent(occurredOn, forKey: .occurredOn)
        try container.encode(actor, forKey: .actor)
        try container.encode(role, forKey: .role)
        try container.encode(reason, forKey: .reason)
        try container.encode(event, forKey: .event)
    }
}
