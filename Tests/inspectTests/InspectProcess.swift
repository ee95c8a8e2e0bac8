import Foundation
import InspectionKitJSON

/// Runs the built `inspect` binary against a store, as an account, and captures what it prints.
enum InspectProcess {
    /// The key directory of every store the tests create, given to each `inspect` they run.
    static let keys = KeyDirectory(FileManager.default.temporaryDirectory.appendingPathComponent("inspectionkit-test-keys", isDirectory: true))

    /// The environment of an `inspect` run by the tests: their key directory, no ambient store or account.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["INSPECT_AS"] = nil
        environment["INSPECT_STORE"] = nil
        environment["INSPECT_SIGNING_KEY"] = nil
        environment["INSPECT_DATA_KEY"] = nil
        environment["INSPECT_KEYS"] = keys.url.path
        return environment
    }

    struct Output {
        let status: Int32
        let out: String
        let err: String
    }

    static func run(_ arguments: [String], store: URL, as user: String? = "u-office-head", lang: String = "en", stdin: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = try CommandLineTests.executable()
        process.arguments = arguments + ["--store", store.path, "--lang", lang] + (user.map { ["--as", $0] } ?? [])
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// A new demo store (the sample district) in a temporary folder.
    static func demoStore() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-demo-\(UUID().uuidString)")
        let demo = Process()
        demo.executableURL = try CommandLineTests.executable()
        demo.arguments = ["demo", url.path, "--lang", "en"]
        demo.environment = environment
        demo.standardOutput = Pipe()
        try demo.run()
        demo.waitUntilExit()
        return url
    }
}
