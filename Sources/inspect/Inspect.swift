import Foundation
import ArgumentParser
import InspectionKit
import InspectionKitJSON

/// `inspect` — the command line of InspectionKit.
@main
struct Inspect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "InspectionKit：巡察工作记录系统 / the system of record for inspection work.",
        discussion: """
        Every command works on a store (--store DIR or $INSPECT_STORE) as an account (--as ACCOUNT or $INSPECT_AS); \
        the access policy applies as in every frontend and a refusal names its rule. --lang zh|en, --format table|json|csv.

        Exit codes: \(ExitStatus.allCases.map { "\($0.rawValue) \($0.meaning)" }.joined(separator: "; ")).
        """,
        version: InspectionKitRelease.version,
        subcommands: [DemoCommand.self, StoreCommand.self, UserCommand.self, OrgCommand.self, InspectorCommand.self, TermCommand.self, RoundCommand.self, TeamCommand.self, InspectionCommand.self, RecordCommand.self, PetitionCommand.self, LeadCommand.self, FindingCommand.self, ReportCommand.self, FeedbackCommand.self, RectificationCommand.self, AccountabilityCommand.self, RuleChangeCommand.self, DisclosureCommand.self, EvaluationCommand.self, FollowUpCommand.self, CoverageCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, AuditCommand.self, RetentionCommand.self, ServeCommand.self, TokenCommand.self, TaxonomyCommand.self, StoreStressCommand.self]
    )
}

/// Options every command shares.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Language of the output: zh or en (default: from LANG, else zh).")
    var lang: String?

    @Option(name: .long, help: "The directory of the stores' keys, outside every store (default: $INSPECT_KEYS, else ~/.config/inspectionkit/keys). $INSPECT_SIGNING_KEY and $INSPECT_DATA_KEY take precedence.")
    var keys: String?

    /// Where the store's keys are: the environment's, else the key directory.
    var vault: EnvironmentKeyVault {
        EnvironmentKeyVault(fallback: keys.map { KeyDirectory(URL(fileURLWithPath: $0)) })
    }

    /// Refuses a `--lang` other than zh or en (a usage error, exit 64), rather than falling back to English unasked.
    func validate() throws {
        guard let lang else { return }
        let tag = lang.lowercased()
        guard tag.hasPrefix("zh") || tag.hasPrefix("en") else {
            throw ValidationError("--lang takes zh or en (中文 zh，English en), not '\(lang)'.")
        }
    }

    /// The language chosen by `--lang`, else by the locale.
    var language: Language {
        if let lang { return Language(tag: lang) }
        let environment = ProcessInfo.processInfo.environment
        return Language(tag: environment["LC_ALL"] ?? environment["LANG"] ?? "zh")
    }
}
