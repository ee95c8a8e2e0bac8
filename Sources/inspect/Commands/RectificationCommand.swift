import ArgumentParser
import Foundation
import InspectionKit

/// `inspect rectification list` — the ledger with warning levels.
struct RectificationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rectification", abstract: "整改台账 / the rectification ledger.", subcommands: [Plan.self, Immediate.self, Update.self, LongTerm.self, Evidence.self, SignOff.self, Accept.self, Notice.self, Report.self, List.self])

    /// `inspect rectification list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "整改事项 / every item you may see, open ones with their warning level; --overdue for yellow and red only.")

        @OptionGroup var options: StoreOptions
        @Flag(help: "Only items due soon (yellow) or overdue (red).") var overdue = false
        @Option(help: "Only this inspection's items.") var inspection: String?

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let (items, warnings) = try await session.service.read { engine in
                    (engine.rectificationItems(asOf: session.options.asOf, as: session.actor), engine.itemWarnings(on: session.viewDay, atRiskOnly: false, as: session.actor))
                }
                let state = await session.service.state
                let levels = Dictionary(uniqueKeysWithValues: warnings.map { ($0.item.id, $0) })
                let today = session.viewDay
                let shown = items.filter { item in
                    (inspection == nil || item.inspectionID.rawValue == inspection) && (!overdue || (levels[item.id].map { $0.level != .green } ?? false))
                }
                let rows = shown.map { item -> [String] in
                    let organization: String = state.inspections[item.inspectionID].flatMap { state.organizations[$0.targetID]?.name } ?? ""
                    let daysLeft: String = item.status.isOpen ? String(today.days(until: item.deadline)) : ""
                    let lastNotice: String = item.notices.last.map { "\($0.kind.label(language)) \($0.issuedOn.iso)" } ?? ""
                    return [levels[item.id]?.level.painted(language) ?? "—", item.id.rawValue, organization, item.status.label(language), item.deadline.iso,
                            daysLeft, levels[item.id]?.notify ?? "", lastNotice]
                }
                if overdue {
                    try Printer(format: options.format).rows([session.t("预警", "Level"), session.t("事项", "Item"), session.t("党组织", "Organization"), session.t("状态", "Status"),
                                                              session.t("时限", "Deadline"), session.t("剩余天数", "Days left"), session.t("提醒", "Notify"), session.t("最近督办", "Last notice")], rows,
                                                             json: shown.compactMap { levels[$0.id] })
                    return
                }
                try Printer(format: options.format).rows([session.t("预警", "Level"), session.t("事项", "Item"), session.t("党组织", "Organization"), session.t("状态", "Status"),
                                                          session.t("时限", "Deadline"), session.t("剩余天数", "Days left"), session.t("提醒", "Notify"), session.t("最近督办", "Last notice")], rows, json: shown)
            }
        }
    }

    /// `inspect rectification plan`.
    struct Plan: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "报送整改方案 / submit the plan (the three lists) from CSV.",
            discussion: "Columns: finding,measures,leader,department,deadline (deadline YYYY-MM-DD, empty for the default). Every fed-back finding needs a row.")
        static let intents: [IntentKind] = [.submitRectificationPlan]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Argument(help: "The CSV file of tasks.") var file: String

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                let csv = try CSVImport(url: URL(fileURLWithPath: file), required: ["finding", "measures", "leader", "department"], language: language)
                var rows: [RectificationItemPlan] = []
                var problems: [String] = []
                for row in csv.rows {
                    do throws(CSVImport.FieldError) {
                        var deadline: Day?
                        if let text = row.optional("deadline") {
                            guard let day = Day(iso: text) else {
                                throw CSVImport.FieldError(field: "deadline", message: language == .chinese ? "日期应写作 YYYY-MM-DD" : "dates are written YYYY-MM-DD")
                            }
                            deadline = day
                        }
                        rows.append(RectificationItemPlan(findingID: FindingID(try row.required("finding", language)), measures: try row.required("measures", language),
                                                          responsibleLeader: try row.required("leader", language),
                                                          responsibleDepartment: try row.required("department", language), deadline: deadline))
                    } catch {
                        problems.append(language == .chinese ? "第\(row.line)行：字段“\(error.field)”：\(error.message)" : "line \(row.line): field '\(error.field)': \(error.message)")
                    }
                }
                guard problems.isEmpty else {
                    throw CLIFailure(.invalidInput, (language == .chinese ? "整改方案未报送：\n" : "The plan was not submitted:\n") + problems.joined(separator: "\n"))
                }
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.execute(.submitRectificationPlan(InspectionID(inspection), rows))
                let items = await session.service.state.rectificationItems(of: InspectionID(inspection))
                try Printer(format: options.format).done(session.t("已报送整改方案，共\(items.count)项整改任务。", "Submitted the plan: \(English.count(items.count, "task"))."), json: items)
            }
        }
    }

    /// `inspect rectification update`.
    struct Update: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "整改进展 / move an item to inProgress or rectified, with a note.")
        static let intents: [IntentKind] = [.updateRectification]

        /// The statuses this command sets.
        enum Status: String, ExpressibleByArgument, CaseIterable {
            case inProgress, rectified
        }

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String
        @Option(help: "inProgress or rectified.") var status: Status
        @Option(help: "What was done.") var note: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.updateRectification(RectificationItemID(item), status: status == .inProgress ? .inProgress : .rectified, note: note))
            }
        }
    }

    /// `inspect rectification long-term`.
    struct LongTerm: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(commandName: "long-term", abstract: "长期坚持 / mark an item long-term with its next review date.")
        static let intents: [IntentKind] = [.markLongTerm]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String
        @Option(help: "Next review (YYYY-MM-DD).") var review: Day

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.markLongTerm(RectificationItemID(item), nextReview: review))
            }
        }
    }

    /// `inspect rectification evidence`.
    struct Evidence: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "销号佐证 / attach close-out evidence (TITLE=REFERENCE, repeatable).")
        static let intents: [IntentKind] = [.attachCloseOutEvidence]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String
        @Option(help: "Evidence as TITLE=REFERENCE.") var evidence: [String]

        func run() async throws {
            try await Session.run(options) { session in
                let items = try evidence.map { text throws -> EvidenceItem in
                    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                    guard parts.count == 2 else { throw CLIFailure(.usage, session.t("--evidence 应写作 名称=编号：\(text)", "--evidence takes TITLE=REFERENCE: \(text)")) }
                    return EvidenceItem(title: parts[0], reference: parts[1])
                }
                try await session.executeAndReport(.attachCloseOutEvidence(RectificationItemID(item), items))
            }
        }
    }

    /// `inspect rectification sign-off`.
    struct SignOff: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(commandName: "sign-off", abstract: "签字背书 / the organization head's sign-off of a close-out.")
        static let intents: [IntentKind] = [.signOffCloseOut]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.signOffCloseOut(RectificationItemID(item)))
            }
        }
    }

    /// `inspect rectification accept`.
    struct Accept: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "三方验收 / accept a close-out as office, team leader or organization; the third acceptance closes it.")
        static let intents: [IntentKind] = [.acceptCloseOut]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.execute(.acceptCloseOut(RectificationItemID(item)))
                let status = await session.service.state.rectificationItems[RectificationItemID(item)]?.status
                try Printer(format: options.format).done(status == .verified ? session.t("\(item) 已销号。", "\(item) is closed (verified).")
                                                                             : session.t("已验收 \(item)，待其他各方验收。", "Accepted \(item); waiting for the other parties."),
                                                         json: ["status": status?.rawValue])
            }
        }
    }

    /// `inspect rectification notice`.
    struct Notice: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "督办 / issue the next notice of the ladder (督办通知书 → 提醒书 → 告诫书 → 问责书).")
        static let intents: [IntentKind] = [.issueSupervisionNotice]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The item.") var item: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.execute(.issueSupervisionNotice(RectificationItemID(item)))
                let notice = await session.service.state.rectificationItems[RectificationItemID(item)]?.notices.last
                try Printer(format: options.format).done(session.t("已发出\(notice?.kind.label(.chinese) ?? "")。", "Issued a \(notice?.kind.label(.english) ?? "")."), json: notice)
            }
        }
    }

    /// `inspect rectification report`.
    struct Report: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "报送整改报告 / submit the rectification report.")
        static let intents: [IntentKind] = [.submitRectificationReport]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The report.") var summary: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.submitRectificationReport(InspectionID(inspection), summary: summary))
            }
        }
    }
}
