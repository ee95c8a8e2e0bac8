import ArgumentParser
import InspectionKit

extension OrgCommand {
    /// `inspect org head`.
    struct Head: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "主要负责人变更 / record a new principal head of an organization.")
        static let intents: [IntentKind] = [.changeOrganizationHead]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The organization.") var org: String
        @Option(help: "The head's name.") var name: String
        @Option(help: "The head's account, when the head uses the system.") var user: String?

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.changeOrganizationHead(OrganizationID(org), OrganizationHead(name: name, userID: user.map { UserID($0) })))
            }
        }
    }
}
