import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 工作概览 — the office's dashboard: figures, coverage of the term with who is not yet inspected, inspections by
/// stage, findings by round and the common problems as charts, and the items at risk — as of today or a chosen day.
/// For the roles that may read statistics; the others are taken to their inspections.
struct DashboardPage {
    let workbench: Workbench

    /// The roles the dashboard is for (those the access policy lets read statistics).
    static let roles: Set<Role> = [.office, .leadingGroup, .disciplineCommission, .organizationDepartment, .auditor]

    func register(on router: Router<APIContext>) {
        router.get("dashboard") { request, context in
            let viewer = try await workbench.viewer(request, context)
            guard Self.roles.contains(viewer.actor.role) else { return Workbench.redirect("/inspections") }
            let asOf = request.uri.queryParameters.get("asOf").flatMap { Day(iso: $0) }
            let asked = request.uri.queryParameters.get("period").map { String($0) } ?? ""
            return try await workbench.recordPage(viewer.t("工作概览", "Overview"), template: "dashboard", viewer: viewer, path: "/dashboard") { engine throws(DomainError) in
                var data = try Self.figures(&engine, viewer: viewer, asOf: asOf)
                data["periodLabel"] = viewer.t("统计期间（如 2026、2026H1、2026Q3、2026-07）", "Period (such as 2026, 2026H1, 2026Q3, 2026-07)")
                data["period"] = asked
                if !asked.isEmpty {
                    guard let period = ReportingPeriod(named: asked) else {
                        throw DomainError(.invalidInput, zh: "统计期间“\(asked)”无法识别：请写年份（2026）、半年（2026H1）、季度（2026Q3）或月份（2026-07）。",
                                          en: "The period '\(asked)' is not one we read: write a year (2026), a half (2026H1), a quarter (2026Q3) or a month (2026-07).")
                    }
                    data["periodSummary"] = try PeriodFigures.section(&engine, period, viewer: viewer)
                }
                return data
            }
        }
    }

    /// The dashboard's data, read in one view of the record.
    static func figures(_ engine: inout Engine, viewer: Viewer, asOf: Day?) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let actor = viewer.actor
        let state = engine.state
        let day = asOf ?? engine.today
        var data: [String: Any] = ["asOfLabel": t("截至", "As of"), "asOf": day.iso, "show": t("查看", "Show"), "figuresLabel": t("主要数字", "Key figures")]

        let findings = try engine.findingStatistics(FindingQuery(groupBy: [.round]), as: actor)
        let total = findings.rows.reduce(0) { $0 + $1.count }
        let closed = findings.rows.reduce(0) { $0 + $1.closed }
        let leads = try engine.leadDispositions(asOf: asOf, as: actor)
        let warnings = engine.itemWarnings(on: day, as: actor)
        let inspections = engine.inspections(as: actor)
        data["tiles"] = [
            ["value": String(inspections.count), "caption": t("巡察（全部）", "inspections")],
            ["value": String(total), "caption": t("发现问题", "findings")],
            ["value": total == 0 ? "—" : String(format: "%.1f%%", Double(closed) * 100 / Double(total)), "caption": t("整改率", "rectified")],
            ["value": String(warnings.filter { $0.level == .red }.count), "caption": t("红灯事项", "red items")],
            ["value": String(warnings.filter { $0.level == .yellow }.count), "caption": t("黄灯事项", "yellow items")],
            ["value": String(leads.awaiting), "caption": t("线索待处置", "leads awaiting disposition")],
            ["value": String(leads.overdue), "caption": t("处置逾期", "dispositions overdue")],
        ]

        if let term = state.terms.values.sorted(by: { $0.window.start < $1.window.start }).last {
            let coverage = try engine.coverage(of: term.id, asOf: asOf, as: actor)
            let missing = coverage.notYetInspected.filter { state.organizations[$0]?.kind.isGrassRoots == false }.compactMap { state.organizations[$0]?.name }
            data["coverage"] = [
                "heading": t("巡察全覆盖 · \(term.name)", "Coverage of the term · \(term.name)"),
                "summary": t("应覆盖 \(coverage.inScope.count) 个，已巡察 \(coverage.inspected.count) 个，覆盖率 \(String(format: "%.1f%%", coverage.rate * 100))。",
                             "\(coverage.inScope.count) in scope, \(coverage.inspected.count) inspected: \(String(format: "%.1f%%", coverage.rate * 100))."),
                "missingLabel": t("尚未巡察（乡镇及以上）", "Not yet inspected (townships and above)"),
                "missingTags": missing.map { #"<span class="tag">\#(HTML.escape($0))</span>"# }.joined(separator: " "),
                "hasMissing": !missing.isEmpty,
            ] as [String: Any]
        }

        data["stagesHeading"] = t("巡察进度", "Inspections by stage")
        data["stagesChart"] = BarChart(title: t("各环节巡察数", "Inspections by stage"), rows: InspectionStage.allCases.compactMap { stage in
            let count = inspections.filter { $0.stage == stage }.count
            return count == 0 ? nil : (stage.label(language), count)
        }).svg
        data["roundsHeading"] = t("发现问题（按轮次）", "Findings by round")
        data["roundsChart"] = BarChart(title: t("各轮次发现问题数", "Findings by round"), rows: findings.rows.compactMap { row in
            guard let key = row.keys.first else { return nil }
            return (state.rounds[RoundID(key.name)]?.title ?? key.name, row.count)
        }).svg
        let common = try engine.commonProblems(depth: 2, top: 8, as: actor)
        data["commonHeading"] = t("共性问题（按涉及单位数）", "Common problems (by organizations affected)")
        data["commonChart"] = BarChart(title: t("共性问题", "Common problems"), rows: common.rows.compactMap { row in
            guard let code = row.keys.first?.name else { return nil }
            return ("\(code) \(state.taxonomy.node(code)?.label(language) ?? "")", row.distinctOrganizations ?? 0)
        }).svg

        data["warningsHeading"] = t("整改预警（红灯、黄灯）", "Rectification warnings (red, yellow)")
        let columns = [t("预警", "Level"), t("整改事项", "Item"), t("被巡察党组织", "Organization"), t("时限", "Deadline"), t("剩余天数", "Days left"), t("提醒", "Notify")]
        data["warnings"] = HTMLTable(columns: columns, rows: warnings.prefix(20).map { warning in
            let organization = state.inspections[warning.item.inspectionID].flatMap { state.organizations[$0.targetID]?.name } ?? ""
            return [.level("\(warning.level)", label: warning.level.label(language)), .text(warning.item.id.rawValue), .text(organization),
                    .text(warning.item.deadline.iso), .number(String(warning.daysLeft)), .text(warning.notify)]
        }).html(empty: t("没有红灯或黄灯事项。", "No red or yellow items."))
        return data
    }
}
