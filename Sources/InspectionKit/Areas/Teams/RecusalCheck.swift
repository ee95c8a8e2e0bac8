/// 回避审查 — finds every recusal conflict between a team's people and an inspection's targets.
public enum RecusalCheck {
    /// Every conflict of `people` with `targets` as of `day`, with the waivers already recorded for `inspection` applied.
    public static func conflicts(people: [InspectorID], targets: [OrganizationID], committeeID: OrganizationID, asOf day: Day,
                                 state: InspectionState, settings: OfficeSettings, inspection: InspectionID? = nil) -> [RecusalConflict] {
        let tree = state.tree
        let exempt = Set(tree.ancestors(of: committeeID)).union([committeeID])
        let waivers = inspection.flatMap { state.waivers[$0] } ?? []
        let postingCutoff = day.adding(months: -12 * settings.postRecusalYears)
        var found: [RecusalConflict] = []
        for person in people {
            guard let inspector = state.inspectors[person] else { continue }
            for target in targets {
                guard let targetOrg = state.organizations[target] else { continue }
                let subtree = tree.subtree(of: target)
                let above = Set(tree.ancestors(of: target)).subtracting(exempt)
                var conflicts: [(RecusalKind, LocalizedText)] = []
                // By post: current home, or a posting that ended within the recusal period.
                var places: [(OrganizationID, LocalizedText)] = [(inspector.homeOrganizationID, LocalizedText(zh: "现所在单位", en: "current organization"))]
                for posting in inspector.postings where posting.end >= postingCutoff {
                    places.append((posting.organizationID, LocalizedText(zh: "\(posting.start)至\(posting.end)曾在此任职", en: "served there \(posting.start)–\(posting.end)")))
                }
                for (place, how) in places where subtree.contains(place) || above.contains(place) {
                    let name = state.organizations[place]?.name ?? place.rawValue
                    conflicts.append((.post, LocalizedText(zh: "\(name)：\(how.zh)", en: "\(name): \(how.en)")))
                }
                for relative in inspector.relatives where subtree.contains(relative.organizationID) {
                    let name = state.organizations[relative.organizationID]?.name ?? relative.organizationID.rawValue
                    conflicts.append((.kin, LocalizedText(zh: "\(relative.relation)\(relative.name)任\(name)\(relative.post)", en: "\(relative.relation) \(relative.name) holds office at \(name) (\(relative.post))")))
                }
                if settings.regionalRecusal, inspector.region == targetOrg.region {
                    conflicts.append((.region, LocalizedText(zh: "同属\(targetOrg.region)", en: "both from \(targetOrg.region)")))
                }
                var seenKinds: Set<RecusalKind> = []
                for (kind, detail) in conflicts where seenKinds.insert(kind).inserted {
                    let waiver = waivers.first { $0.inspectorID == person && $0.targetID == target && $0.kind == kind }
                    found.append(RecusalConflict(inspectorID: person, targetID: target, kind: kind, detail: detail, waiver: waiver))
                }
            }
        }
        return found
    }

    /// The conflicts of an inspection's current team with its target set, as of `day`.
    public static func conflicts(for inspection: Inspection, state: InspectionState, settings: OfficeSettings, asOf day: Day) -> [RecusalConflict] {
        guard let team = state.teams[inspection.teamID],
              let committee = state.term(of: inspection)?.committeeID else { return [] }
        return conflicts(people: team.everyone, targets: inspection.targetSet, committeeID: committee, asOf: day,
                         state: state, settings: settings, inspection: inspection.id)
    }
}
