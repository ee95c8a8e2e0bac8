/// 记录版本 — each versioned record's version: the sequence of the last event that changed it, as the events name the
/// records they change (``Event/changedRecords``). Kept beside the state, in step with every event the engine applies,
/// so that a record's version (an HTTP entity tag) costs a lookup, not a hash over the whole record and its history.
///
/// Versions start from a base: the sequence the engine's state stood at when it was restored (a snapshot and the events
/// after it). A record not changed since then has the base as its version — so a version read before a restart is
/// stale after it, and a client holding one reads the record again; within a process a version changes exactly when
/// the record does.
public struct RecordVersions: Sendable {
    /// The sequence the versions start from: every record unchanged since has this version.
    public let base: Int
    private var changed: [VersionedRecord: Int] = [:]

    /// Versions starting from `base`.
    init(base: Int) {
        self.base = base
    }

    /// Notes the records `entry` changes.
    mutating func note(_ entry: RecordedEvent) {
        for record in entry.event.changedRecords { changed[record] = entry.sequence }
    }

    /// `record`'s version.
    public func version(of record: VersionedRecord) -> Int { changed[record] ?? base }
}
