import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// Options of every command that works on a store: which store, who acts, how to print.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store directory (default: $INSPECT_STORE, else ./inspectionkit-demo).")
    var store: String?

    @Option(name: .customLong("as"), help: "The account you act as (default: $INSPECT_AS).")
    var user: String?

    @Option(name: .customLong("on"), help: "The day the thing happened, YYYY-MM-DD (default: today). More than the office's grace period (7 days) back is past work: the office enters it, with --reason.")
    var occurredOn: Day?

    @Option(name: .customLong("as-of"), help: "Views only: answer as of this day, YYYY-MM-DD — warnings, overdue items and leads, the dashboard — past or future (a future day forecasts what will be overdue then).")
    var asOf: Day?

    @Option(help: "Why, kept with every event it records: needed for past work and for decisions that state one (waivers, overrides, withholding, erasure, a late disposition).")
    var reason: String?

    @OptionGroup var common: CommonOptions

    @Option(help: "Output: table, json or csv.")
    var format: OutputFormat = .table

    /// The store directory chosen.
    var storeURL: URL {
        URL(fileURLWithPath: store ?? ProcessInfo.processInfo.environment["INSPECT_STORE"] ?? "inspectionkit-demo")
    }

    /// The account named by `--as` or `$INSPECT_AS`.
    var userID: String? { user ?? ProcessInfo.processInfo.environment["INSPECT_AS"] }

    var language: Language { common.language }
}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people.
    case table
    /// JSON for scripts.
    case json
    /// Comma-separated values for spreadsheets.
    case csv
}

/// An open store with its service and the acting account, for one command.
struct Session {
    let store: JSONEventStore
    let service: InspectionService
    let actor: Actor
    let options: StoreOptions

    /// Opens the store (which must exist) and resolves the acting account.
    static func open(_ options: StoreOptions, readOnly: Bool = false) async throws -> Session {
        let store = try JSONEventStore(at: options.storeURL, keys: options.common.vault, mode: readOnly ? .readOnly : .readWrite(), create: false)
        do {
            let service = try await InspectionService(store: store)
            let actor = try await resolve(options, in: service)
            return Session(store: store, service: service, actor: actor, options: options)
        } catch {
            store.close()
            throw error
        }
    }

    private static func resolve(_ options: StoreOptions, in service: InspectionService) async throws -> Actor {
        let language = options.language
        guard let id = options.userID, !id.isEmpty else {
            throw CLIFailure(.usage, language == .chinese ? "请用 --as 账号（或环境变量 INSPECT_AS）说明以谁的身份操作。"
                                                          : "Say who you act as with --as ACCOUNT (or the INSPECT_AS environment variable).")
        }
        guard let account = await service.state.users[UserID(id)] else {
            throw CLIFailure(.usage, language == .chinese ? "账号“\(id)”不存在：用 inspect user list 查看账号。"
                                                          : "There is no account '\(id)': see inspect user list.")
        }
        guard account.active else {
            throw CLIFailure(.usage, language == .chinese ? "账号“\(id)”已停用。" : "Account '\(id)' is closed.")
        }
        return account.actor
    }

    /// Executes an intent as the acting account, with `--reason` (else `reason`) and on the `--on` day (else today).
    @discardableResult
    func execute(_ intent: Intent, reason: String = "") async throws -> [RecordedEvent] {
        try refuseAsOf()
        return try await service.execute(command(intent, reason: reason))
    }

    /// Refuses `--as-of` on a command that records (a usage error): views answer as of a day, steps happen on one (`--on`).
    func refuseAsOf() throws {
        if options.asOf != nil {
            throw CLIFailure(.usage, t("--as-of 只用于查看；记录某日发生的事请用 --on。", "--as-of is for views; to record what happened on a day, use --on."))
        }
    }

    /// The command for `intent` as the acting account, with `--reason` (else `reason`) and on the `--on` day (else today).
    func command(_ intent: Intent, reason: String = "") -> Command {
        Command(actor: actor, intent: intent, reason: options.reason ?? reason, occurredOn: options.occurredOn)
    }

    /// Executes an intent and prints what it did: the events' summaries in the chosen language, or as JSON the
    /// ``CommandOutcome`` (events with their types and summaries, records created).
    func executeAndReport(_ intent: Intent, reason: String = "") async throws {
        let outcome = CommandOutcome(try await execute(intent, reason: reason), language: options.language)
        try Printer(format: options.format).done(outcome.text, json: outcome)
    }

    /// The day the command's step happened: `--on`, else today in the office's time zone (for days a command fills in).
    var day: Day { options.occurredOn ?? service.today }

    /// The day a view answers as of: `--as-of`, else today in the office's time zone.
    var viewDay: Day { options.asOf ?? service.today }

    /// Closes the store (releasing its lock).
    func close() { store.close() }
}

extension Session {
    /// Opens a session for one command, runs `body`, closes the store, and reports failures with the right exit code.
    static func run(_ options: StoreOptions, readOnly: Bool = false, _ body: (Session) async throws -> Void) async throws {
        try await CLI.run(options.language) {
            let session = try await open(options, readOnly: readOnly)
            defer { session.close() }
            try await body(session)
        }
    }
}
