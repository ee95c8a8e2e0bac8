import InspectionKit
import InspectionKitHTTP

/// 规划与轮次 — the committee's terms with their plans, rounds and teams, for those who may read planning; the office
/// opens a term, adopts a plan, plans a round, forms a team and schedules a team's inspection of an organization.
enum PlanningRegister {
    static let register = OfficePages.Register(path: "/office/planning", title: { $0.t("规划与轮次", "Planning") }) { engine, viewer, path throws(DomainError) in
        let t = viewer.t
        let language = viewer.language
        let state = engine.state
        try AccessPolicy.authorizeRead(viewer.actor, .planning, state: state, today: engine.today)
        func name(_ id: OrganizationID) -> String { state.organizations[id]?.name ?? id.rawValue }
        func person(_ id: InspectorID) -> String { state.inspectors[id]?.name ?? id.rawValue }
        let terms = state.terms.values.sorted { $0.id < $1.id }
        let rounds = state.rounds.values.sorted { $0.id < $1.id }
        let sections: [(heading: String, html: String)] = [
            (t("届次", "Terms"), HTMLTable(columns: [t("编号", "Id"), t("名称", "Name"), t("党委", "Committee"), t("期限", "Window")], rows: terms.map { term in
                [.text(term.id.rawValue), .text(term.name), .text(name(term.committeeID)), .text(term.window.description)]
            }).html(empty: t("尚未开设届次。", "No term yet."))),
            (t("规划和计划", "Plans"), HTMLTable(columns: [t("编号", "Id"), t("届次", "Term"), t("名称", "Title"), t("对象数", "Targets")],
                                               rows: state.plans.values.sorted { $0.id < $1.id }.map { plan in
                [.text(plan.id.rawValue), .text(plan.termID.rawValue), .text(plan.title), .number(String(plan.targetIDs.count))]
            }).html(empty: t("尚无规划。", "No plan yet."))),
            (t("轮次", "Rounds"), HTMLTable(columns: [t("编号", "Id"), t("轮次", "Round"), t("类型", "Kind"), t("期限", "Window"), t("巡察数", "Inspections")],
                                          rows: rounds.map { round in
                [.text(round.id.rawValue), .text(round.title), .text(round.kind.label(language)), .text(round.window.description),
                 .number(String(state.inspections.values.filter { $0.roundID == round.id }.count))]
            }).html(empty: t("尚无轮次。", "No round yet."))),
            (t("巡察组", "Teams"), HTMLTable(columns: [t("编号", "Id"), t("名称", "Name"), t("轮次", "Round"), t("组长", "Leader"), t("副组长", "Deputies"), t("成员", "Members")],
                                           rows: state.teams.values.sorted { $0.id < $1.id }.map { team in
                [.text(team.id.rawValue), .text(team.name), .text(state.rounds[team.roundID]?.title ?? team.roundID.rawValue), .text(person(team.leaderID)),
                 .tags(team.deputyIDs.map(person)), .tags(team.memberIDs.map(person))]
            }).html(empty: t("尚无巡察组。", "No team yet."))),
        ]
        var forms = OfficeSteps.forms(["openTerm", "adoptPlan", "planRound", "formTeam", "scheduleInspection"], viewer: viewer, engine: engine, path: path)
        let organizations = choices(state.organizations.values.map { ($0.id, $0.name) })
        let inspectors = choices(state.inspectors.values.map { ($0.id, $0.name) })
        for index in forms.indices {
            let form = forms[index]
            forms[index].options["committeeID"] = organizations
            forms[index].options["targetID"] = organizations
            forms[index].options["leaderID"] = inspectors
            forms[index].options["teamID"] = choices(state.teams.values.map { ($0.id, $0.name) })
            switch form.step.operation {
            case "adoptPlan", "planRound": forms[index].records = (t("届次", "Term"), choices(terms.map { ($0.id, $0.name) }))
            case "formTeam", "scheduleInspection": forms[index].records = (t("轮次", "Round"), choices(rounds.map { ($0.id, $0.title) }))
            default: break
            }
        }
        return OfficePages.Content(sections: sections, forms: forms)
    }
}
