import InspectionKit
import InspectionKitHTTP

/// 巡察干部人才库 — the inspectors with their rank, home organization, expertise, training hours and declared
/// relatives (the facts the recusal check uses), for those who may read the talent pool; the office registers an
/// inspector, records training and declares a relative.
enum InspectorsRegister {
    static let register = OfficePages.Register(path: "/office/inspectors", title: { $0.t("巡察干部", "Inspectors") }) { engine, viewer, path throws(DomainError) in
        let t = viewer.t
        let state = engine.state
        try AccessPolicy.authorizeRead(viewer.actor, .talentPool, state: state, today: engine.today)
        let inspectors = state.inspectors.values.sorted { $0.id < $1.id }
        let table = HTMLTable(columns: [t("编号", "Id"), t("姓名", "Name"), t("职级", "Rank"), t("所在单位", "Home organization"), t("专长", "Expertise"),
                                        t("培训学时", "Training hours"), t("申报亲属", "Relatives declared"), t("账号", "Account")],
                              rows: inspectors.map { inspector in
                                  [.text(inspector.id.rawValue), .text(inspector.name), .text(inspector.rank),
                                   .text(state.organizations[inspector.homeOrganizationID]?.name ?? inspector.homeOrganizationID.rawValue),
                                   .tags(inspector.expertise.map { FieldLabels.word($0.rawValue, viewer.language) }.sorted()),
                                   .number(String(inspector.training.reduce(0) { $0 + $1.hours })), .number(String(inspector.relatives.count)),
                                   .text(inspector.userID?.rawValue ?? "—")]
                              }).html(empty: t("人才库为空。", "The talent pool is empty."))
        var forms = OfficeSteps.forms(["registerInspector", "recordTraining", "declareRelative"], viewer: viewer, engine: engine, path: path)
        let organizations = choices(state.organizations.values.map { ($0.id, $0.name) })
        for index in forms.indices {
            forms[index].options["homeOrganizationID"] = organizations
            forms[index].options["organizationID"] = organizations
            forms[index].options["expertise"] = Expertise.allCases.map { (value: $0.rawValue, label: FieldLabels.word($0.rawValue, viewer.language)) }
            if forms[index].step.takesID { forms[index].records = (t("巡察干部", "Inspector"), choices(inspectors.map { ($0.id, $0.name) })) }
        }
        return OfficePages.Content(sections: [(heading: t("巡察干部人才库", "The talent pool"), html: table)], forms: forms)
    }
}
