import ArgumentParser
import InspectionKit

/// `inspect finding` — finding drafts (问题底稿) and the team meeting.
struct FindingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "finding", abstract: "问题底稿 / draft, review at the team meeting, list.",
                                                    subcommands: [Draft.self, Revise.self, Review.self, Handover.self, Disposition.self, List.self])

    /// `inspect finding draft`.
    struct Draft: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "撰写问题底稿 / write a finding draft with every field of the 问题底稿.")
        static let intents: [IntentKind] = [.draftFinding]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @OptionGroup var finding: FindingContentOptions

        func run() async throws {
            try await CLI.run(options.language) {
                try finding.check(options.language)
                let session = try await Session.open(options)
                defer { session.close() }
                let content = try finding.content(options.language, today: session.day)
                let events = try await session.execute(.draftFinding(InspectionID(inspection), content))
                let finding = session.created(events) { if case .findings(.findingDrafted(let f)) = $0 { f } else { nil } }
                try Printer(format: options.format).done(session.t("已撰写问题底稿 \(finding?.id.rawValue ?? "")（第\(finding?.number ?? 0)号）。",
                                                                   "Drafted finding \(finding?.id.rawValue ?? "") (no. \(finding?.number ?? 0))."), json: finding)
            }
        }
    }

    /// `inspect finding review`.
    struct Review: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "组务会审议 / the team meeting's decision, signed by the leader.")
        static let intents: [IntentKind] = [.reviewFinding]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The finding.") var finding: String
        @Flag(help: "Approve for the report.") var approve = false
        @Flag(name: .customLong("return"), help: "Return for rework.") var returnForRework = false
        @Option(help: "The meeting's opinion.") var opinion: String

        func run() async throws {
            try await CLI.run(options.language) {
                guard approve != returnForRework else {
                    throw CLIFailure(.usage, options.language == .chinese ? "请在 --approve 与 --return 中选择一项。" : "Give exactly one of --approve and --return.")
                }
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.reviewFinding(FindingID(finding), decision: approve ? .approved : .returned, opinion: opinion))
            }
        }
    }

    /// `inspect finding list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "问题清单 / an inspection's findings (inspected organizations see them as fed back).")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let id = InspectionID(inspection)
                let header = [session.t("编号", "Id"), session.t("序号", "No."), session.t("标题", "Title"), session.t("分类", "Category"), session.t("严重程度", "Severity"),
                              session.t("审议", "Review")]
                if session.actor.role == .inspectedOrg {
                    let texts = try await session.service.read { engine in try engine.fedBackFindings(of: id, as: session.actor) }
                    try Printer(format: options.format).rows(header, texts.map { [$0.id.rawValue, String($0.number), $0.title, $0.categoryCode, $0.severity.label(language), ""] }, json: texts)
                    return
                }
                let findings = try await session.service.read { engine in try engine.findings(of: id, as: session.actor) }
                let rows = findings.map { f in
                    [f.id.rawValue, String(f.number), f.content.title, f.content.categoryCode, f.content.severity.label(language),
                     f.review.map { $0.decision == .approved ? session.t("已审定", "approved") : session.t("退回", "returned") } ?? session.t("待审议", "pending")]
                }
                try Printer(format: options.format).rows(header, rows, json: findings)
            }
        }
    }
}
