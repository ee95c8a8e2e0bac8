import ArgumentParser
import InspectionKit

extension TermCommand {
    /// `inspect term adopt-plan`.
    struct AdoptPlan: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            commandName: "adopt-plan", abstract: "巡察规划 / adopt the term's plan (五年规划) or a year's plan (年度计划) and the organizations it covers.")
        static let intents: [IntentKind] = [.adoptPlan]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The term.") var term: String
        @Option(help: "The plan's title.") var title: String
        @Option(help: "The calendar year of a year's plan; absent for the whole term.") var year: Int?
        @Option(help: "The organizations the plan covers, comma-separated.") var targets: CommaList

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.adoptPlan(termID: TermID(term), scope: year.map { .year($0) } ?? .term, title: title,
                                                               targetIDs: targets.items.map { OrganizationID($0) }))
            }
        }
    }
}
