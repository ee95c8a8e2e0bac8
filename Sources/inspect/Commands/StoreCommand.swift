import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitJSON

/// `inspect store` — create, check and snapshot the record.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "store", abstract: "存储 / create, verify and snapshot the store.",
                                                    subcommands: [Init.self, Verify.self, Snapshot.self, Head.self, RotateKey.self, Upgrade.self])

    /// `inspect store init` — a new store and its first account, the office head.
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "新建存储并开设巡察办主任账号 / create a store and the office head's account.")

        @OptionGroup var options: StoreOptions

        @Option(help: "The office head's account id.")
        var admin: String

        @Option(help: "The office head's name.")
        var name: String

        @Option(help: "The cryptographic suite (\(CryptoSuites.all.map(\.name).joined(separator: ", "))); fixed for the store's life.")
        var suite = CryptoSuites.standard.name

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                let store = try JSONEventStore(at: options.storeURL, keys: options.common.vault, suite: try CryptoSuites.named(suite))
                defer { store.close() }
                guard try store.lastSequence() == 0 else {
                    throw CLIFailure(.usage, language == .chinese ? "存储 \(options.storeURL.path) 已初始化。" : "The store at \(options.storeURL.path) is already set up.")
                }
                let service = try await InspectionService(store: store)
                let account = UserAccount(id: UserID(admin), name: name, role: .office, isOfficeHead: true)
                try await service.execute(Command(actor: account.actor, intent: .registerUser(account), reason: "store init"))
                let keys = (signing: store.keyLocation(.signing), data: store.keyLocation(.data))
                try Printer(format: options.format).done(
                    language == .chinese
                        ? """
                          已新建存储 \(options.storeURL.path)，巡察办主任账号：\(admin)。
                          签名密钥：\(keys.signing)
                          数据密钥：\(keys.data)
                          两把密钥都在存储目录之外，请分别备份；丢失数据密钥即无法再读取保密内容。
                          签名公钥（请另行保存，用于 store verify --public-key）：\(store.publicKey)
                          """
                        : """
                          Created the store at \(options.storeURL.path); the office head's account is \(admin).
                          Signing key: \(keys.signing)
                          Data key:    \(keys.data)
                          Both keys live outside the store directory: back each up separately; without the data key, sealed content cannot be read again.
                          Public signing key (keep it elsewhere, for store verify --public-key): \(store.publicKey)
                          """,
                    json: InitReport(account: account, storeID: store.storeID, publicKey: store.publicKey, signingKey: keys.signing, dataKey: keys.data))
            }
        }
    }

    /// `inspect store verify` — walk the whole chain.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "校验哈希链 / verify every record and snapshot of the store.")

        @OptionGroup var options: StoreOptions

        @Option(help: "A chain head kept earlier (SEQUENCE:HASH) that the journal must still hold.")
        var head: String?

        @Option(name: .customLong("public-key"), help: "The public signing key kept elsewhere (hex, as store init printed it): the journal must be signed by it.")
        var publicKey: String?

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                let store = try JSONEventStore(at: options.storeURL, keys: options.common.vault, mode: .readOnly, create: false)
                defer { store.close() }
                let report = try store.verify(publicKey: publicKey)
                if let head {
                    let parts = head.split(separator: ":")
                    guard parts.count == 2, let sequence = Int(parts[0]) else {
                        throw CLIFailure(.usage, language == .chinese ? "--head 应写作 序号:哈希。" : "--head takes SEQUENCE:HASH.")
                    }
                    try store.verify(against: ChainHead(sequence: sequence, hash: String(parts[1])))
                }
                let unfinished = report.unfinishedWrite.map { torn in
                    language == .chinese ? "；末尾有一次因中断而未完成的写入（\(torn.segment) 第\(torn.line)行起，\(torn.bytes) 字节，从未确认），下次写入打开时会被截去"
                                         : "; an unfinished write at the end (\(torn.segment) from line \(torn.line), \(torn.bytes) bytes, never acknowledged) will be cut off when the store is next opened for writing"
                } ?? ""
                let text = language == .chinese
                    ? "校验通过：\(report.events) 个事件、\(report.commits) 个签名检查点（签名密钥 \(report.signingKeys.joined(separator: " → "))）、\(report.snapshots.count) 个快照，链头 \(report.head.sequence):\(report.head.hash)\(unfinished)"
                    : "Verified: \(report.events) events, \(report.commits) signed commits (signing keys \(report.signingKeys.joined(separator: " → "))), \(report.snapshots.count) snapshots, chain head \(report.head.sequence):\(report.head.hash)\(unfinished)"
                try Printer(format: options.format).done(text, json: VerifyReport(report))
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
                let store = try JSONEventStore(at: options.storeURL, keys: options.common.vault, mode: .readOnly, create: false)
                defer { store.close() }
                let head = try store.chainHead()
                try Printer(format: options.format).done("\(head.sequence):\(head.hash)", json: head)
            }
        }
    }
}

