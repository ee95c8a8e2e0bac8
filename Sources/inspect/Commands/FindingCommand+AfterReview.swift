import ArgumentParser
import InspectionKit

extension FindingCommand {
    /// `inspect finding revise`.
    struct Revise: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "修改退回的底稿 / revise a draft the team meeting returned, with every field of the 问题底稿.")
        static let intents: [IntentKind] = [.reviseFinding]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The finding.") var finding: String
        @OptionGroup var content: FindingContentOptions

        func run() async throws {
            try await CLI.run(options.language) {
                try content.check(options.language)
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.reviseFinding(FindingID(finding), try content.content(options.language, today: session.day)))
            }
        }
    }

    /// `inspect finding handover`.
    struct Handover: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "移交问题 / hand a problem over to the body competent for it, after the report's approval.")
        static let intents: [IntentKind] = [.handOverFinding]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The finding.") var finding: String
        @Option(help: "disciplineCommission, organizationDepartment, or the name of another competent unit.") var to: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.handOverFinding(FindingID(finding), HandoverDestination(commandLine: to)))
            }
        }
    }

    /// `inspect finding disposition`.
    struct Disposition: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "报送移交问题的处置结果 / the receiving body's disposition of a handed-over problem.")
        static let intents: [IntentKind] = [.recordFindingDisposition]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The finding.") var finding: String
        @Option(help: "talkOrInquiryLetter, preliminaryVerification, caseFiled, organizationalHandling or closed.") var kind: String
        @Option(help: "Details.") var note: String
        @Option(help: "Why it is reported after its due day (three months after the hand-over): needed when it is late.") var lateBecause: String?

        func run() async throws {
            try await CLI.run(options.language) {
                let parsed = try DispositionKind.parsing(kind)
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.recordFindingDisposition(FindingID(finding), kind: parsed, note: note, lateBecause: lateBecause))
            }
        }
    }
}
