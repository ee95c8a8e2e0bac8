import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// A failure the CLI reports in words and an exit code (see `ExitStatus`).
struct CLIFailure: Error {
    let status: ExitStatus
    let message: String

    init(_ status: ExitStatus, _ message: String) {
        self.status = status
        self.message = message
    }
}

/// 退出码 — what `inspect` exits with, for scripts.
enum ExitStatus: Int32, CaseIterable {
    /// 0: done.
    case ok = 0
    /// 1: refused by a rule of inspection work (the rule is named).
    case refusedByRule = 1
    /// 2: refused by the access policy (the rule is named).
    case refusedByPolicy = 2
    /// 3: the store is in use, damaged, of a newer format, or the disk failed.
    case store = 3
    /// 4: an input file is invalid (lines and fields named).
    case invalidInput = 4
    /// 64: the command line is wrong (unknown option, missing account…).
    case usage = 64

    /// What the code means, for the help text.
    var meaning: String {
        switch self {
        case .ok: "done"
        case .refusedByRule: "refused by a rule of inspection work"
        case .refusedByPolicy: "refused by the access policy"
        case .store: "store problem (in use, damaged, newer format, disk)"
        case .invalidInput: "an input file is invalid"
        case .usage: "wrong command line"
        }
    }
}

/// Runs a command body, printing failures in the chosen language and turning them into exit codes.
enum CLI {
    static func run(_ language: Language, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch let error as DomainError {
            throw fail(error.isAccessDenial ? .refusedByPolicy : .refusedByRule, error.text(language))
        } catch let error as StoreError {
            throw fail(.store, error.text(language))
        } catch let failure as CLIFailure {
            throw fail(failure.status, failure.message)
        } catch let error as TaxonomyError {
            throw fail(.invalidInput, error.description)
        }
    }

    /// Prints `message` to standard error and returns the exit code to throw.
    static func fail(_ status: ExitStatus, _ message: String) -> ExitCode {
        let shown = status == .ok ? message : Style.errors.red(message)
        FileHandle.standardError.write(Data((shown + "\n").utf8))
        return ExitCode(status.rawValue)
    }
}
