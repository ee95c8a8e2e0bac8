import Foundation
import Testing

/// The DocC command-line guide, followed step by step: its shell blocks, in order, run as one session against the built
/// `inspect` in an empty directory, each step required to succeed and each `# refused: [rule]` step required to be
/// refused by that rule — so the guide cannot drift from the program.
@Suite("inspect: the command-line guide")
struct CommandLineGuideTests {
    @Test func followsTheCommandLineGuideStepByStep() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DocsSource/InspectionKit.docc/TheCommandLine.md")
        let session = GuideSession(markdown: try String(contentsOf: guide, encoding: .utf8))
        #expect(session.commands >= 100, "the guide's blocks were not found: \(session.commands) commands")
        #expect(session.refusals >= 8, "the guide shows its refusals: \(session.refusals)")

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-guide-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("guide.sh")
        try Data(session.script(inspect: try CommandLineTests.executable().path).utf8).write(to: script)
        let log = folder.appendingPathComponent("guide.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path]
        process.currentDirectoryURL = folder
        var environment = InspectProcess.environment
        environment["INSPECT_KEYS"] = folder.appendingPathComponent("keys").path
        environment["LANG"] = "zh_CN.UTF-8"
        process.environment = environment
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let printed = try String(contentsOf: log, encoding: .utf8)
        #expect(process.terminationStatus == 0, "the guide stopped: \(printed.suffix(3_000))")
        #expect(printed.contains("巡察工作情况") && printed.contains("XC-000002") && printed.contains("已归档"), "\(printed.suffix(1_500))")
    }
}

/// The shell session a Markdown guide's ```sh blocks make, with its refusals turned into checks.
struct GuideSession {
    /// The blocks' lines, in order.
    let lines: [String]

    init(markdown: String) {
        var lines: [String] = []
        var inside = false
        for line in markdown.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                inside = !inside && line == "```sh"
                continue
            }
            if inside { lines.append(line) }
        }
        self.lines = lines
    }

    /// How many `inspect` commands the session runs.
    var commands: Int { lines.filter { $0.hasPrefix("inspect ") }.count }

    /// How many of them are shown refused.
    var refusals: Int { lines.filter { Self.refusal($0) != nil }.count }

    /// A line's command and the rule it is shown refused by, if it is.
    static func refusal(_ line: String) -> (command: String, rule: String)? {
        guard let marker = line.range(of: "# refused: [") else { return nil }
        let rest = line[marker.upperBound...]
        guard let close = rest.firstIndex(of: "]") else { return nil }
        return (String(line[..<marker.lowerBound]).trimmingCharacters(in: .whitespaces), String(rest[..<close]))
    }

    /// The script: strict mode, `inspect` bound to the built binary, each refused step checked for its rule.
    func script(inspect: String) -> String {
        let preamble = """
        set -euo pipefail
        trap 'echo "FAILED: $BASH_COMMAND" >&2' ERR
        inspect() { "\(inspect)" "$@"; }
        refused() {
          local rule="$1"; shift
          local err
          if err=$("$@" 2>&1 >/dev/null); then echo "NOT REFUSED, expected [$rule]: $*" >&2; exit 90; fi
          case "$err" in *"[$rule]"*) echo "refused as shown: $err" ;; *) echo "REFUSED OTHERWISE, expected [$rule]: $* — $err" >&2; exit 91 ;; esac
        }

        """
        let body = lines.map { line in Self.refusal(line).map { "refused \($0.rule) \($0.command)" } ?? line }
        return preamble + body.joined(separator: "\n") + "\n"
    }
}
