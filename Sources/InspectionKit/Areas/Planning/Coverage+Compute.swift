extension Coverage {
    /// Measures `term`'s coverage: organizations in scope under its committee, those inspected (as of `day`, when given: by
    /// the day each team entered), those not yet, and those no round or plan reaches.
    public static func of(term: Term, in state: InspectionState, asOf day: Day? = nil) -> Coverage {
        let tree = state.tree
        let inScope = tree.descendants(of: term.committeeID).filter { state.organizations[$0]?.inScope == true }.sorted()
        let inspections = state.inspections(in: term.id)
        // Inspected: the team has entered — as of `day`, on or before it.
        let inspected = Set(inspections.filter { inspection in
            guard let day else { return inspection.stage >= .stationed }
            return inspection.stationedOn.map { $0 <= day } ?? false
        }.flatMap(\.targetSet))
        let planned = Set(inspections.flatMap(\.targetSet))
            .union(state.plans.values.filter { $0.termID == term.id }.flatMap(\.targetIDs))
        return Coverage(termID: term.id,
                        inScope: inScope,
                        inspected: inScope.filter { inspected.contains($0) },
                        notYetInspected: inScope.filter { !inspected.contains($0) },
                        unplanned: inScope.filter { !planned.contains($0) })
    }
}
