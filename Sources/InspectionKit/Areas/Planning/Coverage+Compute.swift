extension Coverage {
    /// Measures `term`'s coverage: organizations in scope under its committee, those inspected, those not yet, and those no round or plan reaches.
    public static func of(term: Term, in state: InspectionState) -> Coverage {
        let tree = state.tree
        let inScope = tree.descendants(of: term.committeeID).filter { state.organizations[$0]?.inScope == true }.sorted()
        let inspections = state.inspections(in: term.id)
        let inspected = Set(inspections.filter { $0.stage >= .stationed }.flatMap(\.targetSet))
        let planned = Set(inspections.flatMap(\.targetSet))
            .union(state.plans.values.filter { $0.termID == term.id }.flatMap(\.targetIDs))
        return Coverage(termID: term.id,
                        inScope: inScope,
                        inspected: inScope.filter { inspected.contains($0) },
                        notYetInspected: inScope.filter { !inspected.contains($0) },
                        unplanned: inScope.filter { !planned.contains($0) })
    }
}
