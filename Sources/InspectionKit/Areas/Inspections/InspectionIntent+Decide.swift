extension InspectionIntent {
    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        let lookup = AccessLookup(state: state)
        switch self {
        case .scheduleInspection:
            return .office
        case .authorize, .approveReport:
            return .leadingGroup
        case .mobilize(let id), .station(let id), .withdraw(let id), .submitReport(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.teamLeader)
        case .deliverFeedback(let id, _):
            return lookup.scoped(lookup.ins(id), IntentAccess.feedback)
        }
    }

    /// Decides the intent in `c` into the events it causes, or throws the rule that refuses it.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .scheduleInspection(let round, let target, let extensions, let team):
            return try LifecycleRules.schedule(roundID: round, targetID: target, extensionIDs: extensions, teamID: team, c)
        case .authorize(let id, let window, let notice): return try LifecycleRules.authorize(id, window: window, noticeDay: notice, c)
        case .mobilize(let id): return try LifecycleRules.mobilize(id, c)
        case .station(let id): return try LifecycleRules.station(id, c)
        case .withdraw(let id): return try LifecycleRules.withdraw(id, c)
        case .submitReport(let id, let submission): return try ReportRules.submit(id, submission, c)
        case .approveReport(let id, let meeting): return try ReportRules.approve(id, meeting: meeting, c)
        case .deliverFeedback(let id, let delivery): return try ReportRules.deliverFeedback(id, delivery, c)
        }
    }
}
