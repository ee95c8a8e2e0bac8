import InspectionKit
import InspectionKitSamples

/// 驾驶舱 — the office's dashboard over the sample district: coverage, stages, findings, rectification, warnings, leads.
struct Dashboard {
    let district: SampleDistrict
    let language: Language

    private func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }

    /// The dashboard as the office head sees it (reading leads is audited).
    func render(_ engine: inout Engine) -> String {
        let viewer = district.cast.officeHead
        let state = engine.state
        var out = ""
        guard let term = state.terms.values.sorted(by: { $0.window.start < $1.window.start }).last else { return t("（无数据）\n", "(no data)\n") }
        out += "\(t("青溪区巡察工作驾驶舱", "Qingxi district inspection dashboard")) — \(term.name) — \(t("截至", "as of")) \(engine.today)\n\n"

        // Coverage
        if let coverage = try? engine.coverage(of: term.id, as: viewer) {
            out += "■ \(t("巡察全覆盖", "Term coverage"))\n"
            out += "  \(t("应覆盖", "in scope")) \(coverage.inScope.count)  \(t("已巡察", "inspected")) \(coverage.inspected.count)  "
            out += "\(t("覆盖率", "rate")) \(percent(coverage.rate))  \(t("规划能否实现全覆盖", "plans reach full coverage")): \(coverage.plannedRoundsReachFullCoverage ? t("是", "yes") : t("否", "no"))\n"
            let missing = coverage.notYetInspected.filter { state.organizations[$0]?.kind.isGrassRoots == false }
            if !missing.isEmpty {
                let names = missing.prefix(6).compactMap { state.organizations[$0]?.name }
                out += "  \(t("尚未巡察", "not yet inspected")) (\(coverage.notYetInspected.count)): \(names.joined(separator: "、"))\(missing.count > 6 ? " …" : "")\n"
            }
            out += "\n"
        }

        // Inspections by stage
        let inspections = engine.inspections(as: viewer)
        var stages = TextTable(header: [t("巡察环节", "Stage"), t("数量", "Inspections")])
        for stage in InspectionStage.allCases {
            let count = inspections.filter { $0.stage == stage }.count
            if count > 0 { stages.rows.append([stage.label(language), String(count)]) }
        }
        out += "■ \(t("巡察进度", "Inspections by stage"))\n" + stages.render() + "\n"

        // Findings by round and area, from the statistics index
        let areas = state.taxonomy.children(of: nil)
        var findings = TextTable(header: [t("轮次", "Round")] + areas.map { t("领域", "Area ") + $0.code } + [t("合计", "Total"), t("整改率", "Rectified")])
        let byRound = try? engine.findingStatistics(FindingQuery(groupBy: [.round]), as: viewer)
        let byRoundAndArea = try? engine.findingStatistics(FindingQuery(groupBy: [.round, .category(depth: 0)]), as: viewer)
        for row in byRound?.rows ?? [] {
            guard let roundKey = row.keys.first, let round = state.rounds[RoundID(roundKey.name)], round.termID == term.id else { continue }
            let counts = areas.map { area in
                byRoundAndArea?.rows.first { $0.keys.first?.name == roundKey.name && $0.keys.last?.name == area.code }?.count ?? 0
            }
            findings.rows.append([t("第\(round.number)轮", "Round \(round.number)")] + counts.map(String.init) + [String(row.count), percent(row.rectificationRate)])
        }
        out += "■ \(t("发现问题（经组务会审定，按轮次和领域）", "Approved findings by round and area"))\n" + findings.render()
        for area in areas { out += "  \(t("领域", "Area ") + area.code): \(area.label(language))\n" }
        out += "\n"

        // Common problems: categories by organizations affected
        if let common = try? engine.commonProblems(depth: 2, top: 5, as: viewer), !common.rows.isEmpty {
            var table = TextTable(header: [t("问题类别", "Category"), t("涉及单位", "Organizations"), t("问题数", "Findings")])
            for row in common.rows {
                let code = row.keys.first?.name ?? ""
                table.rows.append(["\(code) \(state.taxonomy.node(code)?.label(language) ?? "")", String(row.distinctOrganizations ?? 0), String(row.count)])
            }
            out += "■ \(t("共性问题（按涉及单位数）", "Common problems (by organizations affected)"))\n" + table.render() + "\n"
        }

        // Rectification
        let items = engine.rectificationItems(as: viewer)
        let closed = items.filter { $0.status == .rectified || $0.status == .verified }.count
        let overdue = items.filter { $0.isOverdue(on: engine.today) }.count
        out += "■ \(t("整改情况", "Rectification"))\n"
        out += "  \(t("整改事项", "items")) \(items.count)  \(t("已销号", "verified")) \(items.filter { $0.status == .verified }.count)  "
        out += "\(t("长期坚持", "long-term")) \(items.filter { $0.status == .longTerm }.count)  \(t("整改率", "rectification rate")) \(percent(ratio(closed, items.count)))  "
        out += "\(t("逾期", "overdue")) \(overdue) (\(percent(ratio(overdue, items.count))))\n\n"

        // Warnings
        let warnings = engine.itemWarnings(as: viewer)
        var table = TextTable(header: [t("预警", "Level"), t("整改事项", "Item"), t("被巡察党组织", "Organization"), t("时限", "Deadline"),
                                       t("剩余天数", "Days left"), t("提醒", "Notify")])
        for warning in warnings.prefix(12) {
            let org = state.inspections[warning.item.inspectionID].flatMap { state.organizations[$0.targetID]?.name } ?? ""
            table.rows.append([warning.level.painted(language), warning.item.id.rawValue, org, warning.item.deadline.iso, String(warning.daysLeft), warning.notify])
        }
        out += "■ \(t("逾期及临期预警", "Overdue and due-soon items")) (\(warnings.count))\n" + (warnings.isEmpty ? "  —\n" : table.render()) + "\n"

        // Leads awaiting disposition (counted, not read: no confidential record is opened)
        if let leads = try? engine.leadDispositions(as: viewer) {
            out += "■ \(t("问题线索", "Leads"))\n"
            out += "  \(t("线索", "leads")) \(leads.registered)  \(t("已移交", "handed over")) \(leads.registered - leads.notHandedOver)  "
            out += "\(t("待反馈处置结果", "awaiting disposition")) \(leads.awaiting)  \(t("超期未反馈", "overdue")) \(leads.overdue)\n"
        }
        return out
    }

    private func percent(_ value: Double) -> String {
        let tenths = Int((value * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }
}
