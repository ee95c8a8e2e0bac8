import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitHTTP

extension UserCommand {
    /// `inspect user password` — set an account's sign-in password for the workbench.
    struct Password: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "设置登录密码 / set an account's sign-in password (the account itself, or the office head).",
            discussion: """
                The password is read from standard input, never from the command line (where other users and shell history \
                could see it): typed twice at a prompt with echo off, or the first line of a pipe. Only its bcrypt hash is kept.
                """)
        static let intents: [IntentKind] = [.setPassword]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The account.") var id: String

        func run() async throws {
            // The password is read and hashed before the store is opened, so a slow typist holds no lock.
            let language = options.language
            var digest = ""
            try await CLI.run(language) {
                let password = try PasswordPrompt.read(language)
                if let problem = Passwords.problem(with: password, for: UserID(id)) {
                    throw CLIFailure(.usage, language == .chinese ? problem.zh : problem.en)
                }
                digest = try await Passwords.hash(password)
            }
            try await Session.run(options) { session in
                try await session.executeAndReport(.setPassword(UserID(id), digest: digest))
            }
        }
    }
}

/// Reads a new password from standard input: at a terminal, twice with echo off; from a pipe, its first line.
enum PasswordPrompt {
    static func read(_ language: Language) throws -> String {
        func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }
        guard isatty(STDIN_FILENO) == 1 else {
            guard let line = readLine(strippingNewline: true) else {
                throw CLIFailure(.usage, t("请在标准输入中提供新密码。", "Give the new password on standard input."))
            }
            return line
        }
        let first = try hidden(t("新密码：", "New password: "))
        let second = try hidden(t("再输入一次：", "Again: "))
        guard first == second else { throw CLIFailure(.usage, t("两次输入的密码不一致，未作更改。", "The two passwords differ; nothing was changed.")) }
        return first
    }

    /// One line typed at the terminal with echo off, after `prompt` on standard error.
    private static func hidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true) ?? ""
    }
}
