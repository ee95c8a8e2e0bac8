/// The domain's rules: pure functions that decide a command against the state into events, or refuse it naming the rule.
public enum Rules {
    /// Decides `intent` in `context` into the events it causes, or throws the `DomainError` of the rule that refuses it.
    public static func decide(_ intent: Intent, in c: DecisionContext) throws(DomainError) -> [Event] {
        try intent.decide(c)
    }
}
