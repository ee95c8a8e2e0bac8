extension HandoverIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .completeHandover:
            return .office
        case .handOverLead, .handOverFinding:
            return .handover
        case .registerLead(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.teamWork)
        case .recordDisposition(let id, _, _, _):
            return state.leads[id].map { .disposition(destination: $0.handover?.destination, record: id.rawValue) } ?? .unknownRecord
        case .recordFindingDisposition(let id, _, _, _):
            return state.findings[id].map { .disposition(destination: $0.handover?.destination, record: id.rawValue) } ?? .unknownRecord
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .completeHandover(let id): return try HandoverRules.complete(id, c)
        case .registerLead(let id, let filing): return try HandoverRules.registerLead(id, filing, c)
        case .handOverLead(let id, let destination): return try HandoverRules.handOver(id, destination, c)
        case .recordDisposition(let id, let kind, let note, let late): return try HandoverRules.recordDisposition(id, kind: kind, note: note, lateBecause: late, c)
        case .handOverFinding(let id, let destination): return try HandoverRules.handOverFinding(id, destination, c)
        case .recordFindingDisposition(let id, let kind, let note, let late):
            return try HandoverRules.recordFindingDisposition(id, kind: kind, note: note, lateBecause: late, c)
        }
    }
}
