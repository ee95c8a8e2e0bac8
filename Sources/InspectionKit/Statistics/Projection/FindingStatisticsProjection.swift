/// 问题统计投影 — keeps a `FindingIndex` in step with the journal: organizations, categories and rounds as they are
/// registered, each finding once the team meeting approves it, and its rectification status as its items move.
/// Each event touches only the findings it concerns, so dashboards never rescan.
public struct FindingStatisticsProjection: Sendable {
    /// The index the statistics are computed from.
    public private(set) var index: FindingIndex
    /// Each indexed finding's key in the index.
    public private(set) var keys: [FindingID: UInt32] = [:]
    private var itemsByFinding: [FindingID: [RectificationItemID]] = [:]
    private var nextKey: UInt32 = 1
    /// The keys of findings taken in from levels below, by sender and finding.
    private var exchangedKeys: [String: [String: UInt32]] = [:]
    /// Facts the index refused (a journal the rules let through should never cause one); kept for diagnosis.
    public private(set) var refusals: [StatisticsError] = []

    /// An empty projection for a state with no events yet.
    public init(taxonomy: Taxonomy) {
        index = FindingIndex()
        addCategories(taxonomy)
    }

    /// A projection of `state` as it stands (after a snapshot is restored).
    public init(state: InspectionState) {
        self.init(taxonomy: state.taxonomy)
        let tree = state.tree
        for organization in state.organizations.values.sorted(by: { tree.ancestors(of: $0.id).count < tree.ancestors(of: $1.id).count || (tree.ancestors(of: $0.id).count == tree.ancestors(of: $1.id).count && $0.id < $1.id) }) {
            note { index throws(StatisticsError) in try index.addOrganization(organization.id.rawValue, parent: organization.parentID?.rawValue) }
        }
        for round in state.rounds.values.sorted(by: { $0.id < $1.id }) {
            note { index throws(StatisticsError) in try index.addRound(round.id.rawValue) }
        }
        for item in state.rectificationItems.values.sorted(by: { $0.id < $1.id }) { itemsByFinding[item.findingID, default: []].append(item.id) }
        for finding in state.findings.values.sorted(by: { $0.id < $1.id }) where finding.isApproved { refresh(finding.id, state: state) }
        for (_, package) in state.exchangePackages.sorted(by: { $0.key < $1.key }) { take(package) }
    }

    /// Applies one event that `state` already reflects.
    public mutating func apply(_ event: Event, state: InspectionState) {
        switch event {
        case .registry(.organizationRegistered(let organization)):
            note { index throws(StatisticsError) in try index.addOrganization(organization.id.rawValue, parent: organization.parentID?.rawValue) }
        case .planning(.taxonomyAdopted(let taxonomy)):
            addCategories(taxonomy)
        case .planning(.roundPlanned(let round)):
            note { index throws(StatisticsError) in try index.addRound(round.id.rawValue) }
        case .findings(.findingReviewed(let id, _)), .findings(.findingRevised(let id, _)):
            refresh(id, state: state)
        case .rectification(.rectificationPlanSubmitted(_, _, let items)):
            for item in items { itemsByFinding[item.findingID, default: []].append(item.id) }
            for finding in Set(items.map(\.findingID)) { refresh(finding, state: state) }
        case .rectification(.immediateRectificationStarted(let item)):
            itemsByFinding[item.findingID, default: []].append(item.id)
            refresh(item.findingID, state: state)
        case .rectification(.rectificationProgressed(let id, _, _)), .rectification(.rectificationMarkedLongTerm(let id, _)), .rectification(.rectificationVerified(let id, _)):
            if let finding = state.rectificationItems[id]?.findingID { refresh(finding, state: state) }
        case .exchange(.exchangePackageImported(let package)):
            take(package)
        case .closing(.followUpRecorded(let followUp)):
            for finding in Set(followUp.relapsedItemIDs.compactMap { state.rectificationItems[$0]?.findingID }) { refresh(finding, state: state) }
        default:
            break
        }
    }

    /// Re-reads one finding from the state into the index (or out of it, if no longer approved).
    private mutating func refresh(_ id: FindingID, state: InspectionState) {
        guard let finding = state.findings[id], finding.isApproved else {
            if let key = keys[id] { index.remove(key) }
            return
        }
        let key: UInt32
        if let known = keys[id] {
            key = known
        } else {
            key = nextKey
            nextKey += 1
            keys[id] = key
        }
        let items = (itemsByFinding[id] ?? []).compactMap { state.rectificationItems[$0] }
        guard let fact = FindingFact(finding, key: key, items: items, state: state) else { return }
        note { index throws(StatisticsError) in try index.upsert(fact) }
    }

    /// Takes in a package from a level below: its organizations as a tree of their own (names prefixed with the
    /// sender), its rounds, and its findings, replacing whatever the sender sent before.
    private mutating func take(_ package: ExchangePackage) {
        let prefix = package.source + ":"
        for organization in package.organizations {
            note { index throws(StatisticsError) in try index.addOrganization(prefix + organization.id, parent: organization.parent.map { prefix + $0 }) }
        }
        for round in package.rounds where index.rounds.code(of: prefix + round.id) == nil {
            note { index throws(StatisticsError) in try index.addRound(prefix + round.id) }
        }
        var previous = exchangedKeys[package.source] ?? [:]
        var current: [String: UInt32] = [:]
        for finding in package.findings {
            let key: UInt32
            if let known = previous.removeValue(forKey: finding.id) {
                key = known
            } else {
                key = nextKey
                nextKey += 1
            }
            current[finding.id] = key
            let fact = FindingFact(key: key, round: prefix + finding.round, organization: prefix + finding.organization, team: prefix + finding.team,
                                   category: finding.category, severity: finding.severity, source: finding.source, status: finding.status,
                                   foundOn: finding.foundOn, deadline: finding.deadline, closedOn: finding.closedOn, recurrence: finding.recurrence)
            note { index throws(StatisticsError) in try index.upsert(fact) }
        }
        for (_, key) in previous { index.remove(key) }
        exchangedKeys[package.source] = current
    }

    private mutating func addCategories(_ taxonomy: Taxonomy) {
        for node in taxonomy.nodes.sorted(by: { ($0.level, $0.code) < ($1.level, $1.code) }) where index.categories.node(named: node.code) == nil {
            note { index throws(StatisticsError) in try index.addCategory(node.code, parent: node.parent) }
        }
    }

    private mutating func note(_ change: (inout FindingIndex) throws(StatisticsError) -> Void) {
        do throws(StatisticsError) {
            try change(&index)
        } catch {
            refusals.append(error)
        }
    }
}
