/// Rules for the registry: organizations, the talent pool, terms, plans, rounds and the taxonomy.
enum RegistryRules {
    static func registerOrganization(_ r: OrganizationRegistration, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(r.name, field: "name", zh: "党组织名称")
        try Check.notBlank(r.region, field: "region", zh: "所属区域")
        let id: OrganizationID = r.id ?? c.newID(.organization)
        try Check.notBlank(id.rawValue, field: "id", zh: "编号")
        guard c.state.organizations[id] == nil else {
            throw DomainError(.duplicateRecord, zh: "党组织编号“\(id)”已存在：请换一个编号。", en: "Organization '\(id)' already exists: choose another identifier.")
        }
        if let parent = r.parentID {
            _ = try c.organization(parent)
        } else if r.kind != .countyCommittee {
            throw DomainError(.organizationTree,
                              zh: "只有县（区）委可以没有上级党组织：请为“\(r.name)”指定上级。",
                              en: "Only a county committee may have no parent: give '\(r.name)' its parent organization.")
        }
        return [.organizationRegistered(Organization(id: id, name: r.name, kind: r.kind, parentID: r.parentID, region: r.region, head: r.head, inScope: r.inScope))]
    }

    static func changeHead(_ id: OrganizationID, _ head: OrganizationHead, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.organization(id)
        try Check.notBlank(head.name, field: "head.name", zh: "主要负责人姓名")
        return [.organizationHeadChanged(id, head)]
    }

    static func registerInspector(_ r: InspectorRegistration, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(r.name, field: "name", zh: "姓名")
        try Check.notBlank(r.rank, field: "rank", zh: "职级")
        _ = try c.organization(r.homeOrganizationID)
        for posting in r.postings {
            _ = try c.organization(posting.organizationID)
            guard posting.start <= posting.end else {
                throw .invalid("postings", zh: "任职经历的开始日期\(posting.start)晚于结束日期\(posting.end)。", en: "a posting starts (\(posting.start)) after it ends (\(posting.end)).")
            }
        }
        for relative in r.relatives { _ = try c.organization(relative.organizationID) }
        let id: InspectorID = r.id ?? c.newID(.inspector)
        guard c.state.inspectors[id] == nil else {
            throw DomainError(.duplicateRecord, zh: "巡察干部编号“\(id)”已存在：请换一个编号。", en: "Inspector '\(id)' already exists: choose another identifier.")
        }
        return [.inspectorRegistered(Inspector(id: id, name: r.name, userID: r.userID, homeOrganizationID: r.homeOrganizationID, rank: r.rank,
                                               expertise: r.expertise, region: r.region, postings: r.postings, relatives: r.relatives))]
    }

    static func recordTraining(_ id: InspectorID, _ record: TrainingRecord, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.inspector(id)
        try Check.notBlank(record.title, field: "title", zh: "培训名称")
        guard record.hours > 0 else { throw .invalid("hours", zh: "培训学时必须大于0。", en: "training hours must be more than 0.") }
        return [.trainingRecorded(id, record)]
    }

    static func declareRelative(_ id: InspectorID, _ relative: Relative, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.inspector(id)
        _ = try c.organization(relative.organizationID)
        try Check.notBlank(relative.name, field: "relative.name", zh: "亲属姓名")
        return [.relativeDeclared(id, relative)]
    }

    static func openTerm(name: String, committeeID: OrganizationID, window: DayWindow, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(name, field: "name", zh: "届次名称")
        _ = try c.organization(committeeID)
        guard window.start < window.end else {
            throw DomainError(.termWindow, zh: "届的起止日期有误：开始\(window.start)须早于结束\(window.end)。", en: "The term's start (\(window.start)) must come before its end (\(window.end)).")
        }
        if let clash = c.state.terms.values.first(where: { $0.committeeID == committeeID && $0.window.start <= window.end && window.start <= $0.window.end }) {
            throw DomainError(.termWindow, zh: "与“\(clash.name)”（\(clash.window)）时间重叠：同一党委的届不能重叠。", en: "It overlaps '\(clash.name)' (\(clash.window)): terms of one committee may not overlap.")
        }
        return [.termOpened(Term(id: c.newID(.term), name: name, committeeID: committeeID, window: window))]
    }

    static func adoptPlan(termID: TermID, scope: PlanScope, title: String, targetIDs: [OrganizationID], _ c: DecisionContext) throws(DomainError) -> [Event] {
        let term = try c.term(termID)
        try Check.notBlank(title, field: "title", zh: "规划名称")
        try targetsUnderCommittee(targetIDs, term: term, c)
        if case .year(let year) = scope {
            let (startYear, endYear) = (term.window.start.components.year, term.window.end.components.year)
            guard (startYear...endYear).contains(year) else {
                throw .invalid("scope", zh: "年度\(year)不在本届（\(term.window)）内。", en: "year \(year) is outside the term (\(term.window)).")
            }
        }
        return [.planAdopted(Plan(id: c.newID(.plan), termID: termID, scope: scope, title: title, targetIDs: targetIDs))]
    }

    static func planRound(termID: TermID, number: Int, kind: RoundKind, title: String, window: DayWindow, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let term = try c.term(termID)
        try Check.notBlank(title, field: "title", zh: "轮次名称")
        guard number > 0 else { throw .invalid("number", zh: "轮次序号须为正整数。", en: "the round number must be a positive whole number.") }
        guard !c.state.rounds.values.contains(where: { $0.termID == termID && $0.number == number }) else {
            throw DomainError(.roundNumber, zh: "本届已有第\(number)轮：请使用新的轮次序号。", en: "This term already has round \(number): use a new number.")
        }
        guard window.start <= window.end, term.window.contains(window.start), term.window.contains(window.end) else {
            throw DomainError(.termWindow, zh: "轮次时间\(window)须在本届（\(term.window)）内且开始不晚于结束。", en: "The round's window \(window) must lie inside the term (\(term.window)) and start no later than it ends.")
        }
        return [.roundPlanned(Round(id: c.newID(.round), termID: termID, number: number, kind: kind, title: title, window: window))]
    }

    /// Refuses targets that are not strictly below the term's committee.
    static func targetsUnderCommittee(_ targets: [OrganizationID], term: Term, _ c: DecisionContext) throws(DomainError) {
        let tree = c.state.tree
        for target in targets {
            _ = try c.organization(target)
            guard target != term.committeeID, tree.isInSubtree(target, of: term.committeeID) else {
                throw DomainError(.targetOutsideCommittee,
                                  zh: "“\(target)”不在\(term.name)党委管辖的党组织之内：只能巡察本级党委所属党组织。",
                                  en: "'\(target)' is not an organization under the committee of \(term.name): a committee inspects only the organizations below it.")
            }
        }
    }
}
