extension RegistryEvent {
    /// The versioned records this event changes (every event names them; see ``Event/changedRecords``).
    var changedRecords: [VersionedRecord] {
        switch self {
        case .organizationRegistered(let organization): [.organization(organization.id)]
        case .organizationHeadChanged(let id, _), .organizationRenamed(let id, _): [.organization(id)]
        case .inspectorRegistered(let inspector): [.inspector(inspector.id)]
        case .trainingRecorded(let id, _), .relativeDeclared(let id, _): [.inspector(id)]
        }
    }

    /// The identifiers of the records this event creates, in order.
    var createdIDs: [String] {
        switch self {
        case .organizationRegistered(let organization): [organization.id.rawValue]
        case .inspectorRegistered(let inspector): [inspector.id.rawValue]
        case .organizationHeadChanged, .organizationRenamed, .trainingRecorded, .relativeDeclared:
            []
        }
    }

    /// The identifiers of the records the event concerns, for audit search (never content).
    var recordIDs: [String] {
        switch self {
        case .organizationRegistered(let o): return [o.id.rawValue] + (o.parentID.map { [$0.rawValue] } ?? [])
        case .organizationHeadChanged(let id, _), .organizationRenamed(let id, _): return [id.rawValue]
        case .inspectorRegistered(let i): return [i.id.rawValue, i.homeOrganizationID.rawValue]
        case .trainingRecorded(let id, _), .relativeDeclared(let id, _): return [id.rawValue]
        }
    }
}
