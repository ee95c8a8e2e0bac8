import ArgumentParser
import Foundation
import InspectionKit

/// `inspect stats` — the office's statistics.
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats", abstract: "统计分析 / findings by any two dimensions, rectification, common problems, profiles, leads, accountability, relapses.",
        subcommands: [Findings.self, Rectification.self, Common.self, Profile.self, Leads.self, Accountability.self, Relapse.self, Summary.self])

    /// Filters shared by the finding statistics.
    struct FilterOptions: ParsableArguments {
        @Option(help: "Only these rounds (comma-separated ids).") var round: CommaList?
        @Option(help: "Only findings in these organizations' subtrees (comma-separated ids).") var org: CommaList?
        @Option(help: "Only these categories' subtrees (comma-separated codes, e.g. 1 or 2.4).") var category: CommaList?
        @Option(help: "Only these teams (comma-separated ids).") var team: CommaList?
        @Option(help: "Only these severities: minor, moderate, serious, grave (comma-separated).") var severity: CommaList?
        @Option(help: "Only these statuses: open, inProgress, rectified, verified, longTerm (comma-separated).") var status: CommaList?
        @OptionGroup var found: PeriodOptions
        @Flag(help: "Only findings overdue today (or on --as-of).") var overdue = false

        func filter(today: Day, _ session: Session) throws -> FindingFilter {
            var filter = FindingFilter()
            filter.rounds = round.map { Set($0.items) }
            filter.organizations = org.map { Set($0.items) }
            filter.categories = category.map { Set($0.items) }
            filter.teams = team.map { Set($0.items) }
            if let severity {
                filter.severities = Set(try severity.items.map { name in
                    guard let value = Severity.allCases.first(where: { "\($0)" == name || $0.label(.chinese) == name }) else {
                        throw CLIFailure(.usage, session.t("--severity：未知的严重程度 \(name)（可用 minor、moderate、serious、grave）。",
                                                           "--severity: unknown severity \(name) (use minor, moderate, serious, grave)."))
                    }
                    return value
                })
            }
            if let status {
                filter.statuses = Set(try status.items.map { name in
                    guard let value = FindingStatus.allCases.first(where: { "\($0)" == name || $0.label(.chinese) == name }) else {
                        throw CLIFailure(.usage, session.t("--status：未知的状态 \(name)（可用 open、inProgress、rectified、verified、longTerm）。",
                                                           "--status: unknown status \(name) (use open, inProgress, rectified, verified, longTerm)."))
                    }
                    return value
                })
            }
            filter.found = try found.days(session)
            if overdue { filter.overdueOn = today }
            return filter
        }
    }

    /// `inspect stats findings`.
    struct Findings: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "问题统计 / counts by up to two dimensions, with any filter and measure.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Group by up to two of: \(DimensionArgument.allValueStrings.joined(separator: ", ")) (repeat the option).") var by: [DimensionArgument] = []
        @Flag(help: "Count overdue findings (as of today, or --as-of).") var withOverdue = false
        @Option(help: "Count distinct organizations at this level of the tree.") var distinctOrgs: Int?
        @Option(help: "Days-to-close percentiles, e.g. 50,90.") var percentiles: CommaList?
        @Option(help: "Order rows by: groups, count, orgs.") var order: String = "groups"
        @Option(help: "At most this many rows.") var limit: Int?

        /// More than two dimensions is a usage error (exit 64), found before the store is opened.
        func validate() throws {
            guard by.count <= 2 else {
                throw ValidationError("--by: group by at most two dimensions (按最多两个维度统计), not \(by.count).")
            }
        }

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let today = session.viewDay
                var measures = FindingMeasures(overdueOn: withOverdue ? today : nil, distinctOrganizationsAtDepth: distinctOrgs)
                for text in percentiles?.items ?? [] {
                    guard let value = Double(text), (0...100).contains(value) else {
                        throw CLIFailure(.usage, session.t("--percentiles：\(text) 不是 0 到 100 之间的数。", "--percentiles: \(text) is not a number from 0 to 100."))
                    }
                    measures.daysToClose.append(try Percentile(perMille: Int((value * 10).rounded())))
                }
                let ordering: FindingOrder
                switch order {
                case "groups": ordering = .groups
                case "count": ordering = .countDescending
                case "orgs": ordering = .distinctOrganizationsDescending
                default: throw CLIFailure(.usage, session.t("--order：可用 groups、count、orgs。", "--order: use groups, count or orgs."))
                }
                let query = FindingQuery(filter: try filters.filter(today: today, session), groupBy: by.map(\.dimension), measures: measures, order: ordering, limit: limit)
                try await StatsCommand.show(query, session)
            }
        }
    }

    /// `inspect stats rectification`.
    struct Rectification: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "整改统计 / rectification rate, overdue and days-to-close per group.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Group by: \(DimensionArgument.allValueStrings.joined(separator: ", ")).") var by = DimensionArgument(argument: "org") ?? DimensionArgument(argument: "round")

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let today = session.viewDay
                let query = FindingQuery(filter: try filters.filter(today: today, session), groupBy: [by?.dimension ?? .round],
                                         measures: FindingMeasures(overdueOn: today, daysToClose: [.median, .p90]))
                try await StatsCommand.show(query, session)
            }
        }
    }

    /// `inspect stats common`.
    struct Common: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "共性问题 / categories by organizations affected, or near-identical texts across organizations.")

        @OptionGroup var options: StoreOptions
        @OptionGroup var filters: FilterOptions
        @Option(help: "Category level (0 areas … 2 leaves).") var depth = 2
        @Option(help: "How many.") var top = 20
        @Flag(help: "Cluster near-identical finding texts instead of counting categories.") var texts = false
        @Option(help: "With --texts: the similarity threshold, 0 to 1.") var threshold = 0.7
        @Option(help: "With --texts: the fewest organizations a cluster must span.") var minOrgs = 2

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let today = session.viewDay
                if texts {
                    let clusters = try await session.service.read { engine in
                        try engine.nearDuplicateFindings(threshold: threshold, minimumOrganizations: minOrgs, as: session.actor)
                    }
                    let state = await session.service.state
                    let rows = clusters.prefix(top).map { cluster in
                        [String(cluster.organizations.count), String(cluster.findings.count),
                         cluster.organizations.map { state.organizations[$0]?.name ?? $0.rawValue }.joined(separator: "、"), cluster.text]
                    }
                    try Printer(format: options.format).rows(session.t(["单位数", "问题数", "单位", "问题表述"], ["Organizations", "Findings", "Where", "Text"]),
                                                             rows, json: Array(clusters.prefix(top)))
                    return
                }
                let filter = try filters.filter(today: today, session)
                let result = try await session.service.read { engine in try engine.commonProblems(depth: depth, top: top, filter: filter, as: session.actor) }
                try await StatsCommand.print(result, session)
            }
        }
    }

    /// `inspect stats profile`.
    struct Profile: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "政治生态画像 / one organization's findings by round and area.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The organization.") var organization: String

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let result = try await session.service.read { engine in try engine.politicalEcologyProfile(of: OrganizationID(organization), as: session.actor) }
                try await StatsCommand.print(result, session)
            }
        }
    }

    /// `inspect stats leads`.
    struct Leads: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "线索处置 / leads by disposition, awaiting and overdue.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let summary = try await session.service.read { engine in try engine.leadDispositions(asOf: session.viewDay, as: session.actor) }
                var rows = [[session.t("登记线索", "Registered"), String(summary.registered)],
                            [session.t("尚未移交", "Not handed over"), String(summary.notHandedOver)],
                            [session.t("待反馈处置", "Awaiting disposition"), String(summary.awaiting)],
                            [session.t("其中逾期", "of which overdue"), String(summary.overdue)]]
                rows += DispositionKind.allCases.map { [$0.label(session.language), String(summary.byDisposition[$0] ?? 0)] }
                try Printer(format: options.format).rows(session.t(["项目", "数量"], ["Item", "Count"]), rows, json: summary)
            }
        }
    }

    /// `inspect stats accountability`.
    struct Accountability: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "问责与建章立制 / accountability by the four forms, rules built.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let summary = try await session.service.read { engine in try engine.accountabilitySummary(as: session.actor) }
                var rows = AccountabilityForm.allCases.map { [session.t("第\($0.rawValue)种形态", "Form \($0.rawValue)"), String(summary.byForm[$0] ?? 0)] }
                rows += [[session.t("新建制度", "Rules created"), String(summary.rulesBuilt[.created] ?? 0)],
                         [session.t("修订制度", "Rules revised"), String(summary.rulesBuilt[.revised] ?? 0)]]
                try Printer(format: options.format).rows(session.t(["项目", "数量"], ["Item", "Count"]), rows, json: summary)
            }
        }
    }

    /// `inspect stats relapse`.
    struct Relapse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "整改反弹 / items checked by follow-ups and how many relapsed.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let summary = try await session.service.read { engine in try engine.relapseSummary(as: session.actor) }
                let rows = [[session.t("回访检查", "Follow-ups"), String(summary.followUps)],
                            [session.t("检查事项", "Items checked"), String(summary.checkedItems)],
                            [session.t("反弹事项", "Items relapsed"), String(summary.relapsedItems)],
                            [session.t("反弹率", "Relapse rate"), StatisticsLabels.percent(summary.rate)]]
                try Printer(format: options.format).rows(session.t(["项目", "数量"], ["Item", "Count"]), rows, json: summary)
            }
        }
    }

    static func show(_ query: FindingQuery, _ session: Session) async throws {
        let result = try await session.service.read { engine in try engine.findingStatistics(query, as: session.actor) }
        try await print(result, session)
    }

    static func print(_ result: FindingQueryResult, _ session: Session) async throws {
        let labels = StatisticsLabels(state: await session.service.state, language: session.language)
        let (header, rows) = labels.table(result)
        try Printer(format: session.options.format).rows(header, rows, json: result)
    }
}
