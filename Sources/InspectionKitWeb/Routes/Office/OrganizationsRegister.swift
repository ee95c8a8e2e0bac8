import InspectionKit
import InspectionKitHTTP

/// 党组织 — the organizations under the committee as a tree (each with its kind, region, principal head and whether it
/// is in the term's scope), as far as the viewer may see them; the office registers one, records a new head or renames.
enum OrganizationsRegister {
    static let register = OfficePages.Register(path: "/office/organizations", title: { $0.t("党组织", "Organizations") }) { engine, viewer, path throws(DomainError) in
        let t = viewer.t
        let language = viewer.language
        let state = engine.state
        let tree = state.tree
        let visible = state.organizations.values.filter { AccessPolicy.canRead(viewer.actor, .organization($0.id), state: state, today: engine.today) }
        guard !visible.isEmpty else {
            throw DomainError(.accessRole, zh: "您无权查阅党组织名录。", en: "You may not read the register of organizations.")
        }
        // Depth first from the top, children by id: each organization under its parent.
        let shown = Set(visible.map(\.id))
        var ordered: [(organization: Organization, depth: Int)] = []
        func visit(_ id: OrganizationID, _ depth: Int) {
            if let organization = state.organizations[id], shown.contains(id) { ordered.append((organization, depth)) }
            for child in tree.children(of: id).sorted() { visit(child, depth + 1) }
        }
        for root in visible.filter({ $0.parentID.map { !shown.contains($0) } ?? true }).map(\.id).sorted() { visit(root, 0) }
        let table = HTMLTable(columns: [t("编号", "Id"), t("名称", "Name"), t("类型", "Kind"), t("区域", "Region"), t("主要负责人", "Head"), t("纳入巡察", "In scope")],
                              rows: ordered.map { organization, depth in
                                  [.text(organization.id.rawValue), .text(String(repeating: "　", count: depth) + organization.name),
                                   .text(organization.kind.label(language)), .text(organization.region),
                                   .text(organization.head.map { $0.name + ($0.userID.map { "（\($0)）" } ?? "") } ?? "—"),
                                   .text(organization.inScope ? t("是", "yes") : t("否", "no"))]
                              }).html(empty: t("没有党组织。", "No organizations."))
        var forms = OfficeSteps.forms(["registerOrganization", "changeOrganizationHead", "renameOrganization"], viewer: viewer, engine: engine, path: path)
        let all = choices(ordered.map { ($0.organization.id, $0.organization.name) })
        for index in forms.indices {
            switch forms[index].step.operation {
            case "registerOrganization": forms[index].options["parentID"] = all
            default: forms[index].records = (t("党组织", "Organization"), all)
            }
        }
        return OfficePages.Content(sections: [(heading: t("党组织名录", "Register of organizations"), html: table)], forms: forms)
    }
}
