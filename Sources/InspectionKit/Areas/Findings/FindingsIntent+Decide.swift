extension FindingsIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .draftFinding(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.teamWork)
        case .reviseFinding(let id, _):
            return lookup.scoped(lookup.ofFinding(id), IntentAccess.teamWork)
        case .reviewFinding(let id, _, _):
            return lookup.scoped(lookup.ofFinding(id), IntentAccess.teamMeeting)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .draftFinding(let id, let content): return try FindingRules.draft(id, content, c)
        case .reviseFinding(let id, let content): return try FindingRules.revise(id, content, c)
        case .reviewFinding(let id, let decision, let opinion): return try FindingRules.review(id, decision: decision, opinion: opinion, c)
        }
    }
}
