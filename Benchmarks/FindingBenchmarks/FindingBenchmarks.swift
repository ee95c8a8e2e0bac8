import Benchmark
import Foundation
import InspectionKit

/// Benchmarks of the finding-aggregation hot path (issue #5): bulk loading the flat table of the workload (Benchmarks/README.md), Q1–Q5
/// through the general query API, one incremental update against a full scan of 1,000 findings, and near-duplicate
/// clustering of 1,000,000 texts. The tables come from `Benchmarks/peer/gen.py`; `Benchmarks/peer-comparison.sh`
/// writes them to `.build-bench/peer-data` (or set INSPECTIONKIT_BENCH_DATA).
///
///     bash Benchmarks/peer-comparison.sh 10000000     # once, to generate the data
///     INSPECTIONKIT_BENCHMARKS=1 swift package --scratch-path .build-bench benchmark --target FindingBenchmarks
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .peakMemoryResident], maxDuration: .seconds(10), maxIterations: 30)
    let directory = URL(fileURLWithPath: ProcessInfo.processInfo.environment["INSPECTIONKIT_BENCH_DATA"] ?? ".build-bench/peer-data")
    guard let dimensions = try? FlatDimensions(units: Data(contentsOf: directory.appendingPathComponent("units.csv")),
                                               categories: Data(contentsOf: directory.appendingPathComponent("categories.csv"))) else {
        print("FindingBenchmarks: no data in \(directory.path); run `bash Benchmarks/peer-comparison.sh 10000000` first.")
        return
    }

    var held: [Int: FindingIndex] = [:]
    for size in [1_000_000, 10_000_000] {
        let file = directory.appendingPathComponent("findings_\(size).jsonl")
        guard let table = try? Data(contentsOf: file, options: .alwaysMapped) else { continue }
        Benchmark("Load \(size.formatted()) findings from JSON Lines", configuration: .init(maxIterations: size > 1_000_000 ? 3 : 10)) { benchmark in
            for _ in benchmark.scaledIterations {
                var index = FindingIndex(dimensions: dimensions)
                blackHole(try index.load(table, format: .jsonLines, dimensions: dimensions))
            }
        }
        var index = FindingIndex(dimensions: dimensions)
        if (try? index.load(table, format: .jsonLines, dimensions: dimensions)) != nil { held[size] = index }
    }

    let today = Day(number: 19_400)
    let queries: [(String, FindingQuery)] = [
        ("Q1 round × area, by status", FindingQuery(groupBy: [.round, .category(depth: 0)])),
        ("Q2 region: unresolved, overdue, rate", FindingQuery(groupBy: [.organization(depth: 0)], measures: FindingMeasures(overdueOn: today))),
        ("Q3 top-20 categories by units", FindingQuery(groupBy: [.category(depth: 2)], measures: FindingMeasures(distinctOrganizationsAtDepth: 2),
                                                      order: .distinctOrganizationsDescending, limit: 20)),
        ("Q4 team: median and p90 days-to-close", FindingQuery(filter: FindingFilter(statuses: [.rectified, .verified]), groupBy: [.team],
                                                              measures: FindingMeasures(daysToClose: [.median, .p90]))),
        ("Q5 region × severity, rounds 30–40", FindingQuery(filter: FindingFilter(roundRange: RoundRange(from: "30", through: "40")),
                                                           groupBy: [.organization(depth: 0), .severity])),
    ]
    for (size, index) in held.sorted(by: { $0.key < $1.key }) {
        for (name, query) in queries {
            Benchmark("\(name) (\(size.formatted()) findings)") { benchmark in
                for _ in benchmark.scaledIterations { blackHole(try index.run(query)) }
            }
        }
        let facts = (1...1000).compactMap { index.fact(UInt32($0 * (size / 1000))) }
        // The index lives across the benchmark's calls, so that no call pays for a copy of it.
        let updating = Held(index)
        Benchmark("One finding's status changed (\(size.formatted()) held)", configuration: .init(metrics: [.wallClock], maxIterations: 100_000)) { benchmark in
            for _ in benchmark.scaledIterations {
                let fact = facts[updating.step % facts.count]
                updating.step += 1
                try updating.index.updateRectification(of: fact.key, status: updating.step % 2 == 0 ? .inProgress : .verified,
                                                       closedOn: updating.step % 2 == 0 ? nil : Day(number: max(fact.foundOn.number, 19_300)), recurrence: false)
            }
        }
    }

    if let table = try? Data(contentsOf: directory.appendingPathComponent("findings_1000000.jsonl"), options: .alwaysMapped) {
        var small = FindingIndex(dimensions: dimensions)
        var cut = table.startIndex
        for _ in 0..<1000 { cut = (table[cut...].firstIndex(of: UInt8(ascii: "\n")) ?? table.endIndex - 1) + 1 }
        if (try? small.load(table[table.startIndex..<cut], format: .jsonLines, dimensions: dimensions)) != nil {
            Benchmark("Full-scan Q1 over 1,000 findings (the yardstick for one update)", configuration: .init(metrics: [.wallClock], maxIterations: 100_000)) { benchmark in
                for _ in benchmark.scaledIterations { blackHole(try small.run(queries[0].1)) }
            }
        }
    }

    let texts = SyntheticFindingTexts.make(count: 1_000_000)
    Benchmark("Cluster 1,000,000 finding texts (MinHash + LSH)", configuration: .init(maxIterations: 3)) { benchmark in
        for _ in benchmark.scaledIterations { blackHole(NearDuplicateClustering().clusters(of: texts).count) }
    }
}

/// An index the update benchmark mutates in place from call to call (the benchmark runs one call at a time).
final class Held: @unchecked Sendable {
    var index: FindingIndex
    var step = 0

    init(_ index: FindingIndex) { self.index = index }
}
