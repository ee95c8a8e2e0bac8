import InspectionKit

/// 期间统计 — the figures of a reporting period on the overview (a year, a half, a quarter or a month), as the
/// office reports them upward: inspections entered and fed back, organizations inspected, findings, leads registered,
/// handed over and disposed of, items closed and overdue at the period's end, rules built and people held accountable —
/// the same summary as `inspect stats summary`, each figure as of the period's last day.
enum PeriodFigures {
    static func section(_ engine: inout Engine, _ period: ReportingPeriod, viewer: Viewer) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let summary = try engine.periodSummary(period, as: viewer.actor)
        let rows: [(String, Int)] = [
            (t("进驻巡察", "Inspections entered"), summary.inspectionsEntered), (t("巡察党组织", "Organizations inspected"), summary.organizationsInspected),
            (t("完成反馈", "Inspections fed back"), summary.inspectionsFedBack), (t("发现问题", "Findings"), summary.findingCount),
            (t("登记线索", "Leads registered"), summary.leadsRegistered), (t("移交线索", "Leads handed over"), summary.leadsHandedOver),
            (t("线索处置", "Leads disposed of"), summary.leadsDisposedOf), (t("整改销号", "Items closed"), summary.itemsClosed),
            (t("期末逾期事项", "Items overdue at the end"), summary.itemsOverdueAtEnd), (t("建章立制", "Rules built"), summary.rulesBuilt),
            (t("问责人数", "People held accountable"), summary.peopleHeldAccountable),
        ]
        return [
            "heading": t("\(period.label(.chinese))统计（\(period.window)）", "\(period.label(.english).prefix(1).uppercased() + period.label(.english).dropFirst()) (\(period.window))"),
            "table": HTMLTable(columns: [t("项目", "Figure"), t("数量", "Count")], rows: rows.map { [.text($0.0), .number(String($0.1))] }).html(empty: ""),
        ]
    }
}
