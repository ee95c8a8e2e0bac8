/// The summary of a reporting period, from the days things happened.
extension Engine {
    /// The office's figures for `period`, as of its last day — or today, while it runs (statistics readers only).
    public func periodSummary(_ period: ReportingPeriod, as actor: Actor) throws(DomainError) -> PeriodSummary {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        let window = period.window
        let end = min(window.end, today)
        // The index holds days 1970-01-01 … 2149-06-05: a period reaching past them holds no findings there.
        let low = max(window.start, Day(number: 0))
        let high = min(window.end, Day(number: Int(FindingPartition.noDay) - 1))
        let byArea: [FindingDimension] = [.category(depth: 0)]
        let findings: FindingQueryResult
        if low <= high {
            var filter = FindingFilter()
            filter.found = low...high
            findings = try findingStatistics(FindingQuery(filter: filter, groupBy: byArea), as: actor)
        } else {
            findings = FindingQueryResult(dimensions: byArea, percentiles: [], rows: [])
        }

        let entered = state.inspections.values.filter { $0.stationedOn.map(window.contains) ?? false }
        let covered = Set(entered.flatMap(\.targetSet))
        let fedBack = state.inspections.values.filter { $0.feedback.map { window.contains($0.deliveredOn) } ?? false }
        let leads = state.leads.values
        let items = state.rectificationItems.values
        let overdueAtEnd = items.compactMap { $0.asOf(end) }.filter { item in
            let closedBy = item.closedOn.map { $0 <= end } ?? false
            return !closedBy && item.status.isOpen && item.deadline < end
                && (state.inspections[item.inspectionID]?.rectificationPlanSubmittedOn.map { $0 <= end } ?? item.isImmediate)
        }
        var accountability: [AccountabilityForm: Int] = [:]
        for record in state.accountability.values where window.contains(record.decidedOn) { accountability[record.form, default: 0] += 1 }
        return PeriodSummary(
            period: period,
            asOf: end,
            inspectionsEntered: entered.count,
            organizationsInspected: covered.count,
            inspectionsFedBack: fedBack.count,
            findings: findings,
            leadsRegistered: leads.filter { window.contains($0.registeredOn) }.count,
            leadsHandedOver: leads.filter { $0.handover.map { window.contains($0.day) } ?? false }.count,
            leadsDisposedOf: leads.filter { $0.disposition.map { window.contains($0.reportedOn) } ?? false }.count,
            itemsClosed: items.filter { $0.verifiedOn.map(window.contains) ?? false }.count,
            itemsOverdueAtEnd: overdueAtEnd.count,
            rulesBuilt: state.ruleChanges.values.filter { window.contains($0.issuedOn) }.count,
            accountability: accountability)
    }
}
