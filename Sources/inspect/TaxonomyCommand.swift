import ArgumentParser
import Foundation
import InspectionKit

/// `inspect taxonomy` — prints the monitoring-priority list findings are classified by.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "taxonomy", abstract: "监督重点内容清单 / print the taxonomy of findings.")

    @OptionGroup var common: CommonOptions

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let taxonomy = try Taxonomy.standard()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(taxonomy), as: UTF8.self))
        case .text:
            print(TaxonomyCommand.render(taxonomy, language: common.language), terminator: "")
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

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Human-readable text.
    case text
    /// JSON for scripts.
    case json
}
