import Foundation
import InspectionKit

/// What the terminal can show: colour on standard output and progress on standard error, only when a person is
/// watching (a TTY), the terminal is not `dumb` and `NO_COLOR` is unset.
enum Terminal {
    private static let environment = ProcessInfo.processInfo.environment
    private static var capable: Bool { environment["TERM"] != "dumb" }

    /// Whether standard output takes colour.
    static var colourOnOutput: Bool { isatty(STDOUT_FILENO) == 1 && capable && environment["NO_COLOR"] == nil }
    /// Whether standard error takes colour.
    static var colourOnErrors: Bool { isatty(STDERR_FILENO) == 1 && capable && environment["NO_COLOR"] == nil }
    /// Whether to draw progress bars on standard error.
    static var progress: Bool { isatty(STDERR_FILENO) == 1 && capable }

    /// The width tables wrap to: `$COLUMNS` when set, else the terminal's when the output is one; nil (no wrapping)
    /// when the output goes to a file or a pipe.
    static var columns: Int? {
        if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        guard isatty(STDOUT_FILENO) == 1, let tty = FileHandle(forReadingAtPath: "/dev/tty") else { return nil }
        // `stty size` answers "ROWS COLUMNS" for the terminal on its standard input.
        let stty = Process()
        stty.executableURL = URL(fileURLWithPath: "/bin/stty")
        stty.arguments = ["size"]
        stty.standardInput = tty
        let out = Pipe()
        stty.standardOutput = out
        stty.standardError = FileHandle.nullDevice
        guard (try? stty.run()) != nil else { return nil }
        let answer = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        stty.waitUntilExit()
        let parts = answer.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return parts.count == 2 && parts[1] > 0 ? parts[1] : nil
    }
}

/// ANSI colours, or plain text when colour is off.
struct Style {
    let enabled: Bool

    /// Styles for standard output.
    static let output = Style(enabled: Terminal.colourOnOutput)
    /// Styles for standard error.
    static let errors = Style(enabled: Terminal.colourOnErrors)

    func red(_ text: String) -> String { paint(text, "31") }
    func yellow(_ text: String) -> String { paint(text, "33") }
    func green(_ text: String) -> String { paint(text, "32") }
    func bold(_ text: String) -> String { paint(text, "1") }

    private func paint(_ text: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
}

/// A progress bar on standard error for long work (imports), redrawn at most once per percent; silent off a terminal.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let lock = NSLock()
    private var shown = -1

    init(_ label: String, enabled: Bool = Terminal.progress) {
        self.label = label
        self.enabled = enabled
    }

    /// Shows `done` of `total`.
    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let percent = min(100, done * 100 / total)
        lock.lock()
        defer { lock.unlock() }
        guard percent != shown else { return }
        shown = percent
        let filled = percent * 30 / 100
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 30 - filled)
        FileHandle.standardError.write(Data("\r\(label) \(bar) \(percent)% (\(done)/\(total))".utf8))
    }

    /// Clears the bar's line.
    func finish() {
        guard enabled, shown >= 0 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

extension WarningLevel {
    /// The level's name, in its colour when colour is on.
    func painted(_ language: Language, _ style: Style = .output) -> String {
        switch self {
        case .red: style.red(label(language))
        case .yellow: style.yellow(label(language))
        case .green: style.green(label(language))
        }
    }
}
