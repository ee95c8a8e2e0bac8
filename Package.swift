// swift-tools-version: 6.1
// InspectionKit — the system of record for 巡察 work.

import Foundation
import PackageDescription

/// Tooling enters the manifest only when asked for, so embedders never resolve it.
let environment = ProcessInfo.processInfo.environment
let wantsBenchmarks = environment["INSPECTIONKIT_BENCHMARKS"] != nil
let wantsDocs = environment["INSPECTIONKIT_DOCS"] != nil
let wantsClient = environment["INSPECTIONKIT_CLIENT"] != nil

let package = Package(
    name: "InspectionKit",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "InspectionKit", targets: ["InspectionKit"]),
        .library(name: "InspectionKitJSON", targets: ["InspectionKitJSON"]),
        .library(name: "InspectionKitHTTP", targets: ["InspectionKitHTTP"]),
        .library(name: "InspectionKitWeb", targets: ["InspectionKitWeb"]),
        .library(name: "InspectionKitSamples", targets: ["InspectionKitSamples"]),
        .library(name: "InspectionKitFlatTables", targets: ["InspectionKitFlatTables"]),
        .executable(name: "inspect", targets: ["inspect"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(
            name: "InspectionKit",
            resources: [.process("Areas/Planning/Resources")]
        ),
        // The sample district (demo data for the CLI, tests and benchmarks) and the store conformance suite.
        .target(name: "InspectionKitSamples", dependencies: ["InspectionKit"]),
        // Bulk loading of flat findings tables (JSON Lines, CSV) into the statistics index: the peer benchmarks' loader.
        .target(name: "InspectionKitFlatTables", dependencies: ["InspectionKit"]),
        .target(
            name: "InspectionKitJSON",
            dependencies: [
                "InspectionKit",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "InspectionKitHTTP",
            dependencies: [
                "InspectionKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            resources: [.copy("OpenAPI/openapi.json")]
        ),
        // The workbench: server-rendered pages for the office, the teams, the inspected organizations and the receiving
        // bodies, mounted by `inspect serve` beside the API.
        .target(
            name: "InspectionKitWeb",
            dependencies: [
                "InspectionKit",
                "InspectionKitHTTP",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "inspect",
            dependencies: [
                "InspectionKit",
                "InspectionKitJSON",
                "InspectionKitHTTP",
                "InspectionKitWeb",
                "InspectionKitSamples",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "EmbeddingExample",
            dependencies: ["InspectionKit"],
            path: "Examples/EmbeddingExample"
        ),
        .testTarget(name: "InspectionKitTests", dependencies: ["InspectionKit", "InspectionKitSamples"]),
        .testTarget(name: "InspectionKitSamplesTests", dependencies: ["InspectionKitSamples", "InspectionKit"]),
        .testTarget(name: "InspectionKitFlatTablesTests", dependencies: ["InspectionKitFlatTables", "InspectionKit"]),
        // The fault tests drive the `inspect` executable as a child process that is killed mid-write.
        .testTarget(name: "InspectionKitJSONTests", dependencies: ["InspectionKitJSON", "InspectionKit", "InspectionKitSamples", "inspect"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "InspectionKitHTTPTests",
            dependencies: ["InspectionKitHTTP", "InspectionKit", "InspectionKitSamples", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(
            name: "InspectionKitWebTests",
            dependencies: ["InspectionKitWeb", "InspectionKitHTTP", "InspectionKit", "InspectionKitJSON", "InspectionKitSamples",
                           .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "inspectTests", dependencies: ["inspect", "InspectionKitSamples"]),
    ]
)

// The typed Swift client generated from the served /openapi.json by swift-openapi-generator's build plugin, and its
// test against a live server (scripts/check-client.sh; CI runs it). Building the generator takes minutes, so it
// enters the manifest only when asked for.
if wantsClient {
    package.dependencies += [
        .package(url: "https://github.com/apple/swift-openapi-generator", from: "1.14.3"),
        .package(url: "https://github.com/apple/swift-openapi-runtime", from: "1.13.4"),
        .package(url: "https://github.com/apple/swift-openapi-urlsession", from: "1.4.0"),
    ]
    package.products.append(.library(name: "InspectionKitClient", targets: ["InspectionKitClient"]))
    package.targets += [
        .target(
            name: "InspectionKitClient",
            dependencies: [
                .product(name: "OpenAPIRuntime", package: "swift-openapi-runtime"),
                .product(name: "OpenAPIURLSession", package: "swift-openapi-urlsession"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            plugins: [.plugin(name: "OpenAPIGenerator", package: "swift-openapi-generator")]
        ),
        .testTarget(
            name: "InspectionKitClientTests",
            dependencies: [
                "InspectionKitClient", "InspectionKitHTTP", "InspectionKit", "InspectionKitSamples",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
}

if wantsBenchmarks {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"])
    )
    package.targets.append(
        .executableTarget(
            name: "EngineBenchmarks",
            dependencies: [
                "InspectionKit",
                "InspectionKitSamples",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/EngineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
    // The finding-aggregation hot path (issue #5).
    package.targets.append(
        .executableTarget(
            name: "FindingBenchmarks",
            dependencies: [
                "InspectionKit",
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FindingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
    // The InspectionKit side of the peer comparison with DuckDB and SQLite (Benchmarks/peer-comparison.sh).
    package.targets.append(
        .executableTarget(
            name: "FindingWorkload",
            dependencies: ["InspectionKit", "InspectionKitFlatTables"],
            path: "Benchmarks/FindingWorkload"
        )
    )
    // The store's comparison with SQLite (WAL, synchronous=FULL), through GRDB.
    package.dependencies.append(.package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"))
    package.targets.append(
        .executableTarget(
            name: "StoreBenchmarks",
            dependencies: [
                "InspectionKit",
                "InspectionKitJSON",
                "InspectionKitSamples",
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            path: "Benchmarks/StoreBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    )
}

if wantsDocs {
    package.dependencies.append(.package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"))
}
