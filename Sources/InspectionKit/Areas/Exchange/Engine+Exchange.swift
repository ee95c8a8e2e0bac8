/// Export to the level above, and import from the levels below (上下联动).
extension Engine {
    /// The package this office sends up: organizations, rounds and approved findings with their status.
    public func exchangePackage(as actor: Actor) throws(DomainError) -> ExchangePackage {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        let tree = state.tree
        let own = state.organizations.values.filter { $0.id.rawValue.contains(":") == false }
        guard let root = own.filter({ $0.parentID == nil }).min(by: { $0.id < $1.id }) else {
            throw DomainError(.invalidInput, zh: "尚未登记任何单位，没有可报送的内容。", en: "No organization is registered: there is nothing to send.")
        }
        let organizations = own.sorted { (tree.ancestors(of: $0.id).count, $0.id) < (tree.ancestors(of: $1.id).count, $1.id) }
            .map { ExchangedOrganization(id: $0.id.rawValue, name: $0.name, parent: $0.parentID?.rawValue) }
        let rounds = state.rounds.values.sorted { $0.id < $1.id }.map { ExchangedRound(id: $0.id.rawValue, title: $0.title) }
        var findings: [ExchangedFinding] = []
        for (id, key) in statistics.keys.sorted(by: { $0.key < $1.key }) {
            guard let fact = statistics.index.fact(key), let finding = state.findings[id] else { continue }
            findings.append(ExchangedFinding(id: id.rawValue, title: finding.content.title, round: fact.round, organization: fact.organization, team: fact.team,
                                             category: fact.category, severity: fact.severity, source: fact.source, status: fact.status,
                                             foundOn: fact.foundOn, deadline: fact.deadline, closedOn: fact.closedOn, recurrence: fact.recurrence))
        }
        return ExchangePackage(source: root.id.rawValue, sourceName: root.name, exportedOn: today, organizations: organizations, rounds: rounds, findings: findings)
    }
}
