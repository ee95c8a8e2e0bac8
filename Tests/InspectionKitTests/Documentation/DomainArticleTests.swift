import Foundation
import Testing
import InspectionKit

/// The domain articles explain every rule the core can refuse with, and each is reachable from the overview.
@Suite("Domain articles")
struct DomainArticleTests {
    static let catalog = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("DocsSource/InspectionKit.docc")

    static let areaArticles = ["RegistryAndPlanning", "TeamsAndRecusal", "TheInspectionLifecycle", "FieldworkAndFindings",
                               "LeadsAndHandOver", "TheRectificationLedger", "ClosingAnInspection", "WhoMaySeeWhat", "ExchangeBetweenLevels",
                               "TimeInTheRecord"]

    static func text(_ article: String) throws -> String {
        try String(contentsOf: catalog.appendingPathComponent("\(article).md"), encoding: .utf8)
    }

    @Test func everyRuleIsExplainedInADomainArticle() throws {
        let texts = try (["TheDomain"] + Self.areaArticles).map(Self.text).joined(separator: "\n")
        let missing = RuleID.allCases.filter { !texts.contains("`\($0.rawValue)`") }.map(\.rawValue)
        #expect(missing.isEmpty, "rules no domain article explains: \(missing)")
    }

    @Test func everyAreaArticleIsLinkedFromTheOverviewAndTheModulePage() throws {
        let overview = try Self.text("TheDomain")
        let module = try Self.text("InspectionKit")
        for article in Self.areaArticles {
            #expect(overview.contains("<doc:\(article)>"), "TheDomain.md does not link \(article)")
            #expect(module.contains("<doc:\(article)>"), "InspectionKit.md does not list \(article)")
        }
    }

    @Test func everyAreaFolderIsCoveredByAnArticle() throws {
        let areas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/InspectionKit/Areas")
        let folders = try FileManager.default.contentsOfDirectory(atPath: areas.path).filter { !$0.hasPrefix(".") }
        let texts = try Self.areaArticles.map(Self.text).joined(separator: "\n")
        let uncovered = folders.filter { !texts.contains("Areas/\($0)`") }
        #expect(folders.count == 14 && uncovered.isEmpty, "area folders no article names: \(uncovered)")
    }
}
