import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// `inspect store-stress` (hidden) — appends to a JSON store in a loop, printing `ack N` once each append is durable.
/// The store's fault tests run it as a child process and kill it at random moments. Each batch carries `tag batch
/// size` as its reason, so the tests can tell whether a batch survived whole.
struct StoreStressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store-stress", abstract: "Append in a loop (for the store's fault tests).",
                                                    shouldDisplay: false)

    @Option(help: "The store directory.")
    var store: String

    @Option(help: "How many events to append before stopping.")
    var count: Int = 1_000_000

    @Option(help: "How many batches may wait for their write at once (they are group-committed).")
    var inFlight = 8

    @Option(help: "The largest batch (sizes are drawn from 1 to this).")
    var maxBatch = 5

    @Flag(help: "Close and reopen the store (waiting for its lock) after every batch.")
    var reopen = false

    @Option(help: "A tag written into each event, to tell writers apart.")
    var tag = "stress"

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let url = URL(fileURLWithPath: store)
        var handle = try JSONEventStore(at: url, keys: common.vault, mode: .readWrite(waitForLock: true))
        var random = SystemRandomNumberGenerator()
        var last = try handle.lastSequence()
        var written = 0
        var batchNumber = 0
        var waiting: [(ticket: AppendTicket, through: Int)] = []
        let depth = reopen ? 1 : max(1, inFlight)
        while written < count {
            let size = Int.random(in: 1...max(1, maxBatch), using: &random)
            let reason = "\(tag) \(batchNumber) \(size)"
            let batch = (1...size).map { offset in
                RecordedEvent(sequence: last + offset, recordedAt: Date(), actor: UserID(tag), role: .office, reason: reason,
                              event: .trainingRecorded(InspectorID("\(tag)-\(written + offset)"), TrainingRecord(title: String(repeating: "巡察", count: Int.random(in: 1...40, using: &random)), completedOn: Day(number: 20_000), hours: offset)))
            }
            waiting.append((try handle.submit(batch, expectedLastSequence: last), last + size))
            last += size
            written += size
            batchNumber += 1
            while waiting.count >= depth {
                let (ticket, through) = waiting.removeFirst()
                try await ticket.wait()
                FileHandle.standardOutput.write(Data("ack \(through)\n".utf8))
            }
            if reopen {
                handle.close()
                handle = try JSONEventStore(at: url, keys: common.vault, mode: .readWrite(waitForLock: true))
                last = try handle.lastSequence()
            }
        }
        for (ticket, through) in waiting {
            try await ticket.wait()
            FileHandle.standardOutput.write(Data("ack \(through)\n".utf8))
        }
        handle.close()
    }
}
