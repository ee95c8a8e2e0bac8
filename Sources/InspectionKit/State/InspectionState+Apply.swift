extension InspectionState {
    /// Folds one journaled event into the state. Never fails for an event the rules produced.
    public mutating func apply(_ recorded: RecordedEvent) {
        let touched = recorded.event.itemsWhoseStatusMayChange
        if touched.isEmpty {
            apply(recorded.event)
        } else {
            // Rectification items keep each change of status with the day it happened, for views as of a past day.
            let before = touched.map { rectificationItems[$0]?.status }
            apply(recorded.event)
            let day = recorded.occurredDay(utcOffsetSeconds: OfficeSettings().utcOffsetSeconds)
            for (id, old) in zip(touched, before) { rectificationItems[id]?.noteStatus(from: old, on: day) }
        }
        lastSequence = recorded.sequence
    }

    /// Folds events in order.
    public mutating func apply(_ events: some Sequence<RecordedEvent>) {
        for event in events { apply(event) }
    }

    /// Counts one more record of `kind` issued (identifiers are never reused).
    mutating func count(_ kind: RecordKind) { issued[kind, default: 0] += 1 }
}
