/// 巡察全覆盖 — how far a term's inspections reach the organizations in scope.
public struct Coverage: Hashable, Sendable, Codable {
    /// The term measured.
    public var termID: TermID
    /// Organizations the term must cover.
    public var inScope: [OrganizationID]
    /// Those already inspected (a team has been stationed there, directly or by 巡镇带村 extension).
    public var inspected: [OrganizationID]
    /// Those in scope not yet inspected.
    public var notYetInspected: [OrganizationID]
    /// Those in scope that no round or plan of the term reaches at all.
    public var unplanned: [OrganizationID]

    /// Share of the organizations in scope already inspected (1 when nothing is in scope).
    public var rate: Double { inScope.isEmpty ? 1 : Double(inspected.count) / Double(inScope.count) }

    /// Whether the rounds and plans of the term, once carried out, reach every organization in scope.
    public var plannedRoundsReachFullCoverage: Bool { unplanned.isEmpty }
}
