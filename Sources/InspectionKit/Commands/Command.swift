/// 指令 — a request to change the record: who acts, what they ask, why, and on which day it happened. Rules decide it
/// into events or a refusal.
public struct Command: Hashable, Sendable, Codable {
    /// Who acts.
    public var actor: Actor
    /// What they ask.
    public var intent: Intent
    /// Why, as they state it (kept with every event and stage transition).
    public var reason: String
    /// The day the thing happened (occurred-on), in the office's time zone; `nil` is today. A day before the office's
    /// grace period is past work entered by the office with a reason; a day still to come is refused.
    public var occurredOn: Day?

    /// A command.
    public init(actor: Actor, intent: Intent, reason: String = "", occurredOn: Day? = nil) {
        self.actor = actor
        self.intent = intent
        self.reason = reason
        self.occurredOn = occurredOn
    }
}
