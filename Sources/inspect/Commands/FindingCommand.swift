import ArgumentParser
import InspectionKit

/// `inspect finding` — finding drafts (问题底稿) and the team meeting.
struct FindingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "finding", abstract: "问题底稿 / draft, review at the team meeting, list.",
                                                    subcommands: [Draft.self, Review.self, List.self])

    /// `inspect finding draft`.
    struct Draft: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "撰写问题底稿 / write a finding draft with every field of the 问题底稿.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "问题标题.") var title: String
        @Option(help: "现象描述.") var manifestation: String
        @Option(help: "定性.") var qualification: String
        @Option(help: "定性依据.") var basis: String
        @Option(help: "Evidence as TITLE=REFERENCE (repeatable).") var evidence: [String] = []
        @Option(help: "principal, firstResponsible, mainLeadership, direct, supervisory or dualDuty.") var responsibility: String
        @Option(help: "责任主体.") var party: String
        @Option(help: "The organization the problem is in.") var org: String
        @Option(help: "Leaf category of the taxonomy, e.g. 2.4.3.") var category: String
        @Option(help: "Severity 0 (minor) to 3 (grave).") var severity: Int = 1
        @Flag(help: "A common problem (共性) rather than an individual one.") var common = false
        @Option(help: "The work record it came from.") var fromRecord: String?
        @Option(help: "The petition it came from.") var fromPetition: String?
        @Option(help: "The data comparison it came from.") var fromData: String?
        @Option(help: "Who found it, comma-separated inspectors.") var foundBy: CommaList
        @Option(help: "When it was found (default: today).") var foundOn: Day?
        @Flag(help: "Marked for immediate rectification (立行立改).") var immediate = false

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                guard let responsibilityType = ResponsibilityType(rawValue: responsibility) else {
                    throw CLIFailure(.usage, "--responsibility: " + ResponsibilityType.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard let level = Severity(rawValue: severity) else { throw CLIFailure(.usage, "--severity: 0, 1, 2 or 3") }
                let sources = [fromRecord.map { FindingSource.workRecord(WorkRecordID($0)) }, fromPetition.map { FindingSource.petition(PetitionID($0)) },
                               fromData.map { FindingSource.dataComparison($0) }].compactMap { $0 }
                guard sources.count == 1, let source = sources.first else {
                    throw CLIFailure(.usage, language == .chinese ? "请在 --from-record、--from-petition、--from-data 中选择一项问题来源。" : "Give exactly one source: --from-record, --from-petition or --from-data.")
                }
                let items = try evidence.map { text throws -> EvidenceItem in
                    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw CLIFailure(.usage, language == .chinese ? "--evidence 应写作 名称=编号：\(text)" : "--evidence takes TITLE=REFERENCE: \(text)") }
                    return EvidenceItem(title: parts[0], reference: parts[1])
                }
                let session = try await Session.open(options)
                defer { session.close() }
                let today = await session.service.today
                let content = FindingContent(title: title, manifestation: manifestation, qualification: qualification, basis: basis, evidence: items,
                                             responsibilityType: responsibilityType, responsibleParty: party, organizationID: OrganizationID(org), categoryCode: category,
                                             severity: level, scope: common ? .common : .individual, source: source, foundBy: foundBy.items.map { InspectorID($0) },
                                             foundOn: foundOn ?? today, immediateRectification: immediate)
                let events = try await session.execute(.draftFinding(InspectionID(inspection), content))
                let finding = session.created(events) { if case .findingDrafted(let f) = $0 { f } else { nil } }
                try Printer(format: options.format).done(session.t("已撰写问题底稿 \(finding?.id.rawValue ?? "")（第\(finding?.number ?? 0)号）。",
                                                                   "Drafted finding \(finding?.id.rawValue ?? "") (no. \(finding?.number ?? 0))."), json: finding)
            }
        }
    }

    /// `inspect finding review`.
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "组务会审议 / the team meeting's decision, signed by the leader.")

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
                try await session.execute(.reviewFinding(FindingID(finding), decision: approve ? .approved : .returned, opinion: opinion))
                try Printer(format: options.format).done(approve ? session.t("组务会已审定 \(finding)。", "The team meeting approved \(finding).")
                                                                 : session.t("已退回 \(finding) 修改。", "Returned \(finding) for rework."), json: ["finding": finding])
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
