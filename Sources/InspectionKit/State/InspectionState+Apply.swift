extension InspectionState {
    /// Folds one journaled event into the state. Never fails for an event the rules produced.
    public mutating func apply(_ recorded: RecordedEvent) {
        apply(recorded.event)
        lastSequence = recorded.sequence
    }

    /// Folds events in order.
    public mutating func apply(_ events: some Sequence<RecordedEvent>) {
        for event in events { apply(event) }
    }

    /// Counts one more record of `kind` issued (identifiers are never reused).
    mutating func count(_ kind: RecordKind) { issued[kind, default: 0] += 1 }
}
