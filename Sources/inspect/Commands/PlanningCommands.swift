import ArgumentParser
import InspectionKit

/// `inspect term` — a committee's term (届).
struct TermCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "term", abstract: "届 / open terms, adopt plans, list terms.", subcommands: [Open.self, AdoptPlan.self, List.self])

    /// `inspect term open`.
    struct Open: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "开启一届 / open a committee's term.")
        static let intents: [IntentKind] = [.openTerm]

        @OptionGroup var options: StoreOptions
        @Option(help: "Its name, e.g. 第十三届区委.") var name: String
        @Option(help: "The committee.") var committee: String
        @Option(help: "First day (YYYY-MM-DD).") var from: Day
        @Option(help: "Last day (YYYY-MM-DD).") var to: Day

        func run() async throws {
            try await Session.run(options) { session in
                let events = try await session.execute(.openTerm(name: name, committeeID: OrganizationID(committee), window: DayWindow(start: from, end: to)))
                let term = session.created(events) { if case .planning(.termOpened(let t)) = $0 { t } else { nil } }
                try Printer(format: options.format).done(session.t("已开启 \(term?.id.rawValue ?? "")：\(name)", "Opened term \(term?.id.rawValue ?? ""): \(name)"), json: term)
            }
        }
    }

    /// `inspect term list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出届 / list terms.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let state = await session.service.state
                try AccessPolicy.authorizeRead(session.actor, .planning, state: state, today: session.service.today)
                let terms = state.terms.values.sorted { $0.window.start < $1.window.start }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("名称", "Name"), session.t("党委", "Committee"), session.t("起止", "Window")],
                                                         terms.map { [$0.id.rawValue, $0.name, $0.committeeID.rawValue, $0.window.description] }, json: terms)
            }
        }
    }
}

/// `inspect round` — rounds of inspections (轮次).
struct RoundCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "round", abstract: "轮次 / plan and list rounds.", subcommands: [Plan.self, List.self])

    /// `inspect round plan`.
    struct Plan: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "安排轮次 / plan a round.")
        static let intents: [IntentKind] = [.planRound]

        @OptionGroup var options: StoreOptions
        @Option(help: "The term.") var term: String
        @Option(help: "Its number in the term.") var number: Int
        @Option(help: "regular, specialTopic, mobile, elevated, cross or followUp.") var kind: RoundKind = .regular
        @Option(help: "Its title.") var title: String
        @Option(help: "First day (YYYY-MM-DD).") var from: Day
        @Option(help: "Last day (YYYY-MM-DD).") var to: Day

        func run() async throws {
            try await Session.run(options) { session in
                let events = try await session.execute(.planRound(termID: TermID(term), number: number, kind: kind, title: title, window: DayWindow(start: from, end: to)))
                let round = session.created(events) { if case .planning(.roundPlanned(let r)) = $0 { r } else { nil } }
                try Printer(format: options.format).done(session.t("已安排 \(round?.id.rawValue ?? "")：\(title)", "Planned round \(round?.id.rawValue ?? ""): \(title)"), json: round)
            }
        }
    }

    /// `inspect round list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出轮次 / list rounds.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let state = await session.service.state
                try AccessPolicy.authorizeRead(session.actor, .planning, state: state, today: session.service.today)
                let rounds = state.rounds.values.sorted { ($0.termID, $0.number) < ($1.termID, $1.number) }
                let rows = rounds.map { round in
                    [round.id.rawValue, round.termID.rawValue, String(round.number), round.kind.label(language), round.title, round.window.description,
                     String(state.inspections.values.filter { $0.roundID == round.id }.count)]
                }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("届", "Term"), session.t("序号", "No."), session.t("方式", "Kind"),
                                                          session.t("名称", "Title"), session.t("时间", "Window"), session.t("巡察数", "Inspections")], rows, json: rounds)
            }
        }
    }
}
