import ArgumentParser
import Foundation
import InspectionKit

/// `inspect taxonomy` — the monitoring-priority list findings are classified by: print the shipped one, or adopt an
/// office's own.
struct TaxonomyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "taxonomy", abstract: "监督重点内容清单 / print the taxonomy of findings, or adopt an office's own.",
                                                    subcommands: [Show.self, Adopt.self], defaultSubcommand: Show.self)

    /// `inspect taxonomy show` (the default).
    struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "打印分类清单 / print the shipped taxonomy as an outline, JSON or CSV.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Output: table (an outline), json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let taxonomy = try Taxonomy.standard()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(taxonomy), as: UTF8.self))
        case .csv:
            print(Printer.csv([["code", "parent", "level", "zh", "en"]] + taxonomy.nodes.map { [$0.code, $0.parent ?? "", String($0.level), $0.zh, $0.en] }),
                  terminator: "")
        case .table:
            print(TaxonomyCommand.render(taxonomy, language: common.language), terminator: "")
        }
    }

    }

    /// The taxonomy as an indented outline.
    static func render(_ taxonomy: Taxonomy, language: Language) -> String {
        var out = "\(taxonomy.name.text(language)) (\(taxonomy.version))\n"
        for node in taxonomy.nodes {
            let indent = String(repeating: "  ", count: node.level - 1)
            out += "\(indent)\(node.code)  \(node.label(language))\n"
        }
        return out
    }
}

extension TaxonomyCommand {
    /// `inspect taxonomy adopt`.
    struct Adopt: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "启用本单位分类清单 / adopt an office's own taxonomy from a JSON file in the shape `taxonomy show --format json` prints.")
        static let intents: [IntentKind] = [.adoptTaxonomy]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The taxonomy's JSON file.") var file: String

        func run() async throws {
            try await CLI.run(options.language) {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw CLIFailure(.invalidInput, options.language == .chinese ? "无法读取文件 \(file)。" : "Cannot read the file \(file).")
                }
                let taxonomy: Taxonomy
                do { taxonomy = try Taxonomy.load(json: data) } catch {
                    throw CLIFailure(.invalidInput, (options.language == .chinese ? "分类清单无效：" : "The taxonomy is not valid: ") + String(describing: error))
                }
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.adoptTaxonomy(taxonomy))
            }
        }
    }
}
