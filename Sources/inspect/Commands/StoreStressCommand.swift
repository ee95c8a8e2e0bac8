import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// `inspect store-stress` (hidden) — appends to a JSON store in a loop, printing `ack N` once each append has returned.
/// The store's fault tests run it as a child process and kill it at random moments.
struct StoreStressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store-stress", abstract: "Append in a loop (for the store's fault tests).",
                                                    shouldDisplay: false)

    @Option(help: "The store directory.")
    var store: String

    @Option(help: "How many events to append before stopping.")
    var count: Int = 1_000_000

    @Flag(help: "Close and reopen the store (waiting for its lock) after every batch.")
    var reopen = false

    @Option(help: "A tag written into each event, to tell writers apart.")
    var tag = "stress"

    func run() async throws {
        var handle = try JSONEventStore(at: URL(fileURLWithPath: store), mode: .readWrite(waitForLock: true))
        var random = SystemRandomNumberGenerator()
        var written = 0
        while written < count {
            let last = try handle.lastSequence()
            let size = Int.random(in: 1...5, using: &random)
            let batch = (1...size).map { offset in
                RecordedEvent(sequence: last + offset, recordedAt: Date(), actor: UserID(tag), role: .office, reason: "stress \(tag)",
                              event: .trainingRecorded(InspectorID("\(tag)-\(written + offset)"), TrainingRecord(title: String(repeating: "巡察", count: Int.random(in: 1...40, using: &random)), completedOn: Day(number: 20_000), hours: offset)))
            }
            try await handle.append(batch, expectedLastSequence: last)
            written += size
            FileHandle.standardOutput.write(Data("ack \(last + size)\n".utf8))
            if reopen {
                handle.close()
                handle = try JSONEventStore(at: URL(fileURLWithPath: store), mode: .readWrite(waitForLock: true))
            }
        }
        handle.close()
    }
}
