import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 巡察 — the inspections a viewer may see, filtered by stage, and one inspection's file: its stage, window, timeline
/// (the day each step happened and, for past work, the day it was entered) and its rectification items with their
/// warning colours. A file the viewer may not see answers with the refusal page naming the rule.
struct InspectionPages {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.get("inspections") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let asked: String? = request.uri.queryParameters.get("stage").map { String($0) }
            let chosen = InspectionStage.allCases.first { "\($0)" == asked }
            let (inspections, state) = try await workbench.service.read { engine in (engine.inspections(as: viewer.actor), engine.state) }
            let t = viewer.t
            let language = viewer.language
            let rows = inspections.filter { chosen == nil || $0.stage == chosen }.sorted { $0.id < $1.id }.map { inspection -> [String: Any] in
                ["id": inspection.id.rawValue, "target": state.organizations[inspection.targetID]?.name ?? inspection.targetID.rawValue,
                 "round": state.rounds[inspection.roundID]?.title ?? inspection.roundID.rawValue, "stage": inspection.stage.label(language),
                 "window": inspection.authorization?.window.description ?? "—"]
            }
            let data: [String: Any] = [
                "stageLabel": t("环节", "Stage"), "allStages": t("全部环节", "All stages"), "filter": t("筛选", "Filter"),
                "stages": InspectionStage.allCases.map { ["value": "\($0)", "label": $0.label(language), "selected": $0 == chosen] as [String: Any] },
                "columns": [t("编号", "Id"), t("被巡察党组织", "Organization"), t("轮次", "Round"), t("环节", "Stage"), t("授权期限", "Window")],
                "rows": rows, "none": t("没有可查看的巡察。", "No inspection you may see."),
            ]
            return workbench.page(t("巡察", "Inspections"), template: "inspections", data: data, viewer: viewer, language: language, path: "/inspections")
        }
        router.get("inspections/:id") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let id = InspectionID(try context.parameters.require("id"))
            let path = "/inspections/\(id)"
            return try await workbench.recordPage(viewer.t("巡察 \(id)", "Inspection \(id)"), template: "inspection", viewer: viewer, path: path,
                                                  request: request) { engine throws(DomainError) in
                try Self.file(&engine, id, viewer: viewer, path: path)
            }
        }
    }

    /// One inspection's file, if the viewer may see it.
    static func file(_ engine: inout Engine, _ id: InspectionID, viewer: Viewer, path: String) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let inspection = try engine.inspection(id, as: viewer.actor)
        let state = engine.state
        let offset = engine.settings.utcOffsetSeconds
        let timeline = inspection.transitions.map { transition -> [String: Any] in
            let recorded = Day(date: transition.at, utcOffsetSeconds: offset)
            let day = transition.on ?? recorded
            return ["day": day.iso, "entered": day == recorded ? "" : recorded.iso,
                    "step": transition.from.label(language) + " → " + transition.to.label(language),
                    "by": state.users[transition.actor]?.name ?? transition.actor.rawValue, "why": transition.reason]
        }
        let today = engine.today
        let yellow = engine.settings.yellowWarningDays
        let items = engine.rectificationItems(of: id, as: viewer.actor).map { item -> [String: Any] in
            let level = item.warning(on: today, yellowDays: yellow)
            return ["id": item.id.rawValue, "measures": item.measures, "status": item.status.label(language), "deadline": item.deadline.iso,
                    "level": item.status.isOpen ? "\(level)" : "", "levelLabel": item.status.isOpen ? level.label(language) : "—"]
        }
        let forms = InspectionSteps.forms(&engine, inspection, viewer: viewer, path: path)
        let findings = Self.findings(&engine, inspection, viewer: viewer)
        let seesFieldwork = inspection.stage >= .stationed && AccessPolicy.canRead(viewer.actor, .findingDrafts(id), state: state, today: today)
        return [
            "fieldwork": seesFieldwork ? ["href": "/inspections/\(id)/fieldwork", "label": t("了解情况、信访与问题底稿", "Fieldwork, petitions and finding drafts")] : false,
            "findingsHeading": t("问题", "Findings"),
            "findingColumns": [t("编号", "Id"), t("问题", "Finding"), t("严重程度", "Severity"), t("状态", "Status")],
            "findings": findings,
            "hasFindings": !findings.isEmpty,
            "formsHeading": t("下一步", "Next steps"),
            "forms": forms,
            "hasForms": !forms.isEmpty,
            "target": state.organizations[inspection.targetID]?.name ?? inspection.targetID.rawValue,
            "round": state.rounds[inspection.roundID]?.title ?? inspection.roundID.rawValue,
            "stage": inspection.stage.label(language),
            "windowLabel": t("授权期限", "Window"),
            "window": inspection.authorization?.window.description as Any,
            "timelineHeading": t("时间线", "Timeline"),
            "columns": [t("日期", "Day"), t("补录于", "Entered"), t("环节", "Step"), t("操作人", "By"), t("理由", "Why")],
            "timeline": timeline,
            "itemsHeading": t("整改事项", "Rectification items"),
            "itemColumns": [t("事项", "Item"), t("整改措施", "Measures"), t("状态", "Status"), t("时限", "Deadline"), t("预警", "Level")],
            "items": items,
            "hasItems": !items.isEmpty,
        ]
    }

    /// The findings the viewer may see: the drafts in full for those who may read them, else what was fed back.
    static func findings(_ engine: inout Engine, _ inspection: Inspection, viewer: Viewer) -> [[String: String]] {
        let language = viewer.language
        if let drafts = try? engine.findings(of: inspection.id, as: viewer.actor) {
            return drafts.map { finding in
                ["id": finding.id.rawValue, "title": finding.content.title, "severity": finding.content.severity.label(language),
                 "status": FindingPresentation.status(finding, viewer: viewer)]
            }
        }
        let fedBack = (try? engine.fedBackFindings(of: inspection.id, as: viewer.actor)) ?? []
        return fedBack.map { ["id": $0.id.rawValue, "title": $0.title, "severity": $0.severity.label(language), "status": viewer.t("已反馈", "fed back")] }
    }
}
