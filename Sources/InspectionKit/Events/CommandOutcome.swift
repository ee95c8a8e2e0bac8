/// 执行结果 — what a command did, as a frontend answers it: each event's sequence, stable type and summary in the
/// caller's language (summaries never carry confidential content), and the identifiers of the records it created.
public struct CommandOutcome: Codable, Hashable, Sendable {
    /// One recorded event.
    public struct Line: Codable, Hashable, Sendable {
        /// The event's sequence in the journal.
        public var sequence: Int
        /// The event's stable type, e.g. `findings.revised`.
        public var kind: String
        /// What happened, in the caller's language.
        public var summary: String
    }

    /// The events recorded, in order.
    public var events: [Line]
    /// The identifiers of the records created.
    public var created: [String]
    /// The secret a step issued (an API token's), shown this once; nil otherwise.
    public var secret: String?

    /// The outcome of a command that recorded `events`, summarized in `language`.
    public init(_ events: [RecordedEvent], language: Language, secret: String? = nil) {
        self.events = events.map { Line(sequence: $0.sequence, kind: $0.event.type.rawValue, summary: $0.event.summary(language)) }
        created = events.flatMap(\.event.createdIDs)
        self.secret = secret
    }

    /// The summaries, one per line.
    public var text: String { events.map(\.summary).joined(separator: "\n") }
}
