import Foundation
import InspectionKit
import InspectionKitFlatTables

// The InspectionKit side of the peer comparison (Benchmarks/peer-comparison.sh): loads the flat table of
// the workload of Benchmarks/README.md, runs Q1–Q5 through the query API, writes each result as CSV and prints the timings as JSON.
//
//   FindingWorkload DATA_DIR N [--format jsonl|csv] [--repeat K] [--results DIR] [--only q1,q2,…]

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[(sorted.count - 1) / 2]
}

func percentile99(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[(sorted.count - 1) * 99 / 100]
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, let size = Int(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: FindingWorkload DATA_DIR N [--format jsonl|csv] [--repeat K] [--results DIR]\n".utf8))
    exit(64)
}
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let directory = URL(fileURLWithPath: arguments[0])
let format: FindingIndex.FlatFormat = option("--format") == "csv" ? .csv : .jsonLines
let repetitions = Int(option("--repeat") ?? "") ?? 7
let results = option("--results").map { URL(fileURLWithPath: $0) }
let only = option("--only").map { Set($0.split(separator: ",").map(String.init)) }
let clock = ContinuousClock()

do {
    let dimensions = try FlatDimensions(units: Data(contentsOf: directory.appendingPathComponent("units.csv")),
                                        categories: Data(contentsOf: directory.appendingPathComponent("categories.csv")))
    let file = directory.appendingPathComponent("findings_\(size).\(format == .csv ? "csv" : "jsonl")")
    let table = try Data(contentsOf: file, options: .alwaysMapped)
    var index = FindingIndex(dimensions: dimensions)
    let loadTime = try clock.measure { try index.load(table, format: format, dimensions: dimensions) }

    var report: [String: Double] = [
        "rows": Double(index.count),
        "load_ms": milliseconds(loadTime),
        "load_rows_per_s": Double(index.count) / (milliseconds(loadTime) / 1000),
        "bytes_per_finding": Double(index.memoryFootprint) / Double(max(index.count, 1)),
    ]
    for (name, query) in Workload.all where only?.contains(name) ?? true {
        var times: [Double] = []
        var result = try index.run(query)
        for _ in 0..<repetitions {
            times.append(milliseconds(try clock.measure { result = try index.run(query) }))
        }
        report["\(name)_ms"] = median(times)
        if let results {
            try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
            let text = Workload.rows(name, result).joined(separator: "\n") + "\n"
            try Data(text.utf8).write(to: results.appendingPathComponent("inspectionkit_\(name).csv"))
        }
    }

    // The incremental update against a full-scan query over 1,000 findings, measured in the same run.
    var small = FindingIndex(dimensions: dimensions)
    var cut = table.startIndex
    for _ in 0..<(format == .csv ? 1001 : 1000) {
        guard let newline = table[cut...].firstIndex(of: UInt8(ascii: "\n")) else { break }
        cut = newline + 1
    }
    try small.load(table[table.startIndex..<cut], format: format, dimensions: dimensions)
    var scanTimes: [Double] = []
    for _ in 0..<2000 { scanTimes.append(milliseconds(try clock.measure { _ = try small.run(Workload.q1) })) }
    var updateTimes: [Double] = []
    var generator = SystemRandomNumberGenerator()
    for step in 0..<2000 {
        let key = UInt32.random(in: 1...UInt32(size), using: &generator)
        guard let fact = index.fact(key) else { continue }
        let reopen = step % 2 == 0
        let status: FindingStatus = reopen ? .inProgress : .verified
        let closed: Day? = reopen ? nil : Day(number: max(fact.foundOn.number, 19_300))
        updateTimes.append(milliseconds(try clock.measure {
            try index.updateRectification(of: key, status: status, closedOn: closed, recurrence: reopen)
        }))
    }
    report["scan_1000_p99_us"] = percentile99(scanTimes) * 1000
    report["update_p99_us"] = percentile99(updateTimes) * 1000
    let json = try JSONSerialization.data(withJSONObject: report, options: [.sortedKeys])
    print(String(decoding: json, as: UTF8.self))
} catch let error as StatisticsError {
    FileHandle.standardError.write(Data("FindingWorkload: \(error)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("FindingWorkload: \(error)\n".utf8))
    exit(1)
}
