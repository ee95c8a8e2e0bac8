/// 指令 — a request to change the record: who acts, what they ask, and why. Rules decide it into events or a refusal.
public struct Command: Hashable, Sendable, Codable {
    /// Who acts.
    public var actor: Actor
    /// What they ask.
    public var intent: Intent
    /// Why, as they state it (kept with every event and stage transition).
    public var reason: String

    /// A command.
    public init(actor: Actor, intent: Intent, reason: String = "") {
        self.actor = actor
        self.intent = intent
        self.reason = reason
    }
}
