extension InspectionState {
    /// Folds one event of the registry area into the state.
    mutating func apply(_ event: RegistryEvent) {
        switch event {
        case .organizationRegistered(let org):
            organizations[org.id] = org
            count(.organization)
        case .organizationHeadChanged(let id, let head):
            organizations[id]?.head = head
        case .organizationRenamed(let id, let name):
            organizations[id]?.name = name
        case .inspectorRegistered(let inspector):
            inspectors[inspector.id] = inspector
            count(.inspector)
        case .trainingRecorded(let id, let record):
            inspectors[id]?.training.append(record)
        case .relativeDeclared(let id, let relative):
            inspectors[id]?.relatives.append(relative)
        }
    }
}
