import ArgumentParser
import InspectionKit

extension RectificationCommand {
    /// `inspect rectification immediate`.
    struct Immediate: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "立行立改 / open an item for immediate rectification during fieldwork, before the plan.")
        static let intents: [IntentKind] = [.startImmediateRectification]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The finding marked for immediate rectification.") var finding: String
        @Option(help: "整改措施.") var measures: String
        @Option(help: "责任领导.") var leader: String
        @Option(help: "责任部门.") var department: String
        @Option(help: "整改时限 YYYY-MM-DD (default: the rule's).") var deadline: Day?

        func run() async throws {
            try await Session.run(options) { session in
                let plan = RectificationItemPlan(findingID: FindingID(finding), measures: measures, responsibleLeader: leader,
                                                 responsibleDepartment: department, deadline: deadline)
                try await session.executeAndReport(.startImmediateRectification(FindingID(finding), plan))
            }
        }
    }
}
