import Benchmark
import InspectionKit
import InspectionKitSamples

/// Benchmarks of the core engine: generating the sample district (deciding every command through policy and rules)
/// and rebuilding state by replaying its journal.
///
///     INSPECTIONKIT_BENCHMARKS=1 swift package benchmark --target EngineBenchmarks
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .throughput, .mallocCountTotal], maxDuration: .seconds(5), maxIterations: 50)

    Benchmark("Generate the small sample district (decide + apply every command)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try SampleDistrict.engine(size: .small).driver.engine.journal.count)
        }
    }

    let journal: [RecordedEvent] = (try? SampleDistrict.engine(size: .standard).driver.engine.journal) ?? []
    Benchmark("Replay the standard district's journal (\(journal.count) events)") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try Engine(replaying: journal).state.lastSequence)
        }
    }
}
