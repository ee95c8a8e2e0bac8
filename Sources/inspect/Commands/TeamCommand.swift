import ArgumentParser
import InspectionKit

/// `inspect team` — teams (巡察组) and their recusal check.
struct TeamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "team", abstract: "巡察组 / form and change teams.", subcommands: [Form.self, Change.self, OverrideRotation.self])

    /// `inspect team form`.
    struct Form: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "组建巡察组 / form a team for a round.")
        static let intents: [IntentKind] = [.formTeam]

        @OptionGroup var options: StoreOptions
        @Option(help: "The round.") var round: String
        @Option(help: "The team's name, e.g. 区委第一巡察组.") var name: String
        @Option(help: "组长.") var leader: String
        @Option(help: "副组长, comma-separated.") var deputies: CommaList
        @Option(help: "组员, comma-separated.") var members: CommaList

        func run() async throws {
            try await Session.run(options) { session in
                let composition = TeamComposition(leaderID: InspectorID(leader), deputyIDs: deputies.items.map { InspectorID($0) }, memberIDs: members.items.map { InspectorID($0) })
                let events = try await session.execute(.formTeam(roundID: RoundID(round), name: name, composition: composition))
                let team = session.created(events) { if case .teams(.teamFormed(let t)) = $0 { t } else { nil } }
                try Printer(format: options.format).done(session.t("已组建 \(team?.id.rawValue ?? "")：\(name)", "Formed team \(team?.id.rawValue ?? ""): \(name)"), json: team)
            }
        }
    }

    /// `inspect team change`.
    struct Change: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "调整巡察组人员 / change a team's people before authorization (to resolve a recusal conflict).")
        static let intents: [IntentKind] = [.changeTeam]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The team.") var team: String
        @Option(help: "组长.") var leader: String
        @Option(help: "副组长, comma-separated.") var deputies: CommaList
        @Option(help: "组员, comma-separated.") var members: CommaList

        func run() async throws {
            try await Session.run(options) { session in
                let composition = TeamComposition(leaderID: InspectorID(leader), deputyIDs: deputies.items.map { InspectorID($0) }, memberIDs: members.items.map { InspectorID($0) })
                try await session.executeAndReport(.changeTeam(TeamID(team), composition))
            }
        }
    }
}
