#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

/// Child processes append through the `inspect store-stress` command; the tests kill them mid-write and check what
/// the store kept.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
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
        process.arguments = arguments
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

    @Test func losesNothingAcknowledgedWhenKilledAtRandomMoments() throws {
        let url = StoreFixtures.directory()
        var random = SampleRandom(seed: 2_026)
        var acknowledgedSoFar = 0
        var checked = 0
        var tornRecords = 0
        for round in 0..<200 {
            let (process, pipe) = try launch(["store-stress", "--store", url.path, "--tag", "r\(round)"])
            // Wait for the child's first acknowledged append (or its early death), then kill it a random moment later,
            // mostly while it is appending.
            let first = pipe.fileHandleForReading.availableData
            usleep(useconds_t(Int.random(in: 0...6_000, using: &random)))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            acknowledgedSoFar = max(acknowledgedSoFar, acknowledged(first + pipe.fileHandleForReading.readDataToEndOfFile()))

            let store = try JSONEventStore(at: url)
            if store.openReport.tornRecord != nil { tornRecords += 1 }
            let last = try store.lastSequence()
            #expect(last >= acknowledgedSoFar, "round \(round): \(acknowledgedSoFar) acknowledged, \(last) kept")
            // Every event since the last check decodes whole and is numbered on without a gap.
            let fresh = try store.events(after: checked)
            #expect(fresh.map(\.sequence) == Array(stride(from: checked + 1, through: last, by: 1)))
            checked = last
            store.close()
        }
        let final = try JSONEventStore(at: url, mode: .readOnly)
        let report = try final.verify()
        #expect(report.events == checked)
        #expect(acknowledgedSoFar > 0)
        print("kills 200, events \(report.events), torn records cut off \(tornRecords)")
    }

    @Test func twoProcessesWritingAtOnceNeverInterleaveRecords() throws {
        let url = StoreFixtures.directory()
        _ = try JSONEventStore(at: url).close()
        let writers = try ["left", "right"].map { tag in
            try launch(["store-stress", "--store", url.path, "--tag", tag, "--count", "150", "--reopen"])
        }
        for (process, _) in writers {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        let store = try JSONEventStore(at: url, mode: .readOnly)
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
