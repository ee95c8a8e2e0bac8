extension RegistryIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .registerOrganization, .changeOrganizationHead, .renameOrganization, .registerInspector, .recordTraining, .declareRelative:
            return .office
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .registerOrganization(let r): return try RegistryRules.registerOrganization(r, c)
        case .changeOrganizationHead(let id, let head): return try RegistryRules.changeHead(id, head, c)
        case .renameOrganization(let id, let name): return try RegistryRules.rename(id, to: name, c)
        case .registerInspector(let r): return try RegistryRules.registerInspector(r, c)
        case .recordTraining(let id, let record): return try RegistryRules.recordTraining(id, record, c)
        case .declareRelative(let id, let relative): return try RegistryRules.declareRelative(id, relative, c)
        }
    }
}
