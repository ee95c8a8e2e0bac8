extension ClosingIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .grantArchiveAccess, .recordFollowUp, .recordEvaluation, .recordDisclosure, .archive:
            return .office
        case .consentToWithholding:
            return .leadingGroup
        case .recordAccountability:
            return .accountability
        case .recordRuleChange(let id, _, _, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.inspectedOrg)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .consentToWithholding(let id, let grounds): return try ClosingRules.consentToWithholding(id, grounds: grounds, c)
        case .recordDisclosure(let id, let filing): return try ClosingRules.recordDisclosure(id, filing, c)
        case .recordEvaluation(let id, let scores, let remarks): return try ClosingRules.recordEvaluation(id, scores: scores, remarks: remarks, c)
        case .archive(let id): return try ClosingRules.archive(id, c)
        case .grantArchiveAccess(let id): return try ClosingRules.grantArchiveAccess(id, c)
        case .recordAccountability(let filing): return try ClosingRules.recordAccountability(filing, c)
        case .recordRuleChange(let id, let findings, let title, let kind): return try ClosingRules.recordRuleChange(id, findingIDs: findings, title: title, kind: kind, c)
        case .recordFollowUp(let id, let relapsed, let held, let satisfaction, let remarks):
            return try ClosingRules.recordFollowUp(id, relapsed: relapsed, held: held, satisfaction: satisfaction, remarks: remarks, c)
        }
    }
}
