import ArgumentParser
import InspectionKit

/// `inspect accountability` — 问责 by the four forms.
struct AccountabilityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accountability", abstract: "问责 / record an outcome by the four forms.", subcommands: [Record.self])

    /// `inspect accountability record`.
    struct Record: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录问责结果 / record who was held accountable, by which form.")
        static let intents: [IntentKind] = [.recordAccountability]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The person.") var person: String
        @Option(help: "The form of the four forms (四种形态): first, second, third or fourth.") var form: AccountabilityForm
        @Option(help: "The measure, e.g. 诫勉谈话.") var measure: String
        @Option(help: "The finding concerned.") var finding: String?
        @Option(help: "The lead concerned.") var lead: String?

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.recordAccountability(AccountabilityFiling(inspectionID: InspectionID(inspection), findingID: finding.map { FindingID($0) },
                                                                                     leadID: lead.map { LeadID($0) }, personName: person, form: form, measure: measure)))
            }
        }
    }
}

/// `inspect rule-change` — 建章立制.
struct RuleChangeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rule-change", abstract: "建章立制 / record a regulation created or revised.", subcommands: [Record.self])

    /// `inspect rule-change record`.
    struct Record: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录制度 / a regulation created or revised in answer to findings.")
        static let intents: [IntentKind] = [.recordRuleChange]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The regulation's title.") var title: String
        @Flag(help: "A revision of an existing regulation (default: a new one).") var revised = false
        @Option(help: "The findings it answers, comma-separated.") var findings: CommaList?

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.recordRuleChange(InspectionID(inspection), findingIDs: (findings?.items ?? []).map { FindingID($0) }, title: title,
                                                            kind: revised ? .revised : .created))
            }
        }
    }
}

/// `inspect disclosure` — 公开, and the leading group's consent to withhold.
struct DisclosureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "disclosure", abstract: "公开 / consent to withhold, record the disclosure.", subcommands: [Consent.self, Record.self])

    /// `inspect disclosure consent`.
    struct Consent: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "同意不予公开 / the leading group's consent, with grounds and reason.")
        static let intents: [IntentKind] = [.consentToWithholding]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "Grounds, comma-separated: \(WithholdingGround.allCases.map(\.rawValue).joined(separator: ",")).") var grounds: CommaList

        func run() async throws {
            try await Session.run(options) { session in
                let parsed = try WithholdingGround.parse(grounds, session)
                try await session.executeAndReport(.consentToWithholding(InspectionID(inspection), grounds: parsed))
            }
        }
    }

    /// `inspect disclosure record`.
    struct Record: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录公开 / internal circular and public version (date and channel), or grounds withheld.")
        static let intents: [IntentKind] = [.recordDisclosure]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "Day of the internal circular.") var internalCircular: Day?
        @Option(help: "Day of public disclosure.") var publicOn: Day?
        @Option(help: "Where it was published.") var channel: String?
        @Option(help: "Grounds withheld (with the leading group's consent), comma-separated.") var withheld: CommaList?

        func run() async throws {
            try await Session.run(options) { session in
                let grounds = try withheld.map { try WithholdingGround.parse($0, session) } ?? []
                try await session.executeAndReport(.recordDisclosure(InspectionID(inspection), DisclosureFiling(internalCircularOn: internalCircular, publicOn: publicOn,
                                                                                                      publicChannel: channel, withheld: grounds)))
            }
        }
    }
}

extension WithholdingGround {
    static func parse(_ list: CommaList, _ session: Session) throws -> Set<WithholdingGround> {
        Set(try list.items.map { text in
            guard let ground = WithholdingGround(rawValue: text) else {
                throw CLIFailure(.usage, session.t("不予公开情形“\(text)”无效，可选：", "Unknown ground '\(text)'; choose from: ") + allCases.map(\.rawValue).joined(separator: ", "))
            }
            return ground
        })
    }
}

/// `inspect evaluation` — 整改评估 of the four checks.
struct EvaluationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "evaluation", abstract: "整改评估 / score the four checks and grade the organization.", subcommands: [Record.self])

    /// `inspect evaluation record`.
    struct Record: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录评估 / scores 0–25 for each of the four checks (四个到位).")
        static let intents: [IntentKind] = [.recordEvaluation]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "整改主体责任到位.") var responsibility: Int
        @Option(help: "问题整改到位.") var rectified: Int
        @Option(help: "建章立制到位.") var rules: Int
        @Option(help: "人员问责到位.") var accountability: Int
        @Option(help: "Remarks.") var remarks = ""

        func run() async throws {
            try await Session.run(options) { session in
                let scores = FourChecks(responsibility: responsibility, problemsRectified: rectified, rulesBuilt: rules, accountability: accountability)
                try await session.execute(.recordEvaluation(InspectionID(inspection), scores: scores, remarks: remarks))
                let grade = EvaluationGrade(total: scores.total)
                try Printer(format: options.format).done(session.t("评估得分 \(scores.total)，等次：\(grade.label(.chinese))。", "Scored \(scores.total): \(grade.label(.english))."),
                                                         json: ["total": scores.total])
            }
        }
    }
}

/// `inspect follow-up` — 回头看.
struct FollowUpCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "follow-up", abstract: "回头看 / record a follow-up; relapsed items reopen.", subcommands: [Record.self])

    /// `inspect follow-up record`.
    struct Record: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录回头看 / items that relapsed and items that held, with the satisfaction survey.")
        static let intents: [IntentKind] = [.recordFollowUp]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "Items that relapsed, comma-separated.") var relapsed: CommaList?
        @Option(help: "Items that held, comma-separated.") var held: CommaList?
        @Option(help: "Share satisfied, 0–100.") var satisfaction: Int
        @Option(help: "Remarks.") var remarks = ""

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.recordFollowUp(InspectionID(inspection), relapsed: (relapsed?.items ?? []).map { RectificationItemID($0) },
                                                          held: (held?.items ?? []).map { RectificationItemID($0) }, satisfactionPercent: satisfaction, remarks: remarks))
            }
        }
    }
}
