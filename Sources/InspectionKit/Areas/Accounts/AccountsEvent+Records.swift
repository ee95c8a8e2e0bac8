extension AccountsEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .userRegistered, .userDeactivated, .tokenIssued, .tokenRevoked, .passwordSet:
            []
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .userRegistered(let account): [account.id.rawValue]
        case .tokenIssued(let token): [token.id.rawValue]
        case .userDeactivated, .tokenRevoked, .passwordSet:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .userRegistered(let account): return [account.id.rawValue]
        case .userDeactivated(let id): return [id.rawValue]
        case .tokenIssued(let token): return [token.id.rawValue, token.userID.rawValue]
        case .tokenRevoked(let id): return [id.rawValue]
        case .passwordSet(let credential): return [credential.userID.rawValue]
        }
    }
}
