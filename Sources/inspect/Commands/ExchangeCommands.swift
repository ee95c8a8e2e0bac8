import ArgumentParser
import Foundation
import InspectionKit

/// `inspect export` — 上下联动: the package this office sends to the level above.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "export",
                                                    abstract: "报送上级 / write the exchange package (organizations, rounds, findings and their status; never leads or petitions).")

    @OptionGroup var options: StoreOptions
    @Option(help: "Where to write the package (JSON).") var to: String

    func run() async throws {
        try await Session.run(options, readOnly: true) { session in
            let package = try await session.service.read { engine in try engine.exchangePackage(as: session.actor) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(package)
            let url = URL(fileURLWithPath: to)
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw CLIFailure(.invalidInput, session.t("无法写入 \(to)：\(error.localizedDescription)", "Cannot write \(to): \(error.localizedDescription)"))
            }
            try Printer(format: options.format).done(
                session.t("已写出交换包 \(to)：\(package.organizations.count) 个单位，\(package.rounds.count) 轮，\(package.findings.count) 个问题。",
                          "Wrote the exchange package \(to): \(English.count(package.organizations.count, "organization")), \(English.count(package.rounds.count, "round")), \(English.count(package.findings.count, "finding"))."),
                json: ["file": to, "findings": String(package.findings.count)])
        }
    }
}

/// `inspect import` — 上下联动: take in a package from a level below.
struct ImportCommand: AsyncParsableCommand, IntentCommand {
    static let configuration = CommandConfiguration(commandName: "import",
                                                    abstract: "汇总下级 / take in a level below's exchange package (again: replaces what it sent before).")
    static let intents: [IntentKind] = [.importExchangePackage]

    @OptionGroup var options: StoreOptions
    @Argument(help: "The package (JSON) a level below exported.") var file: String

    func run() async throws {
        try await Session.run(options) { session in
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CLIFailure(.invalidInput, session.t("无法读取 \(file)：\(error.localizedDescription)", "Cannot read \(file): \(error.localizedDescription)"))
            }
            let decoder = JSONDecoder()
            let package: ExchangePackage
            do {
                package = try decoder.decode(ExchangePackage.self, from: data)
            } catch let error as DecodingError {
                throw CLIFailure(.invalidInput, session.t("\(file) 不是有效的交换包：\(Self.describe(error))", "\(file) is not a valid exchange package: \(Self.describe(error))"))
            }
            try await session.executeAndReport(.importExchangePackage(package))
        }
    }

    /// Where the JSON went wrong, by field path.
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String { context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() }
        switch error {
        case .keyNotFound(let key, let context): return "missing \(path(context)).\(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context): return "\(path(context)): \(context.debugDescription)"
        case .dataCorrupted(let context): return "\(path(context)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
