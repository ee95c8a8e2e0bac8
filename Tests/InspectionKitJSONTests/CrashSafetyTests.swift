#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

/// Child processes write through the built `inspect` — group-committed batches (`inspect store-stress`) and imports of
/// ten thousand organizations (`inspect org import`) — and the tests kill them with SIGKILL at random moments, many of
/// them while the write is on its way to the disk. After every kill the store must open and verify, every batch must be
/// wholly present or wholly absent, and every acknowledged batch present.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    /// Kills per test: 120 of group-committed writers and 100 of imports, 220 in all (`INSPECTIONKIT_CRASH_KILLS` sets both).
    static let kills = ProcessInfo.processInfo.environment["INSPECTIONKIT_CRASH_KILLS"].flatMap { Int($0) }
    static var writerKills: Int { kills ?? 120 }
    static var importKills: Int { kills ?? 100 }

    /// The built `inspect` executable, next to the test bundle.
    static func inspectExecutable() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("inspect")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        let fallback = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/inspect")
        guard FileManager.default.isExecutableFile(atPath: fallback.path) else {
            throw StoreError(.notAStore, zh: "找不到 inspect 可执行文件。", en: "The inspect executable was not found next to the tests; build it first.")
        }
        return fallback
    }

    private func launch(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = try Self.inspectExecutable()
        process.arguments = arguments + ["--keys", StoreFixtures.keys.url.path]
        var environment = ProcessInfo.processInfo.environment
        environment["INSPECT_SIGNING_KEY"] = nil
        environment["INSPECT_DATA_KEY"] = nil
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, pipe)
    }

    private func acknowledged(_ output: Data) -> Int {
        String(decoding: output, as: UTF8.self).split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("ack "), let n = Int(line.dropFirst(4)) else { return nil }
            return n
        }.max() ?? 0
    }

    /// The size of the journal's last segment (0 when there is none).
    private func journalSize(_ store: URL) -> Int {
        let folder = store.appendingPathComponent("journal")
        let last = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter { $0.hasSuffix(".jsonl") }.max()
        return last.flatMap { try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.size] as? Int } ?? 0
    }

    /// Waits until the journal grows past `size` (a write has begun) or the process ends, for at most `limit` seconds.
    private func waitForGrowth(_ store: URL, beyond size: Int, of process: Process, limit: Double) {
        let deadline = Date().addingTimeInterval(limit)
        while process.isRunning, journalSize(store) <= size, Date() < deadline { usleep(100) }
    }

    @Test func keepsEveryGroupCommittedBatchWholeWhenKilledAtRandomMoments() throws {
        let url = StoreFixtures.directory()
        try JSONEventStore(at: url, keys: StoreFixtures.keys).close()
        var random = SampleRandom(seed: 2_026)
        var acknowledgedSoFar = 0
        var checked = 0
        var torn = 0
        for round in 0..<Self.writerKills {
            let before = journalSize(url)
            // Single-event writes group-committed (even rounds) and batches of up to five (odd rounds).
            let (process, pipe) = try launch(["store-stress", "--store", url.path, "--tag", "r\(round)", "--in-flight", "8", "--max-batch", round % 2 == 0 ? "1" : "5"])
            // Kill a random moment after the child's first write has begun, mostly while batches are being written.
            waitForGrowth(url, beyond: before, of: process, limit: 10)
            usleep(useconds_t(Int.random(in: 0...8_000, using: &random)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            acknowledgedSoFar = max(acknowledgedSoFar, acknowledged(pipe.fileHandleForReading.readDataToEndOfFile()))

            let store = try JSONEventStore(at: url, keys: StoreFixtures.keys)
            if store.openReport.tornRecord != nil { torn += 1 }
            let last = try store.lastSequence()
            #expect(last >= acknowledgedSoFar, "round \(round): \(acknowledgedSoFar) acknowledged, \(last) kept")
            // Every event since the last check decodes whole, numbered on without a gap, and every batch is whole.
            let fresh = try store.events(after: checked)
            #expect(fresh.map(\.sequence) == Array(stride(from: checked + 1, through: last, by: 1)))
            for (reason, events) in Dictionary(grouping: fresh, by: \.reason) {
                let size = reason.split(separator: " ").last.flatMap { Int($0) }
                #expect(events.count == size, "round \(round): batch '\(reason)' kept \(events.count) events")
            }
            #expect(try store.verify().events == last)
            checked = last
            store.close()
        }
        let final = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        let report = try final.verify()
        #expect(report.events == checked)
        #expect(acknowledgedSoFar > 0)
        print("group-committed writes: \(Self.writerKills) kills, \(report.events) events kept in \(report.commits) signed commits, \(torn) torn writes cut off")
    }

    @Test func importsOfTenThousandRowsAreAllOrNothingWhenKilled() throws {
        let base = StoreFixtures.directory("import-base")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-import-\(UUID().uuidString)")
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-orgs-\(UUID().uuidString).csv")
        defer {
            try? FileManager.default.removeItem(at: base)
            try? FileManager.default.removeItem(at: work)
            try? FileManager.default.removeItem(at: csv)
        }
        let (setup, _) = try launch(["store", "init", "--store", base.path, "--admin", "u-office-head", "--name", "主任", "--lang", "en"])
        setup.waitUntilExit()
        try #require(setup.terminationStatus == 0)
        let (root, _) = try launch(["org", "add", "--id", "ROOT", "--name", "中共测试县委员会", "--kind", "countyCommittee", "--region", "测试县",
                                    "--out-of-scope", "--store", base.path, "--as", "u-office-head", "--lang", "en"])
        root.waitUntilExit()
        try #require(root.terminationStatus == 0)
        var random = SampleRandom(seed: 11)
        var outcomes = (present: 0, absent: 0, acknowledged: 0, torn: 0)
        let rows = 10_000
        for trial in 0..<Self.importKills {
            // A fresh copy of the store every other trial keeps each import's store small (a kill, then another import).
            if trial % 2 == 0 {
                try? FileManager.default.removeItem(at: work)
                try FileManager.default.copyItem(at: base, to: work)
            }
            var text = "id,name,kind,parent,region,in_scope\n"
            for row in 0..<rows { text += "C\(trial)-\(row),中共测试第\(trial)-\(row)支部委员会,villageBranch,ROOT,测试县,true\n" }
            try Data(text.utf8).write(to: csv)
            let before = try JSONEventStore(at: work, keys: StoreFixtures.keys, mode: .readOnly).lastSequence()
            let size = journalSize(work)
            let (process, _) = try launch(["org", "import", csv.path, "--store", work.path, "--as", "u-office-head", "--lang", "en"])
            if trial % 4 == 3 {
                // A moment anywhere in the import: reading, deciding, writing or done (a debug build takes about 1.6 s for 10,000 rows).
                usleep(useconds_t(Int.random(in: 0...3_000_000, using: &random)))
            } else {
                // A moment while the batch is on its way to the disk.
                waitForGrowth(work, beyond: size, of: process, limit: 30)
                usleep(useconds_t(Int.random(in: 0...1_500, using: &random)))
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let acknowledged = process.terminationReason == .exit && process.terminationStatus == 0
            #expect(process.terminationReason == .uncaughtSignal || acknowledged, "trial \(trial): the import failed on its own")

            let store = try JSONEventStore(at: work, keys: StoreFixtures.keys)
            defer { store.close() }
            if store.openReport.tornRecord != nil { outcomes.torn += 1 }
            let added = try store.lastSequence() - before
            #expect(added == 0 || added == rows, "trial \(trial): \(added) of \(rows) organizations kept")
            if acknowledged {
                outcomes.acknowledged += 1
                #expect(added == rows, "trial \(trial): an acknowledged import kept \(added) of \(rows)")
            }
            if added == rows {
                outcomes.present += 1
                let lastEvent = try store.events(after: before + rows - 1).first?.event
                #expect(lastEvent.map { if case .registry(.organizationRegistered(let o)) = $0 { o.id.rawValue == "C\(trial)-\(rows - 1)" } else { false } } == true)
            } else {
                outcomes.absent += 1
            }
            #expect(try store.verify().head.sequence == before + added)
        }
        #expect(outcomes.present > 0 && outcomes.absent > 0)
        #expect(outcomes.torn > Self.importKills / 10, "only \(outcomes.torn) kills landed inside a write")
        print("imports of \(rows) rows: \(Self.importKills) kills; \(outcomes.present) wholly present (\(outcomes.acknowledged) acknowledged), \(outcomes.absent) wholly absent, \(outcomes.torn) torn writes cut off")
    }

    @Test func twoProcessesWritingAtOnceNeverInterleaveRecords() throws {
        let url = StoreFixtures.directory()
        try JSONEventStore(at: url, keys: StoreFixtures.keys).close()
        let writers = try ["left", "right"].map { tag in
            try launch(["store-stress", "--store", url.path, "--tag", tag, "--count", "150", "--reopen"])
        }
        for (process, _) in writers {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let store = try JSONEventStore(at: url, keys: StoreFixtures.keys, mode: .readOnly)
        let report = try store.verify()
        let events = try store.events(after: 0)
        #expect(report.events == events.count)
        let byTag = Dictionary(grouping: events, by: \.actor)
        #expect((byTag["left"]?.count ?? 0) >= 150)
        #expect((byTag["right"]?.count ?? 0) >= 150)
        // The writers took turns: each batch stands whole between the other's.
        let switches = zip(events, events.dropFirst()).filter { $0.actor != $1.actor }.count
        #expect(switches > 2)
    }
}
