import Foundation
import GRDB
import InspectionKit
import InspectionKitSamples
import InspectionKitJSON

/// The events both stores write: the standard sample district's journal, repeated and renumbered to any length.
enum StoreWorkload {
    static let district: [RecordedEvent] = (try? SampleDistrict.engine(size: .standard).driver.engine.journal) ?? []

    /// `count` events numbered 1…count.
    static func events(_ count: Int, from first: Int = 1) -> [RecordedEvent] {
        guard !district.isEmpty else { return [] }
        return (0..<count).map { offset in
            var event = district[(first - 1 + offset) % district.count]
            event.sequence = first + offset
            return event
        }
    }

    /// The benchmark stores' keys, outside every store.
    static let keys = KeyDirectory(FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-bench-keys", isDirectory: true))

    static func scratch(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-bench-\(name)-\(getpid())", isDirectory: true)
        try? FileManager.default.removeItem(at: url)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A SQLite database in WAL mode with synchronous=FULL and one table of events as JSON rows.
    static func sqlite(at url: URL) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let queue = try DatabaseQueue(path: url.appendingPathComponent("events.sqlite").path, configuration: configuration)
        try queue.writeWithoutTransaction { db in
            _ = try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)")
        }
        return queue
    }

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }()

    static let codec = JournalLineCodec()

    /// Seconds taken by `body`.
    static func seconds(_ body: () async throws -> Void) async rethrows -> Double {
        let clock = ContinuousClock()
        let elapsed = try await clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
