import ArgumentParser
import Foundation
import InspectionKit

/// `inspect taxonomy` — prints the monitoring-priority list findings are classified by.
struct TaxonomyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "taxonomy", abstract: "监督重点内容清单 / print the taxonomy of findings.")

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
