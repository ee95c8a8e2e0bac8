extension ConfidentialRecord {
    /// The record's identifier.
    public var recordID: String {
        switch self {
        case .lead(let id): id.rawValue
        case .petition(let id), .petitionerIdentity(let id): id.rawValue
        case .interview(let id): id.rawValue
        }
    }
}

extension RecordedEvent {
    /// Whether an audit search for `query` finds this event: `query` is its kind (`fieldwork.leadRegistered`, or the
    /// part after the area, `leadRegistered`), its actor's account, or the identifier of a record it concerns —
    /// compared whole, never against content.
    public func matchesAuditSearch(_ query: String) -> Bool {
        let query = query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return true }
        let kind = event.type.rawValue
        return kind == query || kind.hasSuffix("." + query) || actor.rawValue == query || event.recordIDs.contains(query)
    }
}
