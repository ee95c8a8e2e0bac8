import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 了解情况 — one inspection's fieldwork for its team and the office: the work records (interviews are confidential
/// reads, audited), the petitions with the petitioner's identity shown only to its registrar and the office head, the
/// finding drafts with the team meeting's review, and the leads (links only: opening one is its own audited read). The
/// forms are those of fieldwork — record work, register a petition or a lead, draft a finding, triage, review — while
/// the team is on site (the office may still record after withdrawal), each the same command as the CLI's.
struct FieldworkPage {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.get("inspections/:id/fieldwork") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let id = InspectionID(try context.parameters.require("id"))
            let path = "/inspections/\(id)/fieldwork"
            return try await workbench.recordPage(viewer.t("了解情况 \(id)", "Fieldwork \(id)"), template: "fieldwork", viewer: viewer, path: path,
                                                  request: request) { engine throws(DomainError) in
                try Self.page(&engine, id, viewer: viewer, path: path)
            }
        }
    }

    static func page(_ engine: inout Engine, _ id: InspectionID, viewer: Viewer, path: String) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let inspection = try engine.inspection(id, as: viewer.actor)
        let drafts = try engine.findings(of: id, as: viewer.actor)
        let state = engine.state
        let today = engine.today
        func organization(_ id: OrganizationID) -> String { state.organizations[id]?.name ?? id.rawValue }
        let records = ((try? engine.workRecords(of: id, as: viewer.actor)) ?? []).map { record -> [String: String] in
            ["id": record.id.rawValue, "day": record.day.iso, "method": record.method.label(language), "organization": organization(record.organizationID),
             "subject": record.subject, "summary": record.summary,
             "files": (record.attachments ?? []).map { #"<a href="/files/\#($0.sha256)">\#(HTML.escape($0.name))</a>"# }.joined(separator: " ")]
        }
        let petitionViews = (try? engine.petitions(of: id, as: viewer.actor)) ?? []
        let petitions = petitionViews.map { view -> [String: Any] in
            let petition = view.petition
            let who = petition.petitioner.map { "\($0.name) \($0.contact)" }
                ?? (view.identityRedacted ? t("身份已隐去", "identity withheld") : t("匿名", "anonymous"))
            let triage: String = switch petition.triage {
            case .finding(let finding): t("作为问题 \(finding)", "as finding \(finding)")
            case .lead: t("已作为线索办理", "taken up as a lead")
            case .forwarded(let to): t("转办 \(to)", "forwarded to \(to)")
            case nil: t("待分办", "awaiting triage")
            }
            var row: [String: Any] = ["id": petition.id.rawValue, "day": petition.receivedOn.iso, "channel": FieldLabels.word(petition.channel.rawValue, language),
                                      "organization": organization(petition.organizationID), "content": petition.content, "petitioner": who, "triage": triage]
            if petition.triage == nil {
                row["forms"] = OfferedSteps.forms(["triagePetition"], id: petition.id.rawValue, viewer: viewer, state: state, today: today, back: path)
                    .map { $0.html(viewer) }.joined()
            }
            return row
        }
        let findings = drafts.map { finding -> [String: Any] in
            var operations: [String] = []
            if finding.review == nil { operations.append("reviewFinding") }
            if finding.review?.decision == .returned { operations.append("reviseFinding") }
            var forms = OfferedSteps.forms(operations, id: finding.id.rawValue, viewer: viewer, state: state, today: today, back: path)
            for index in forms.indices where forms[index].step.operation == "reviseFinding" {
                forms[index] = Self.findingForm(forms[index], inspection: inspection, state: state, language: language)
            }
            return ["id": finding.id.rawValue, "title": finding.content.title, "manifestation": finding.content.manifestation,
                    "severity": finding.content.severity.label(language), "status": FindingPresentation.status(finding, viewer: viewer),
                    "forms": forms.map { $0.html(viewer) }.joined()]
        }
        let leads = ((try? engine.visibleLeadIDs(of: id, as: viewer.actor)) ?? []).map { ["id": $0.rawValue, "href": "/leads/\($0)"] }
        let recording = inspection.stage.isOnSite || (viewer.actor.role == .office && inspection.stage >= .withdrawn && inspection.stage < .archived)
        var forms = recording
            ? OfferedSteps.forms(["recordWork", "registerPetition", "draftFinding", "registerLead"], id: id.rawValue, viewer: viewer, state: state, today: today, back: path)
            : []
        let organizations = inspection.targetSet.map { (value: $0.rawValue, label: organization($0)) }
        let team = state.teams[inspection.teamID]?.everyone.map { (value: $0.rawValue, label: state.inspectors[$0]?.name ?? $0.rawValue) } ?? []
        for index in forms.indices {
            forms[index].options["organizationID"] = organizations
            switch forms[index].step.operation {
            case "recordWork": forms[index].options["participantIDs"] = team
            case "registerLead": forms[index].options["custodianID"] = team
            case "draftFinding": forms[index] = Self.findingForm(forms[index], inspection: inspection, state: state, language: language)
            default: break
            }
        }
        return [
            "back": ["href": "/inspections/\(id)", "label": t("返回巡察档案", "Back to the file")],
            "auditNote": t("谈话记录、信访件和问题线索属保密内容：每次查阅均记入审计日志；信访人身份仅登记人和巡察办主任可见。",
                           "Interviews, petitions and leads are confidential: every read is in the audit trail; a petitioner's identity is seen only by its registrar and the office head."),
            "recordsHeading": t("了解情况记录", "Work records"),
            "recordColumns": [t("编号", "Id"), t("日期", "Day"), t("方式", "Method"), t("党组织", "Organization"), t("对象或事项", "Who or what"), t("情况", "What was learned"),
                              t("附件", "Files")],
            "records": records, "hasRecords": !records.isEmpty, "noRecords": t("尚无记录。", "No records yet."),
            "petitionsHeading": t("信访举报", "Petitions"),
            "petitionColumns": [t("编号", "Id"), t("收到日期", "Received"), t("渠道", "Channel"), t("党组织", "Organization"), t("反映内容", "What it says"),
                                t("信访人", "Petitioner"), t("办理", "Triage")],
            "petitions": petitions, "hasPetitions": !petitions.isEmpty, "noPetitions": t("尚无信访件。", "No petitions yet."),
            "findingsHeading": t("问题底稿", "Finding drafts"),
            "findings": findings, "noFindings": t("尚无问题底稿。", "No drafts yet."),
            "leadsHeading": t("问题线索", "Leads"),
            "leads": leads, "hasLeads": !leads.isEmpty,
            "formsHeading": t("记录", "Record"),
            "forms": forms.map { $0.html(viewer) }.joined(),
            "hasForms": !forms.isEmpty,
        ]
    }

    /// A finding's form with the choices the file knows: the organizations, the team's inspectors, the taxonomy's leaves.
    static func findingForm(_ form: StepForm, inspection: Inspection, state: InspectionState, language: Language) -> StepForm {
        var form = form
        form.options["organizationID"] = inspection.targetSet.map { (value: $0.rawValue, label: state.organizations[$0]?.name ?? $0.rawValue) }
        form.options["foundBy"] = state.teams[inspection.teamID]?.everyone.map { (value: $0.rawValue, label: state.inspectors[$0]?.name ?? $0.rawValue) } ?? []
        form.options["categoryCode"] = state.taxonomy.leaves.map { (value: $0.code, label: "\($0.code) \(language == .chinese ? $0.zh : $0.en)") }
        return form
    }
}

/// How a finding stands, in words: awaiting the team meeting, approved or returned (with the day).
enum FindingPresentation {
    static func status(_ finding: Finding, viewer: Viewer) -> String {
        guard let review = finding.review else { return viewer.t("待组务会审议", "awaiting the team meeting") }
        return review.decision == .approved
            ? viewer.t("组务会 \(review.reviewedOn) 审议通过", "approved by the team meeting on \(review.reviewedOn)")
            : viewer.t("组务会 \(review.reviewedOn) 退回修改：\(review.opinion)", "returned by the team meeting on \(review.reviewedOn): \(review.opinion)")
    }
}
