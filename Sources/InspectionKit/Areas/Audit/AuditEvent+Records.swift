extension AuditEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .confidentialRecordRead, .confidentialReadRefused, .signedIn, .signedOut, .signInRefused, .fileReadRefused:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .confidentialRecordRead, .confidentialReadRefused, .signedIn, .signedOut, .signInRefused, .fileReadRefused:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .confidentialRecordRead(let record): return [record.recordID]
        case .confidentialReadRefused(let refused): return [refused.record.recordID]
        case .fileReadRefused(let refused): return [refused.file.recordID]
        case .signedIn, .signedOut, .signInRefused: return []
        }
    }
}
