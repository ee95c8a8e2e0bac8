import ArgumentParser
import InspectionKit
@testable import inspect
import Testing

/// Every intent the core accepts has a command: the command tree is walked and each writing command's intents
/// collected, so a new intent without a command — or a command dropped from the tree — fails here.
@Suite("Every intent has a command")
struct IntentCoverageTests {
    static func intents(under command: any ParsableCommand.Type) -> [IntentKind: [String]] {
        var found: [IntentKind: [String]] = [:]
        func walk(_ type: any ParsableCommand.Type, path: [String]) {
            let name = type.configuration.commandName ?? Self.kebab(String(describing: type))
            let here = path + [name]
            if let writing = type as? any IntentCommand.Type {
                for kind in writing.intents { found[kind, default: []].append(here.joined(separator: " ")) }
            }
            for sub in type.configuration.subcommands { walk(sub, path: here) }
        }
        walk(command, path: [])
        return found
    }

    /// The name ArgumentParser gives a command type without an explicit one: `OverrideRotation` → `override-rotation`.
    static func kebab(_ name: String) -> String {
        var out = ""
        for character in name {
            if character.isUppercase, !out.isEmpty { out += "-" }
            out += character.lowercased()
        }
        return out
    }

    @Test func everyIntentOfTheCoreHasACommandLineCommand() {
        let found = Self.intents(under: Inspect.self)
        let missing = IntentKind.allCases.filter { found[$0] == nil }.map(\.rawValue)
        #expect(missing.isEmpty, "intents without a command: \(missing)")
    }

    @Test func theNewCommandsAreWhereTheGuideSaysTheyAre() {
        let found = Self.intents(under: Inspect.self)
        #expect(found[.reviseFinding] == ["inspect finding revise"])
        #expect(found[.handOverFinding] == ["inspect finding handover"])
        #expect(found[.recordFindingDisposition] == ["inspect finding disposition"])
        #expect(found[.startImmediateRectification] == ["inspect rectification immediate"])
        #expect(found[.adoptPlan] == ["inspect term adopt-plan"])
        #expect(found[.adoptTaxonomy] == ["inspect taxonomy adopt"])
        #expect(found[.changeOrganizationHead] == ["inspect org head"])
        #expect(found[.overrideRotation] == ["inspect team override-rotation"])
        #expect(found[.renameOrganization] == ["inspect org rename"])
    }
}
