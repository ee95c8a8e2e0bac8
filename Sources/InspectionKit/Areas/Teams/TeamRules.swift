/// Rules for forming and changing teams, waivers and 三个不固定 overrides.
enum TeamRules {
    static func formTeam(roundID: RoundID, name: String, composition: TeamComposition, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.round(roundID)
        try Check.notBlank(name, field: "name", zh: "巡察组名称")
        try validate(composition, c)
        return [.teamFormed(Team(id: c.newID(.team), roundID: roundID, name: name, leaderID: composition.leaderID,
                                 deputyIDs: composition.deputyIDs, memberIDs: composition.memberIDs))]
    }

    static func changeTeam(_ id: TeamID, _ composition: TeamComposition, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let team = try c.team(id)
        if let locked = c.state.inspections.values.first(where: { $0.teamID == id && $0.stage > .planned }) {
            throw DomainError(.teamLocked, zh: "\(team.name)已获授权开展巡察\(locked.id)，人员不能再调整：授权后调整须重新报批。",
                              en: "\(team.name) is already authorized for inspection \(locked.id); its people can no longer change.")
        }
        try validate(composition, c)
        return [.teamChanged(id, composition)]
    }

    /// Team size and composition: one leader, the allowed number of deputies, the allowed size, no one twice.
    static func validate(_ composition: TeamComposition, _ c: DecisionContext) throws(DomainError) {
        for person in composition.everyone { _ = try c.inspector(person) }
        let everyone = composition.everyone
        guard Set(everyone).count == everyone.count else {
            throw DomainError(.teamComposition, zh: "同一人在巡察组中出现了两次：每人只能担任一个职务。", en: "Someone appears twice in the team: each person holds one position.")
        }
        let s = c.settings
        guard s.deputies.contains(composition.deputyIDs.count) else {
            throw DomainError(.teamComposition, zh: "副组长须为\(s.deputies.lowerBound)至\(s.deputies.upperBound)人，现为\(composition.deputyIDs.count)人。",
                              en: "A team needs \(s.deputies.lowerBound)–\(s.deputies.upperBound) deputy leaders; this one has \(composition.deputyIDs.count).")
        }
        guard s.teamSize.contains(everyone.count) else {
            throw DomainError(.teamComposition, zh: "巡察组须为\(s.teamSize.lowerBound)至\(s.teamSize.upperBound)人（含组长），现为\(everyone.count)人。",
                              en: "A team needs \(s.teamSize.lowerBound)–\(s.teamSize.upperBound) people including the leader; this one has \(everyone.count).")
        }
    }

    static func waiveRecusal(inspectionID: InspectionID, inspectorID: InspectorID, targetID: OrganizationID, kind: RecusalKind,
                             _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(inspectionID)
        try c.require(inspection, in: .planned, for: LocalizedText(zh: "回避豁免", en: "waiving a recusal conflict"))
        try Check.reason(c.reason, rule: .recusalWaiver, what: LocalizedText(zh: "领导小组的回避豁免", en: "A recusal waiver of the leading group"))
        let open = RecusalCheck.conflicts(for: inspection, state: c.state, settings: c.settings, asOf: c.today)
        guard let conflict = open.first(where: { $0.inspectorID == inspectorID && $0.targetID == targetID && $0.kind == kind }) else {
            throw DomainError(.recusalWaiver, zh: "\(inspectorID)与\(targetID)之间不存在“\(kind.label(.chinese))”冲突，无需豁免。",
                              en: "There is no \(kind.label(.english)) conflict between \(inspectorID) and \(targetID) to waive.")
        }
        guard conflict.waiver == nil else {
            throw DomainError(.recusalWaiver, zh: "该回避冲突已豁免。", en: "This conflict has already been waived.")
        }
        return [.recusalWaived(inspectionID, RecusalWaiver(inspectorID: inspectorID, targetID: targetID, kind: kind, reason: c.reason,
                                                           decidedBy: c.actor.id, decidedOn: c.today))]
    }

    static func overrideRotation(termID: TermID, leaderID: InspectorID, organizationID: OrganizationID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.term(termID)
        _ = try c.inspector(leaderID)
        _ = try c.organization(organizationID)
        try Check.reason(c.reason, rule: .rotation, what: LocalizedText(zh: "“三个不固定”例外", en: "A three-not-fixed override"))
        return [.rotationOverridden(RotationOverride(termID: termID, leaderID: leaderID, organizationID: organizationID, reason: c.reason, decidedBy: c.actor.id))]
    }
}