extension StoreCommand {
    /// `inspect store rotate-key` — a new signing key (introduced by a checkpoint the old key signs) or data key.
    struct RotateKey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate-key",
            abstract: "轮换密钥 / replace the signing key or the data key (the office head).",
            discussion: "signing: a checkpoint signed by the old key (and the new) introduces the new key. data: every record key is re-wrapped under a new data key; the old one then opens nothing in the store (older backups need it).")

        @OptionGroup var options: StoreOptions
        @Argument(help: "Which key: signing or data.") var key: KeyChoice

        /// The keys `rotate-key` replaces.
        enum KeyChoice: String, ExpressibleByArgument, CaseIterable {
            case signing, data
        }

        func run() async throws {
            try await Session.run(options) { session in
                guard session.actor.isHeadOfOffice else {
                    throw DomainError(.accessRole, zh: "只有巡察办主任可以轮换密钥。", en: "Only the office head rotates keys.")
                }
                switch key {
                case .signing:
                    let publicKey = try await session.store.rotateSigningKey()
                    try Printer(format: options.format).done(
                        session.t("已轮换签名密钥，新密钥在 \(session.store.keyLocation(.signing))。新的签名公钥（请另行保存）：\(publicKey)",
                                  "Rotated the signing key; the new key is at \(session.store.keyLocation(.signing)). The new public signing key (keep it elsewhere): \(publicKey)"),
                        json: ["publicKey": publicKey, "signingKey": session.store.keyLocation(.signing)])
                case .data:
                    let id = try await session.store.rotateDataKey()
                    try Printer(format: options.format).done(
                        session.t("已轮换数据密钥（\(id)），新密钥在 \(session.store.keyLocation(.data))，请备份。旧数据密钥只对轮换前的备份有用。",
                                  "Rotated the data key (\(id)); the new key is at \(session.store.keyLocation(.data)): back it up. The old data key now opens only backups taken before the rotation."),
                        json: ["dataKeyID": id, "dataKey": session.store.keyLocation(.data)])
                }
            }
        }
    }

    /// `inspect store upgrade` — rewrite a format-1 store as a signed, sealed store in a new directory.
    struct Upgrade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "升级旧格式存储 / rewrite an unsigned format-1 store as a new, signed and sealed store.")

        @OptionGroup var common: CommonOptions
        @Option(help: "The format-1 store.") var store: String
        @Option(help: "A new, empty directory for the upgraded store.") var to: String

        func run() async throws {
            let language = common.language
            try await CLI.run(language) {
                let report = try await JSONEventStore.upgrade(from: URL(fileURLWithPath: store), to: URL(fileURLWithPath: to), keys: common.vault)
                try Printer(format: .table).done(
                    language == .chinese
                        ? "已将 \(report.events) 个事件升级写入 \(to)（原链头 \(report.formerHead.sequence):\(report.formerHead.hash) 记入新存储的首个检查点）。核对无误后，请销毁旧目录及其备份：其中的保密内容是明文。"
                        : "Upgraded \(report.events) events into \(to) (the old chain head \(report.formerHead.sequence):\(report.formerHead.hash) is recorded in the new store's first checkpoint). Once checked, destroy the old directory and its backups: they hold confidential content in clear.",
                    json: ["events": report.events])
            }
        }
    }
}

/// What `store init --format json` prints.
struct InitReport: Encodable {
    let account: UserAccount
    let storeID: String
    let publicKey: String
    let signingKey: String
    let dataKey: String
}

/// What `store verify --format json` prints.
struct VerifyReport: Encodable {
    let events: Int
    let head: ChainHead
    let commits: Int
    let signingKeys: [String]
    let snapshots: [String]

    init(_ report: VerificationReport) {
        events = report.events
        head = report.head
        commits = report.commits
        signingKeys = report.signingKeys
        snapshots = report.snapshots
    }
}
