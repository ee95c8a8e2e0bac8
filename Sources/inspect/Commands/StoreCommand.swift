import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// `inspect store` — create, check and snapshot the record.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "存储 / create, verify and snapshot the store.",
                                                    subcommands: [Init.self, Verify.self, Snapshot.self, Head.self])

    /// `inspect store init` — a new store and its first account, the office head.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建存储并开设巡察办主任账号 / create a store and the office head's account.")

        @OptionGroup var options: StoreOptions

        @Option(help: "The office head's account id.")
        var admin: String

        @Option(help: "The office head's name.")
        var name: String

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                let store = try JSONEventStore(at: options.storeURL)
                defer { store.close() }
                guard try store.lastSequence() == 0 else {
                    throw CLIFailure(.usage, language == .chinese ? "存储 \(options.storeURL.path) 已初始化。" : "The store at \(options.storeURL.path) is already set up.")
                }
                let service = try await InspectionService(store: store)
                let account = UserAccount(id: UserID(admin), name: name, role: .office, isOfficeHead: true)
                try await service.execute(Command(actor: account.actor, intent: .registerUser(account), reason: "store init"))
                try Printer(format: options.format).done(language == .chinese ? "已新建存储 \(options.storeURL.path)，巡察办主任账号：\(admin)。"
                                                                             : "Created the store at \(options.storeURL.path); the office head's account is \(admin).",
                                                         json: account)
            }
        }
    }

    /// `inspect store verify` — walk the whole chain.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "校验哈希链 / verify every record and snapshot of the store.")

        @OptionGroup var options: StoreOptions

        @Option(help: "A chain head kept earlier (SEQUENCE:HASH) that the journal must still hold.")
        var head: String?

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                let store = try JSONEventStore(at: options.storeURL, mode: .readOnly, create: false)
                defer { store.close() }
                let report = try store.verify()
                if let head {
                    let parts = head.split(separator: ":")
                    guard parts.count == 2, let sequence = Int(parts[0]) else {
                        throw CLIFailure(.usage, language == .chinese ? "--head 应写作 序号:哈希。" : "--head takes SEQUENCE:HASH.")
                    }
                    try store.verify(against: ChainHead(sequence: sequence, hash: String(parts[1])))
                }
                let text = language == .chinese
                    ? "校验通过：\(report.events) 个事件，链头 \(report.head.sequence):\(report.head.hash)" + (report.badSnapshots.isEmpty ? "" : "；不可用的快照：\(report.badSnapshots.joined(separator: "、"))")
                    : "Verified: \(report.events) events, chain head \(report.head.sequence):\(report.head.hash)" + (report.badSnapshots.isEmpty ? "" : "; unusable snapshots: \(report.badSnapshots.joined(separator: ", "))")
                try Printer(format: options.format).done(text, json: report.head)
            }
        }
    }

    /// `inspect store snapshot` — write a snapshot of the current state.
    struct Snapshot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "写快照 / write a snapshot so the store opens faster.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            let language = options.language
            try await Session.run(options) { session in
                guard session.actor.role == .office else {
                    throw DomainError(.accessRole, zh: "快照由巡察办写入。", en: "The office writes snapshots.")
                }
                try await session.service.snapshot()
                let sequence = await session.service.state.lastSequence
                try Printer(format: options.format).done(language == .chinese ? "已写入序号 \(sequence) 的快照。" : "Wrote a snapshot at sequence \(sequence).",
                                                         json: ["sequence": sequence])
            }
        }
    }

    /// `inspect store head` — print the chain head to keep elsewhere.
    struct Head: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "导出链头 / print the chain head, to keep elsewhere.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await CLI.run(options.language) {
                let store = try JSONEventStore(at: options.storeURL, mode: .readOnly, create: false)
                defer { store.close() }
                let head = try store.chainHead()
                try Printer(format: options.format).done("\(head.sequence):\(head.hash)", json: head)
            }
        }
    }
}
