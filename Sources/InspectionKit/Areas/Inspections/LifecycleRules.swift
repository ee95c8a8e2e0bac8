/// Rules for scheduling, authorizing and moving an inspection through mobilization, entry and withdrawal.
enum LifecycleRules {
    static func schedule(roundID: RoundID, targetID: OrganizationID, extensionIDs: [OrganizationID], teamID: TeamID,
                         _ c: DecisionContext) throws(DomainError) -> [Event] {
        let round = try c.round(roundID)
        let term = try c.term(round.termID)
        let team = try c.team(teamID)
        guard team.roundID == roundID else {
            throw .invalid("teamID", zh: "\(team.name)是为另一轮次组建的，请选用本轮的巡察组。", en: "\(team.name) was formed for another round; use a team of this round.")
        }
        try PlanningRules.targetsUnderCommittee([targetID], term: term, c)
        let tree = c.state.tree
        for ext in extensionIDs {
            _ = try c.organization(ext)
            guard ext != targetID, tree.isInSubtree(ext, of: targetID) else {
                throw .invalid("extensionIDs", zh: "“\(ext)”不是被巡察党组织的下属党组织，不能延伸巡察（巡镇带村只延伸到下级）。",
                                en: "'\(ext)' is not below the target, so it cannot be an extension (巡镇带村 reaches only organizations below the target).")
            }
        }
        guard Set(extensionIDs).count == extensionIDs.count else {
            throw .invalid("extensionIDs", zh: "延伸对象有重复。", en: "an extension is listed twice.")
        }
        if let existing = c.state.inspections.values.first(where: { $0.roundID == roundID && $0.targetID == targetID }) {
            throw DomainError(.duplicateRecord, zh: "本轮已安排对该党组织的巡察（\(existing.id)）。", en: "This round already has an inspection of that organization (\(existing.id)).")
        }
        return [.inspectionScheduled(Inspection(id: c.newID(.inspection), roundID: roundID, targetID: targetID, extensionIDs: extensionIDs, teamID: teamID))]
    }

    static func authorize(_ id: InspectionID, window: DayWindow, noticeDay: Day, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage == .planned, inspection.authorization == nil else {
            throw DomainError(.authorizationOnce, zh: "巡察\(id)已授权：一巡一授权，同一巡察不得重复授权。",
                              en: "Inspection \(id) is already authorized: each inspection is authorized once.")
        }
        let team = try c.team(inspection.teamID)
        guard let term = c.state.term(of: inspection) else { throw .unknown(.term, inspection.roundID.rawValue) }
        guard window.start <= window.end, term.window.contains(window.start), term.window.contains(window.end) else {
            throw DomainError(.authorizationWindow, zh: "授权期限\(window)须在本届（\(term.window)）内且开始不晚于结束。",
                              en: "The window \(window) must lie inside the term (\(term.window)) and start no later than it ends.")
        }
        guard window.end >= c.today else {
            throw DomainError(.authorizationWindow, zh: "授权期限\(window)已经结束：请给出尚未结束的期限。", en: "The window \(window) has already ended: give one that has not.")
        }
        guard noticeDay <= window.start else {
            throw DomainError(.noticePeriod, zh: "巡察通知日\(noticeDay)晚于授权期限开始日\(window.start)。", en: "The notice day \(noticeDay) comes after the window starts (\(window.start)).")
        }
        try TeamRules.validate(TeamComposition(leaderID: team.leaderID, deputyIDs: team.deputyIDs, memberIDs: team.memberIDs), c)
        let open = RecusalCheck.conflicts(for: inspection, state: c.state, settings: c.settings, asOf: c.today).filter { !$0.isResolved }
        if !open.isEmpty {
            let zhList = open.map { "\(c.state.inspectors[$0.inspectorID]?.name ?? $0.inspectorID.rawValue)—\(c.state.organizations[$0.targetID]?.name ?? $0.targetID.rawValue)（\($0.kind.label(.chinese))：\($0.detail.zh)）" }
            let enList = open.map { "\($0.inspectorID)–\($0.targetID) (\($0.kind.label(.english)): \($0.detail.en))" }
            throw DomainError(.recusalUnresolved,
                              zh: "存在未解决的回避冲突：\(zhList.joined(separator: "；"))。请调整巡察组人员，或由领导小组书面豁免并说明理由。",
                              en: "Unresolved recusal conflicts: \(enList.joined(separator: "; ")). Change the team, or have the leading group record a waiver with its reason.")
        }
        // 三个不固定: the same leader may not go to the same organization twice in one term.
        let earlier = c.state.inspections(in: term.id).filter {
            $0.id != id && $0.targetID == inspection.targetID && $0.authorization?.leaderID == team.leaderID
        }
        let overridden = c.state.rotationOverrides.contains { $0.termID == term.id && $0.leaderID == team.leaderID && $0.organizationID == inspection.targetID }
        if let repeatInspection = earlier.first, !overridden {
            throw DomainError(.rotation,
                              zh: "组长\(c.state.inspectors[team.leaderID]?.name ?? team.leaderID.rawValue)本届已带队巡察过该党组织（\(repeatInspection.id)）：按“三个不固定”要求请更换组长，或由巡察办记录例外并说明理由。",
                              en: "Leader \(team.leaderID) already led inspection \(repeatInspection.id) of this organization in this term: change the leader, or have the office record an override with its reason.")
        }
        let authorization = Authorization(leaderID: team.leaderID, targetIDs: inspection.targetSet, window: window, noticeDay: noticeDay,
                                          authorizedBy: c.actor.id, authorizedOn: c.today)
        return [.inspectionAuthorized(id, authorization), c.transition(inspection, to: .authorized, defaultReason: "一巡一授权 / authorized")]
    }

    static func mobilize(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .authorized, for: LocalizedText(zh: "召开动员部署会", en: "holding the mobilization meeting"))
        try insideWindow(inspection, c)
        return [.mobilized(id, c.today), c.transition(inspection, to: .mobilized, defaultReason: "动员部署会 / mobilization meeting")]
    }

    static func station(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .mobilized, for: LocalizedText(zh: "进驻", en: "entering"))
        try insideWindow(inspection, c)
        if let notice = inspection.authorization?.noticeDay, notice.days(until: c.today) < c.settings.noticeDays {
            let earliest = notice.adding(days: c.settings.noticeDays)
            throw DomainError(.noticePeriod, zh: "巡察通知于\(notice)发出，须提前\(c.settings.noticeDays)日通知，最早\(earliest)进驻。",
                              en: "The notice went out on \(notice); entry needs \(c.settings.noticeDays) days' notice, so the earliest day is \(earliest).")
        }
        return [.stationed(id, c.today), c.transition(inspection, to: .stationed, defaultReason: "进驻 / entered")]
    }

    static func withdraw(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .stationed, .fieldwork, for: LocalizedText(zh: "撤离", en: "withdrawing"))
        return [.withdrawn(id, c.today), c.transition(inspection, to: .withdrawn, defaultReason: "撤离 / withdrew")]
    }

    /// Refuses when today is outside the authorization window.
    static func insideWindow(_ inspection: Inspection, _ c: DecisionContext) throws(DomainError) {
        guard let window = inspection.authorization?.window, window.contains(c.today) else {
            let window = inspection.authorization?.window.description ?? "—"
            throw DomainError(.outsideWindow, zh: "今天（\(c.today)）不在巡察\(inspection.id)的授权期限（\(window)）内：授权期外不得开展工作。",
                              en: "Today (\(c.today)) is outside inspection \(inspection.id)'s authorization window (\(window)): nothing is done outside it.")
        }
    }
}
