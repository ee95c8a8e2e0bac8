extension RectificationIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .issueSupervisionNotice:
            return .office
        case .submitRectificationPlan(let id, _), .submitRectificationReport(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.inspectedOrg)
        case .updateRectification(let id, _, _), .markLongTerm(let id, _), .attachCloseOutEvidence(let id, _):
            return lookup.scoped(lookup.ofItem(id), IntentAccess.inspectedOrg)
        case .startImmediateRectification(let id, _):
            return lookup.scoped(lookup.ofFinding(id), IntentAccess.immediate)
        case .signOffCloseOut(let id):
            return lookup.scoped(lookup.ofItem(id), IntentAccess.signOff)
        case .acceptCloseOut(let id):
            return lookup.scoped(lookup.ofItem(id), IntentAccess.acceptance)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .submitRectificationPlan(let id, let rows): return try RectificationRules.submitPlan(id, rows, c)
        case .submitRectificationReport(let id, let summary): return try RectificationRules.submitReport(id, summary: summary, c)
        case .startImmediateRectification(let finding, let row): return try RectificationRules.startImmediate(finding, row, c)
        case .updateRectification(let id, let status, let note): return try RectificationRules.update(id, status: status, note: note, c)
        case .markLongTerm(let id, let review): return try RectificationRules.markLongTerm(id, nextReview: review, c)
        case .attachCloseOutEvidence(let id, let evidence): return try CloseOutRules.attachEvidence(id, evidence, c)
        case .signOffCloseOut(let id): return try CloseOutRules.signOff(id, c)
        case .acceptCloseOut(let id): return try CloseOutRules.accept(id, c)
        case .issueSupervisionNotice(let id): return try RectificationRules.issueNotice(id, c)
        }
    }
}
