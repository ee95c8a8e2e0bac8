import ArgumentParser
import InspectionKit

extension StatsCommand {
    /// `inspect stats summary` — the figures an office reports upward for a period.
    struct Summary: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "期间工作情况 / the period's figures as an office reports them upward: inspections, findings by area, leads, rectification, rules, accountability.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var period: PeriodOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                guard let chosen = try period.period(session) else {
                    throw CLIFailure(.usage, session.t("请用 --year、--period 或 --from/--to 指定统计期间。", "Choose the period with --year, --period or --from/--to."))
                }
                let summary = try await session.service.read { engine in try engine.periodSummary(chosen, as: session.actor) }
                let state = await session.service.state
                if options.format == .json {
                    Swift.print(try Printer.json(summary))
                    return
                }
                Swift.print(Self.text(summary, taxonomy: state.taxonomy, language: session.language))
            }
        }

        /// The summary as an office writes it, in `language`.
        static func text(_ s: PeriodSummary, taxonomy: Taxonomy, language: Language) -> String {
            let zh = language == .chinese
            let areas = s.findings.rows.map { row -> String in
                let code = row.keys.first?.name ?? ""
                let name = taxonomy.node(code)?.label(language) ?? code
                return zh ? "\(name)\(row.count)个" : "\(name): \(row.count)"
            }
            let forms: [(AccountabilityForm, String, String)] = [(.first, "第一种形态", "first form"), (.second, "第二种形态", "second form"),
                                                                 (.third, "第三种形态", "third form"), (.fourth, "第四种形态", "fourth form")]
            let byForm = forms.map { form, zhName, enName in zh ? "\(zhName)\(s.accountability[form] ?? 0)人次" : "\(enName) \(s.accountability[form] ?? 0)" }
            let period = s.period.label(language)
            if zh {
                return """
                \(period)巡察工作情况（截至\(s.asOf)）
                一、巡察开展：进驻巡察\(s.inspectionsEntered)个，覆盖党组织\(s.organizationsInspected)个；完成反馈\(s.inspectionsFedBack)个。
                二、发现问题：共发现问题\(s.findingCount)个\(areas.isEmpty ? "" : "，其中" + areas.joined(separator: "、"))。
                三、问题线索：登记\(s.leadsRegistered)条，移交\(s.leadsHandedOver)条，收到处置结果\(s.leadsDisposedOf)条。
                四、整改落实：销号整改事项\(s.itemsClosed)个；截至\(s.asOf)逾期未销号\(s.itemsOverdueAtEnd)个。
                五、建章立制：新建或修订制度\(s.rulesBuilt)项。
                六、问责追责：共问责\(s.peopleHeldAccountable)人次，其中\(byForm.joined(separator: "、"))。
                """
            }
            return """
            Inspection work in \(period) (as of \(s.asOf))
            1. Inspections: \(English.count(s.inspectionsEntered, "team")) entered, covering \(English.count(s.organizationsInspected, "organization")); \(s.inspectionsFedBack) fed back.
            2. Findings: \(English.count(s.findingCount, "finding")) found\(areas.isEmpty ? "" : " — " + areas.joined(separator: "; ")).
            3. Leads: \(s.leadsRegistered) registered, \(s.leadsHandedOver) handed over, \(English.count(s.leadsDisposedOf, "disposition")) received.
            4. Rectification: \(English.count(s.itemsClosed, "item")) closed; \(s.itemsOverdueAtEnd) open past their deadline on \(s.asOf).
            5. Rules built or revised: \(s.rulesBuilt).
            6. Accountability: \(English.count(s.peopleHeldAccountable, "person", plural: "people")) held accountable — \(byForm.joined(separator: ", ")).
            """
        }
    }
}

/// The reporting period of a statistic, on the days things happened: `--year 2025`, `--period 2025H1|2025Q3|2025-07`, or
/// `--from`/`--to`.
struct PeriodOptions: ParsableArguments {
    @Option(help: "In this year, e.g. 2025 (instead of --from/--to).") var year: Int?
    @Option(name: .customLong("period"), help: "In this named period: 2025, 2025H1, 2025H2, 2025Q1…Q4 or 2025-07 (instead of --from/--to).") var named: String?
    @Option(name: .customLong("from"), help: "On or after this day (YYYY-MM-DD).") var from: Day?
    @Option(name: .customLong("to"), help: "On or before this day (YYYY-MM-DD).") var to: Day?

    /// The days chosen, open at one end when only `--from` or only `--to` is given; nil when none is.
    func days(_ session: Session) throws -> ClosedRange<Day>? {
        if (from == nil) != (to == nil), year == nil, named == nil {
            let low = from ?? Day(number: 0)
            let high = to ?? Day(number: 65_534)
            guard low <= high else { throw CLIFailure(.usage, session.t("--from 不能晚于 --to。", "--from cannot come after --to.")) }
            return low...high
        }
        return try period(session).map { $0.window.start...$0.window.end }
    }

    /// The period chosen, nil when none is; a usage error when they conflict or do not parse.
    func period(_ session: Session) throws -> ReportingPeriod? {
        let choices = [year != nil, named != nil, from != nil || to != nil].filter { $0 }.count
        guard choices <= 1 else {
            throw CLIFailure(.usage, session.t("--year、--period 与 --from/--to 只能选一种。", "Choose one of --year, --period and --from/--to."))
        }
        if let year {
            guard let period = ReportingPeriod(named: String(year)) else {
                throw CLIFailure(.usage, session.t("--year：\(year) 不是四位年份。", "--year: \(year) is not a four-digit year."))
            }
            return period
        }
        if let named {
            guard let period = ReportingPeriod(named: named) else {
                throw CLIFailure(.usage, session.t("--period：无法识别“\(named)”（可用 2025、2025H1、2025Q3、2025-07）。",
                                                   "--period: '\(named)' is not a period (use 2025, 2025H1, 2025Q3 or 2025-07)."))
            }
            return period
        }
        guard let from, let to else {
            if from != nil || to != nil {
                throw CLIFailure(.usage, session.t("期间须同时给出 --from 和 --to。", "A period needs both --from and --to."))
            }
            return nil
        }
        guard from <= to else { throw CLIFailure(.usage, session.t("--from 不能晚于 --to。", "--from cannot come after --to.")) }
        return ReportingPeriod(from: from, to: to)
    }
}
