/// The office's statistics, for the roles allowed to see them (the office, the leading group, the receiving
/// bodies and auditors). Findings are counted from the columnar index; the rest from the state.
extension Engine {
    /// Answers a query over the approved findings.
    public func findingStatistics(_ query: FindingQuery, as actor: Actor) throws(DomainError) -> FindingQueryResult {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        do throws(StatisticsError) {
            return try statistics.index.run(query)
        } catch {
            throw DomainError(.invalidInput, zh: error.message(.chinese), en: error.message(.english))
        }
    }

    /// 共性问题 — categories at `depth` ranked by the distinct organizations they were found in.
    public func commonProblems(depth: Int = 2, top limit: Int = 20, filter: FindingFilter = FindingFilter(), as actor: Actor) throws(DomainError) -> FindingQueryResult {
        try findingStatistics(FindingQuery(filter: filter, groupBy: [.category(depth: depth)],
                                           measures: FindingMeasures(distinctOrganizationsAtDepth: statistics.index.organizations.maximumDepth),
                                           order: .distinctOrganizationsDescending, limit: limit), as: actor)
    }

    /// 整改与逾期 — rectification, overdue and days-to-close per group of `dimension`, as of today.
    public func rectificationOverview(by dimension: FindingDimension, filter: FindingFilter = FindingFilter(), as actor: Actor) throws(DomainError) -> FindingQueryResult {
        try findingStatistics(FindingQuery(filter: filter, groupBy: [dimension],
                                           measures: FindingMeasures(overdueOn: today, daysToClose: [.median, .p90])), as: actor)
    }

    /// 政治生态画像 — one organization's findings (its subtree's) by round and area, with rectification and overdue.
    public func politicalEcologyProfile(of organization: OrganizationID, as actor: Actor) throws(DomainError) -> FindingQueryResult {
        guard state.organizations[organization] != nil else { throw DomainError.unknown(.organization, organization.rawValue) }
        return try findingStatistics(FindingQuery(filter: FindingFilter(organizations: [organization.rawValue]), groupBy: [.round, .category(depth: 0)],
                                                  measures: FindingMeasures(overdueOn: today, daysToClose: [.median])), as: actor)
    }

    /// Leads by disposition, awaiting and overdue as of `day` (default today), by the days each was registered, handed
    /// over and disposed of (counts only: no lead is read).
    public func leadDispositions(asOf day: Day? = nil, as actor: Actor) throws(DomainError) -> LeadDispositionSummary {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        let day = day ?? today
        var summary = LeadDispositionSummary(registered: 0, notHandedOver: 0, byDisposition: [:], awaiting: 0, overdue: 0)
        // As of `day`, by the days things happened: registered, handed over, disposed of on or before it.
        for lead in state.leads.values where lead.registeredOn <= day {
            summary.registered += 1
            guard let handover = lead.handover, handover.day <= day else {
                summary.notHandedOver += 1
                continue
            }
            if let disposition = lead.disposition, disposition.reportedOn <= day {
                summary.byDisposition[disposition.kind, default: 0] += 1
            } else {
                summary.awaiting += 1
                if day > handover.dispositionDue { summary.overdue += 1 }
            }
        }
        return summary
    }

    /// Accountability by the four forms, and rules built.
    public func accountabilitySummary(as actor: Actor) throws(DomainError) -> AccountabilitySummary {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        var summary = AccountabilitySummary(byForm: [:], rulesBuilt: [:])
        for record in state.accountability.values { summary.byForm[record.form, default: 0] += 1 }
        for change in state.ruleChanges.values { summary.rulesBuilt[change.kind, default: 0] += 1 }
        return summary
    }

    /// Relapse rate over the follow-ups held.
    public func relapseSummary(as actor: Actor) throws(DomainError) -> RelapseSummary {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        var summary = RelapseSummary(followUps: state.followUps.count, checkedItems: 0, relapsedItems: 0)
        for followUp in state.followUps.values {
            summary.checkedItems += followUp.relapsedItemIDs.count + followUp.heldItemIDs.count
            summary.relapsedItems += followUp.relapsedItemIDs.count
        }
        return summary
    }
}
