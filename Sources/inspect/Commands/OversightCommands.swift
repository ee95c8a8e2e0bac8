import ArgumentParser
import InspectionKit

/// `inspect coverage` — 巡察全覆盖 of a term.
struct CoverageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "coverage", abstract: "巡察全覆盖 / who in scope is inspected this term, and who is still missing.")

    @OptionGroup var options: StoreOptions
    @Option(help: "The term (default: the latest).") var term: String?

    func run() async throws {
        try await Session.run(options, readOnly: true) { session in
            let state = await session.service.state
            guard let termID = term.map({ TermID($0) }) ?? state.terms.values.max(by: { $0.window.start < $1.window.start })?.id else {
                throw CLIFailure(.usage, session.t("尚未开启任何一届。", "No term has been opened."))
            }
            let coverage = try await session.service.read { engine in try engine.coverage(of: termID, as: session.actor) }
            let rows = coverage.notYetInspected.map { id in
                [id.rawValue, state.organizations[id]?.name ?? "", coverage.unplanned.contains(id) ? session.t("未列入计划", "not planned") : session.t("已列入计划", "planned")]
            }
            if options.format == .table {
                print(session.t("应覆盖 \(coverage.inScope.count)，已巡察 \(coverage.inspected.count)，覆盖率 \(Int((coverage.rate * 100).rounded()))%。尚未巡察：",
                                "In scope \(coverage.inScope.count), inspected \(coverage.inspected.count), coverage \(Int((coverage.rate * 100).rounded()))%. Not yet inspected:"))
            }
            try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("名称", "Name"), session.t("计划", "Plan")], rows, json: coverage)
        }
    }
}

/// `inspect rectification list` — the ledger with warning levels.
struct RectificationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rectification", abstract: "整改台账 / the rectification ledger.", subcommands: [List.self])

    /// `inspect rectification list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "整改事项 / items with their warning levels; --overdue for yellow and red only.")

        @OptionGroup var options: StoreOptions
        @Flag(help: "Only items due soon (yellow) or overdue (red).") var overdue = false
        @Option(help: "Only this inspection's items.") var inspection: String?

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let warnings = try await session.service.read { engine in
                    engine.itemWarnings(atRiskOnly: overdue, as: session.actor).filter { inspection == nil || $0.item.inspectionID.rawValue == inspection }
                }
                let state = await session.service.state
                let rows = warnings.map { w in
                    [w.level.label(language), w.item.id.rawValue, state.inspections[w.item.inspectionID].flatMap { state.organizations[$0.targetID]?.name } ?? "",
                     w.item.status.label(language), w.item.deadline.iso, String(w.daysLeft), w.notify]
                }
                try Printer(format: options.format).rows([session.t("预警", "Level"), session.t("事项", "Item"), session.t("党组织", "Organization"), session.t("状态", "Status"),
                                                          session.t("时限", "Deadline"), session.t("剩余天数", "Days left"), session.t("提醒", "Notify")], rows, json: warnings)
            }
        }
    }
}

/// `inspect audit` — the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "审计日志 / show the trail (for a record) — verify it with `inspect store verify`.",
                                                    subcommands: [Show.self])

    /// `inspect audit show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "显示审计日志 / every event, or those that mention a record.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Only events that mention this identifier.") var record: String?
        @Option(help: "At most this many, newest last.") var last = 50

        func run() async throws {
            try await Session.run(options) { session in
                var trail = try await session.service.auditTrail(as: session.actor)
                if let record { trail = trail.filter { "\($0.event)".contains(record) } }
                trail = Array(trail.suffix(max(0, last)))
                let rows = trail.map { e in
                    [String(e.sequence), Day(date: e.recordedAt, utcOffsetSeconds: 8 * 3_600).iso, e.actor.rawValue, e.role.label(session.options.language),
                     String(String(describing: e.event).prefix(90)), e.reason]
                }
                try Printer(format: options.format).rows([session.t("序号", "Seq"), session.t("日期", "Day"), session.t("操作人", "Actor"), session.t("角色", "Role"),
                                                          session.t("事件", "Event"), session.t("理由", "Reason")], rows, json: trail)
            }
        }
    }
}
