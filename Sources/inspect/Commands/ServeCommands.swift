import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitHTTP
import InspectionKitJSON
import InspectionKitWeb
import Logging

/// `inspect serve` — the REST API over a JSON store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "接口服务与工作台 / serve the REST API under /v1 and the workbench at / on the store (stops gracefully on Ctrl-C or SIGTERM).",
        discussion: """
        If the store fails (a write cannot be made durable), the server answers 503 with the cause — /health too — for         --failure-grace seconds, then stops and exits with code 3, for a supervisor (systemd, Kubernetes) to restart it         once the cause is fixed.
        """)

    @Option(help: "The store directory (or $INSPECT_STORE).") var store: String?
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on.") var port = 8080
    @Option(help: "Seconds a new connection may take to send a request's headers.") var headerTimeout = 10
    @Option(help: "Seconds a request's body may take to arrive.") var bodyTimeout = 30
    @Option(help: "Seconds a kept-alive connection may wait for its next request.") var idleTimeout = 30
    @Option(help: "Connections served at once (more wait to be accepted).") var maxConnections = 1_024
    @Option(help: "Threads that read and write the network (default: half the cores, at least one; pages are built on the others).")
    var networkThreads = ServerLimits.defaultNetworkThreads
    @Option(help: "Seconds the server goes on answering 503 after the store fails, before it exits with code 3.") var failureGrace = 5
    @Flag(help: "Mark the workbench's cookies Secure: set it when browsers reach the server over HTTPS (a proxy terminating TLS).") var secureCookies = false
    @OptionGroup var common: CommonOptions

    func validate() throws {
        for (name, value, range) in [("--header-timeout", headerTimeout, 1...3_600), ("--body-timeout", bodyTimeout, 1...3_600),
                                     ("--idle-timeout", idleTimeout, 1...3_600), ("--max-connections", maxConnections, 1...1_000_000),
                                     ("--network-threads", networkThreads, 1...256),
                                     ("--failure-grace", failureGrace, 0...3_600)] where !range.contains(value) {
            throw ValidationError("\(name) must lie between \(range.lowerBound) and \(range.upperBound).")
        }
    }

    func run() async throws {
        let path = store ?? ProcessInfo.processInfo.environment["INSPECT_STORE"] ?? "inspectionkit-demo"
        guard (1...65_535).contains(port) else {
            throw CLI.fail(.usage, common.language == .chinese ? "--port 应在 1 到 65535 之间。" : "--port must lie between 1 and 65535.")
        }
        try await CLI.run(common.language) {
            let opened = try JSONEventStore(at: URL(fileURLWithPath: path), keys: common.vault, mode: .readWrite(), create: false)
            defer { opened.close() }
            let service = try await InspectionService(store: opened)
            var logger = Logger(label: "inspectionkit.http")
            logger.logLevel = .info
            logger.info("serving \(path) on http://\(host):\(port)")
            let limits = ServerLimits(headerTimeout: .seconds(headerTimeout), bodyTimeout: .seconds(bodyTimeout), idleTimeout: .seconds(idleTimeout),
                                      maxConnections: maxConnections, failureGrace: .seconds(failureGrace), networkThreads: networkThreads)
            let workbench = try await Workbench(service: service, secureCookies: secureCookies, attachments: opened)
            logger.info("workbench at http://\(host):\(port)/")
            try await InspectionAPI.application(service: service, host: host, port: port, logger: logger, limits: limits,
                                                mount: workbench.register(on:)).runService()
        }
    }
}

/// `inspect token` — API tokens for the HTTP API.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "token", abstract: "接口令牌 / issue, list and revoke API tokens (the office head).",
                                                    subcommands: [Issue.self, List.self, Revoke.self])

    /// `inspect token issue`.
    struct Issue: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "签发令牌 / issue a token for an account; the secret is shown once.")
        static let intents: [IntentKind] = [.issueToken]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The account the token acts as.") var account: String
        @Option(help: "Days it stays valid (1 to 366).") var days = 90

        func run() async throws {
            try await Session.run(options) { session in
                guard (1...366).contains(days) else { throw CLIFailure(.usage, session.t("--days 应在 1 到 366 之间。", "--days must lie between 1 and 366.")) }
                let secret = TokenSecret.generate()
                let today = session.day
                let events = try await session.execute(.issueToken(userID: UserID(account), digest: TokenSecret.digest(of: secret), expiresOn: today.adding(days: days)))
                let token = events.compactMap { if case .accounts(.tokenIssued(let token)) = $0.event { token } else { nil } }.first
                try Printer(format: options.format).done(
                    session.t("已签发令牌 \(token?.id.rawValue ?? "")（\(account)，有效至 \(token?.expiresOn.iso ?? "")）。令牌只显示这一次：\n\(secret)",
                              "Issued token \(token?.id.rawValue ?? "") for \(account), valid until \(token?.expiresOn.iso ?? ""). It is shown only this once:\n\(secret)"),
                    json: ["id": token?.id.rawValue ?? "", "account": account, "secret": secret, "expiresOn": token?.expiresOn.iso ?? ""])
            }
        }
    }

    /// `inspect token list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "令牌列表 / tokens issued (never their secrets).")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                guard session.actor.isHeadOfOffice else {
                    throw CLIFailure(.refusedByPolicy, session.t("[access.role] 只有巡察办主任可以查看令牌。", "[access.role] Only the office head sees tokens."))
                }
                let state = await session.service.state
                let today = session.service.today
                let tokens = state.tokens.values.sorted { $0.id < $1.id }
                let rows = tokens.map { token in
                    [token.id.rawValue, token.userID.rawValue, token.issuedOn.iso, token.expiresOn.iso,
                     token.revoked ? session.t("已撤销", "revoked") : token.isValid(on: today) ? session.t("有效", "valid") : session.t("已过期", "expired")]
                }
                try Printer(format: options.format).rows(session.t(["令牌", "账号", "签发", "有效至", "状态"], ["Token", "Account", "Issued", "Expires", "State"]), rows, json: tokens)
            }
        }
    }

    /// `inspect token revoke`.
    struct Revoke: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "撤销令牌 / revoke a token at once.")
        static let intents: [IntentKind] = [.revokeToken]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The token's id (TOK-…).") var token: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.revokeToken(TokenID(token)))
            }
        }
    }
}
