import Foundation
import InspectionKit
@testable import inspect
import Testing

/// The command line's conventions, as a user meets them: the built `inspect`, its exit codes and its output.
@Suite("Command-line conventions")
struct ConventionTests {
    /// Runs `inspect` with `arguments` and extra environment, without a store or account unless given.
    static func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> InspectProcess.Output {
        let process = Process()
        process.executableURL = try CommandLineTests.executable()
        process.arguments = arguments
        process.environment = InspectProcess.environment.merging(extra) { _, new in new }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return InspectProcess.Output(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    @Test func printsItsVersionAndRefusesAnUnknownLanguageAsAUsageError() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0 && version.out.trimmingCharacters(in: .whitespacesAndNewlines) == InspectionKitRelease.version)
        let unknown = try Self.run(["org", "list", "--lang", "fr", "--store", "/nonexistent", "--as", "x"])
        #expect(unknown.status == 64 && unknown.err.contains("--lang"))
        let chinese = try Self.run(["taxonomy", "--lang", "zh-CN", "--format", "csv"])
        #expect(chinese.status == 0)
    }

    @Test func groupingByThreeDimensionsIsAUsageError() throws {
        let store = try InspectProcess.demoStore()
        let three = try InspectProcess.run(["stats", "findings", "--by", "round", "--by", "area", "--by", "team"], store: store)
        #expect(three.status == 64 && three.err.contains("two"))
        let two = try InspectProcess.run(["stats", "findings", "--by", "round", "--by", "area"], store: store)
        #expect(two.status == 0)
    }

    @Test func theDemoHonoursTheStoreVariable() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-demo-env-\(UUID().uuidString)")
        let demo = try Self.run(["demo", "--size", "small", "--lang", "en"], environment: ["INSPECT_STORE": store.path])
        #expect(demo.status == 0 && demo.out.contains(store.path))
        #expect(FileManager.default.fileExists(atPath: store.appendingPathComponent("manifest.json").path))
    }

    @Test func theLedgerShowsEachItemsLastNoticeByKind() throws {
        let store = try InspectProcess.demoStore()
        let office = ["--store", store.path, "--as", "u-office-head"]
        let atRisk = try Self.run(["rectification", "list", "--overdue", "--format", "json"] + office)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(atRisk.out.utf8)) as? [[String: Any]])
        let ids = items.compactMap { ($0["item"] as? [String: Any])?["id"] as? String }
        let item = try #require(ids.first)
        var kinds: [String] = []
        for _ in SupervisionNoticeKind.allCases {
            let notice = try Self.run(["rectification", "notice", item, "--lang", "zh"] + office)
            guard notice.status == 0 else { break }
            let ledger = try Self.run(["rectification", "list", "--overdue", "--lang", "zh"] + office)
            let row = try #require(ledger.out.split(separator: "\n").first { $0.contains(item) })
            kinds.append(SupervisionNoticeKind.allCases.first { row.contains($0.label(.chinese)) }?.label(.chinese) ?? "none")
        }
        // The ladder is climbed one step at a time from wherever the item stood, and the ledger names each step, not a code.
        let steps = kinds.compactMap { kind in SupervisionNoticeKind.allCases.firstIndex { $0.label(.chinese) == kind } }
        #expect(!kinds.isEmpty && steps.count == kinds.count && zip(steps, steps.dropFirst()).allSatisfy { $1 == $0 + 1 }, "ledger showed \(kinds)")
        let trail = try Self.run(["audit", "show", "--record", item, "--lang", "en"] + ["--store", store.path, "--as", "u-auditor"])
        #expect(trail.out.contains("supervision notice issued"))
    }

    @Test func tablesWrapLongTextsToTheTerminalsWidth() throws {
        let store = try InspectProcess.demoStore()
        let wide = try Self.run(["inspection", "list", "--store", store.path, "--as", "u-office-head", "--lang", "zh"])
        let narrow = try Self.run(["inspection", "list", "--store", store.path, "--as", "u-office-head", "--lang", "zh"], environment: ["COLUMNS": "60"])
        #expect(wide.status == 0 && narrow.status == 0)
        #expect(wide.out.split(separator: "\n").contains { TextTable.displayWidth(String($0)) > 60 }, "the sample list is wider than 60 columns")
        #expect(narrow.out.split(separator: "\n").allSatisfy { TextTable.displayWidth(String($0)) <= 60 })
        #expect(narrow.out.split(separator: "\n").count > wide.out.split(separator: "\n").count)
    }

    @Test func wrappingNeverSplitsAWideCharacterAndKeepsEveryCharacter() {
        let text = "青溪区委巡察组对石桥镇党委开展常规巡察发现的问题"
        let lines = TextTable.wrap(text, to: 9)
        #expect(lines.joined() == text)
        #expect(lines.allSatisfy { TextTable.displayWidth($0) <= 9 })
        #expect(TextTable.wrap("short", to: 9) == ["short"])
    }
}
