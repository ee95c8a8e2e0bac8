import ArgumentParser
import InspectionKit

extension TeamCommand {
    /// `inspect team override-rotation`.
    struct OverrideRotation: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            commandName: "override-rotation", abstract: "三个不固定例外 / let a leader lead a team to the same organization again within a term, with the office's reason.")
        static let intents: [IntentKind] = [.overrideRotation]

        @OptionGroup var options: StoreOptions
        @Option(help: "The term.") var term: String
        @Option(help: "The team leader (an inspector).") var leader: String
        @Option(help: "The organization.") var org: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.overrideRotation(termID: TermID(term), leaderID: InspectorID(leader), organizationID: OrganizationID(org)))
            }
        }
    }
}
