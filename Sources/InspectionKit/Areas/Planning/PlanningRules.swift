/// Rules for planning: terms, the term plan, rounds and the targets under the committee.
enum PlanningRules {

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
