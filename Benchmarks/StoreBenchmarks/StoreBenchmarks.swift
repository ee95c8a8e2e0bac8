import Benchmark
import Foundation
import GRDB
import InspectionKit
import InspectionKitJSON

/// The JSON store beside SQLite (WAL, synchronous=FULL) on the same events, measured in the same run; each benchmark
/// reports both rates and their ratio (×100, so 250 means the JSON store is 2.5 times as fast).
///
///     INSPECTIONKIT_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark --target StoreBenchmarks
let benchmarks: @Sendable () -> Void = {
    func once(_ unit: String, extra: [BenchmarkMetric] = []) -> Benchmark.Configuration {
        Benchmark.Configuration(metrics: Metrics.all(unit) + extra, timeUnits: .milliseconds, warmupIterations: 0,
                                maxDuration: .seconds(600), maxIterations: 3)
    }

    Benchmark("Durable appends, one event each, one after another", configuration: once("appends/s")) { benchmark in
        let events = StoreWorkload.events(2_000)
        let store = try JSONEventStore(at: StoreWorkload.scratch("single-json"), keys: StoreWorkload.keys)
        let json = try await StoreWorkload.seconds {
            for event in events { try await store.append([event], expectedLastSequence: event.sequence - 1) }
        }
        store.close()
        let sqlite = try await StoreWorkload.seconds { try insertOneByOne(events, into: StoreWorkload.sqlite(at: StoreWorkload.scratch("single-sqlite"))) }
        report(benchmark, json: Double(events.count) / json, sqlite: Double(events.count) / sqlite, unit: "appends/s")
    }

    Benchmark("Durable appends, group-committed (a service submitting without waiting)", configuration: once("appends/s", extra: [Metrics.fsyncs])) { benchmark in
        let events = StoreWorkload.events(20_000)
        let store = try JSONEventStore(at: StoreWorkload.scratch("group-json"), keys: StoreWorkload.keys)
        let json = try await StoreWorkload.seconds {
            var inFlight: [AppendTicket] = []
            for event in events {
                inFlight.append(try store.submit([event], expectedLastSequence: event.sequence - 1))
                if inFlight.count == 512 { try await inFlight.removeFirst().wait() }
            }
            for ticket in inFlight { try await ticket.wait() }
        }
        let syncs = store.journalSyncs
        store.close()
        let sqliteEvents = Array(events.prefix(2_000))
        let sqlite = try await StoreWorkload.seconds { try insertOneByOne(sqliteEvents, into: StoreWorkload.sqlite(at: StoreWorkload.scratch("group-sqlite"))) }
        report(benchmark, json: Double(events.count) / json, sqlite: Double(sqliteEvents.count) / sqlite, unit: "appends/s")
        benchmark.measurement(Metrics.fsyncs, syncs)
    }

    Benchmark("Open 1,000,000 events: snapshot plus tail vs SQLite reading and decoding every row", configuration: once("events/s"),
              closure: { benchmark in
                  let (jsonURL, sqliteURL, expected) = try await OpenWorkload.prepare()
                  let json = try await StoreWorkload.seconds {
                      let store = try JSONEventStore(at: jsonURL, keys: StoreWorkload.keys, mode: .readOnly)
                      let state = try await store.restoreState(taxonomy: Taxonomy.standard())
                      guard state.lastSequence == expected else { throw StoreError(.damaged, zh: "序号不符", en: "replay ended at \(state.lastSequence)") }
                      blackHole(state)
                  }
                  let sqlite = try await StoreWorkload.seconds {
                      let queue = try DatabaseQueue(path: sqliteURL.appendingPathComponent("events.sqlite").path)
                      let count = try await queue.read { db -> Int in
                          var count = 0
                          let rows = try Row.fetchCursor(db, sql: "SELECT body FROM events ORDER BY seq")
                          while let row = try rows.next() {
                              let body: Data = row[0]
                              blackHole(try StoreWorkload.codec.decode(line: body, lineNumber: count + 1))
                              count += 1
                          }
                          return count
                      }
                      guard count == expected else { throw StoreError(.damaged, zh: "行数不符", en: "read \(count) rows") }
                  }
                  report(benchmark, json: Double(expected) / json, sqlite: Double(expected) / sqlite, unit: "events/s")
              })
}

/// Inserts each event in its own transaction (each commit durable under synchronous=FULL).
func insertOneByOne(_ events: [RecordedEvent], into queue: DatabaseQueue) throws {
    for event in events {
        let body = try StoreWorkload.encoder.encode(event)
        try queue.write { db in try db.execute(sql: "INSERT INTO events (seq, body) VALUES (?, ?)", arguments: [event.sequence, body]) }
    }
}

/// The figures the store benchmarks report.
enum Metrics {
    static func json(_ unit: String) -> BenchmarkMetric { .custom("JSON store \(unit)", polarity: .prefersLarger, useScalingFactor: false) }
    static func sqlite(_ unit: String) -> BenchmarkMetric { .custom("SQLite \(unit)", polarity: .prefersLarger, useScalingFactor: false) }
    static let ratio = BenchmarkMetric.custom("JSON store / SQLite x100", polarity: .prefersLarger, useScalingFactor: false)
    static let fsyncs = BenchmarkMetric.custom("JSON store fsyncs", polarity: .prefersSmaller, useScalingFactor: false)
    static func all(_ unit: String) -> [BenchmarkMetric] { [json(unit), sqlite(unit), ratio] }
}

/// Records both rates and their ratio.
func report(_ benchmark: Benchmark, json: Double, sqlite: Double, unit: String) {
    benchmark.measurement(Metrics.json(unit), Int(json))
    benchmark.measurement(Metrics.sqlite(unit), Int(sqlite))
    benchmark.measurement(Metrics.ratio, Int((100 * json / sqlite).rounded()))
}

/// The 1,000,000-event stores for the open benchmark, written once per run: the JSON store with a snapshot 10,000
/// events before the end, and SQLite holding the same events as rows.
enum OpenWorkload {
    static let total = 1_000_000
    static let tail = 10_000

    static func prepare() async throws -> (json: URL, sqlite: URL, expected: Int) {
        let jsonURL = FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-bench-open-json", isDirectory: true)
        let sqliteURL = FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-bench-open-sqlite", isDirectory: true)
        let ready = jsonURL.appendingPathComponent("READY")
        if FileManager.default.fileExists(atPath: ready.path) { return (jsonURL, sqliteURL, total) }
        for url in [jsonURL, sqliteURL] {
            try? FileManager.default.removeItem(at: url)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }
        try? FileManager.default.removeItem(at: jsonURL)
        let store = try JSONEventStore(at: jsonURL, keys: StoreWorkload.keys)
        let sqlite = try StoreWorkload.sqlite(at: sqliteURL)
        var state = InspectionState(taxonomy: try Taxonomy.standard())
        var written = 0
        while written < total {
            let batch = StoreWorkload.events(min(10_000, total - written), from: written + 1)
            try await store.append(batch, expectedLastSequence: written)
            try await sqlite.write { db in
                for event in batch {
                    try db.execute(sql: "INSERT INTO events (seq, body) VALUES (?, ?)", arguments: [event.sequence, try StoreWorkload.encoder.encode(event)])
                }
            }
            written += batch.count
            if written <= total - tail { state.apply(batch) }
            if written == total - tail { try await store.saveSnapshot(state) }
        }
        store.close()
        try Data().write(to: ready)
        return (jsonURL, sqliteURL, total)
    }
}
