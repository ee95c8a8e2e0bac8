import Foundation
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
            let coverage = try await session.service.read { engine in try engine.coverage(of: termID, asOf: options.asOf, as: session.actor) }
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

/// `inspect audit` — the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "audit", abstract: "审计日志 / show the trail (for a record) — verify it with `inspect store verify`.",
                                                    subcommands: [Show.self])

    /// `inspect audit show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "显示审计日志 / every event, or those that mention a record.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Only events of this kind (e.g. leadRegistered), by this account, or concerning the record with this identifier — never a search of content.") var record: String?
        @Option(help: "At most this many, newest last.") var last = 50

        func run() async throws {
            try await Session.run(options) { session in
                let trail = Array(try await session.service.auditTrail(as: session.actor, matching: record).suffix(max(0, last)))
                // Summaries only: the trail is read by auditors, who may not see petitioners or the content of leads.
                let entries = trail.map { AuditLine($0, language: session.language) }
                // Both days: when it happened and when it was written down (past work entered later shows the gap).
                let rows = entries.map { e in
                    let recorded = session.service.day(of: e.recordedAt)
                    return [String(e.sequence), (e.occurredOn ?? recorded).iso, recorded.iso, e.actor, e.role.label(session.language), e.summary, e.reason]
                }
                try Printer(format: options.format).rows([session.t("序号", "Seq"), session.t("发生日", "Occurred"), session.t("记录日", "Recorded"),
                                                          session.t("操作人", "Actor"), session.t("角色", "Role"),
                                                          session.t("事件", "Event"), session.t("理由", "Reason")], rows, json: entries)
            }
        }
    }
}

