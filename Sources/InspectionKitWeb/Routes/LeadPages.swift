import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 问题线索 — leads for those who may see them: the custodian, the team leader, the office head and, after hand-over,
/// the receiving body. Every list and every lead opened is a confidential read in the audit trail, and a lead the
/// viewer may not see is refused exactly as one that does not exist. The forms are hand-over (the office, the leading
/// group) and disposition (the receiving body).
struct LeadPages {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.get("leads") { request, context in
            let viewer = try await workbench.viewer(request, context)
            return try await workbench.recordPage(viewer.t("问题线索", "Leads"), template: "leads", viewer: viewer, path: "/leads") { engine throws(DomainError) in
                try Self.list(&engine, viewer: viewer)
            }
        }
        router.get("leads/:id") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let id = LeadID(try context.parameters.require("id"))
            let path = "/leads/\(id)"
            return try await workbench.recordPage(viewer.t("线索 \(id)", "Lead \(id)"), template: "lead", viewer: viewer, path: path, request: request) { engine throws(DomainError) in
                try Self.lead(&engine, id, viewer: viewer, path: path)
            }
        }
    }

    static func auditNote(_ viewer: Viewer) -> String {
        viewer.t("问题线索属保密内容：每次查阅均记入审计日志。", "Leads are confidential: every read is recorded in the audit trail.")
    }

    static func list(_ engine: inout Engine, viewer: Viewer) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let today = engine.today
        let leads = try engine.leads(as: viewer.actor)
        let rows = leads.sorted { $0.id < $1.id }.map { lead -> [String: Any] in
            let overdue = lead.handover.map { $0.dispositionDue < today && lead.disposition == nil } ?? false
            return ["id": lead.id.rawValue, "inspection": lead.inspectionID.rawValue, "subject": lead.subjectName, "post": lead.subjectPost,
                    "handedOver": lead.handover.map { "\($0.destination.label(language)) \($0.day)" } ?? "—",
                    "disposition": lead.disposition.map { $0.kind.label(language) } ?? "—",
                    "overdue": overdue ? t("处置逾期", "overdue") : ""]
        }
        return ["auditNote": auditNote(viewer), "rows": rows, "none": t("没有您可查阅的线索。", "No lead you may see."),
                "columns": [t("编号", "Id"), t("巡察", "Inspection"), t("反映对象", "Subject"), t("职务", "Post"), t("移交", "Handed over"),
                            t("处置", "Disposition"), t("预警", "Level")]]
    }

    static func lead(_ engine: inout Engine, _ id: LeadID, viewer: Viewer, path: String) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let lead = try engine.lead(id, as: viewer.actor)
        let state = engine.state
        var facts: [[String: String]] = [
            ["label": t("巡察", "Inspection"), "value": lead.inspectionID.rawValue],
            ["label": t("反映对象", "Subject"), "value": "\(lead.subjectName)（\(lead.subjectPost)）"],
            ["label": t("所在党组织", "Organization"), "value": state.organizations[lead.organizationID]?.name ?? lead.organizationID.rawValue],
            ["label": t("主要问题", "Summary"), "value": lead.summary],
            ["label": t("专管人员", "Custodian"), "value": state.inspectors[lead.custodianID]?.name ?? lead.custodianID.rawValue],
            ["label": t("登记日期", "Registered"), "value": lead.registeredOn.iso],
        ]
        if let handover = lead.handover {
            facts.append(["label": t("移交", "Handed over"), "value": t("\(handover.day) 移交\(handover.destination.label(language))，应于 \(handover.dispositionDue) 前反馈处置结果",
                                                                  "\(handover.day) to the \(handover.destination.label(language)); disposition due by \(handover.dispositionDue)")])
        }
        if let disposition = lead.disposition {
            facts.append(["label": t("处置结果", "Disposition"), "value": "\(disposition.reportedOn) \(disposition.kind.label(language))：\(disposition.note)"])
        }
        let today = engine.today
        let forms = OfferedSteps.forms(["handOverLead", "recordDisposition"], id: id.rawValue, viewer: viewer, state: state, today: today, back: path)
            .map { $0.html(viewer) }.joined()
        let data: [String: Any] = ["auditNote": auditNote(viewer), "facts": facts, "formsHeading": t("办理", "Steps you may take"), "forms": forms,
                                   "hasForms": !forms.isEmpty]
        return data
    }
}
