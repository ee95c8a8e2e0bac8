import ArgumentParser
import Foundation
import InspectionKit
import InspectionKitHTTP
import InspectionKitSamples
import InspectionKitJSON

/// `inspect demo` — writes the sample district (青溪区) into a JSON store and prints the office's dashboard from it.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "示例区驾驶舱 / write the sample district into a JSON store and print the office's dashboard.",
        discussion: """
        The district is generated deterministically from the seed, up to yesterday: a full term with rounds in every stage of \
        the lifecycle, each step dated on the day it happened, as an office that has used the system for years would have \
        it. When the store already holds a record, the dashboard is printed from it as it is, as of today.
        """
    )

    @OptionGroup var common: CommonOptions

    @Argument(help: "The store directory (created when absent; default: $INSPECT_STORE, else ./inspectionkit-demo).")
    var store: String?

    @Option(help: "Seed of the sample data.")
    var seed: UInt64 = 2024

    @Option(help: "Size of the district: small, standard or large.")
    var size: SampleSize = .standard

    func run() async throws {
        let language = common.language
        let url = URL(fileURLWithPath: store ?? ProcessInfo.processInfo.environment["INSPECT_STORE"] ?? "inspectionkit-demo")
        let handle = try JSONEventStore(at: url, keys: common.vault)
        defer { handle.close() }
        // Generated up to yesterday, so that no step is recorded later in the day than now.
        let yesterday = Day(date: Date(), utcOffsetSeconds: OfficeSettings().utcOffsetSeconds).adding(days: -1)
        let district = SampleDistrict(seed: seed, size: size.size, today: yesterday)
        var wroteDistrict = false
        if try handle.lastSequence() == 0 {
            let generated = try SampleDistrict.engine(seed: seed, size: size.size, until: yesterday)
            try await Self.write(generated.driver.engine.journal, to: handle)
            try await handle.saveSnapshot(generated.driver.engine.state)
            wroteDistrict = true
            print(language == .chinese ? "已将示例区写入存储 \(url.path)（\(try handle.lastSequence()) 个事件）。密钥保存在存储目录之外：\(handle.keyLocation(.signing))、\(handle.keyLocation(.data))。\n"
                                       : "Wrote the sample district to the store at \(url.path) (\(try handle.lastSequence()) events). Its keys are kept outside it: \(handle.keyLocation(.signing)), \(handle.keyLocation(.data)).\n")
        } else {
            print(language == .chinese ? "存储 \(url.path) 已有 \(try handle.lastSequence()) 个事件，按现有记录显示。\n"
                                       : "The store at \(url.path) already holds \(try handle.lastSequence()) events; showing them.\n")
        }
        // Open the record through the service, as of today, and read it as the office head: the dashboard's reads of
        // leads are confidential reads, durable in the store's audit trail before it prints.
        let service = try await InspectionService(store: handle)
        if wroteDistrict { try await Self.givePasswords(service, district: district) }
        let dashboard = Dashboard(district: district, language: language)
        print(try await service.read { engine in dashboard.render(&engine) }, terminator: "")
        print(try await Self.workbenchHint(service, language: language))
    }

    /// The sample accounts' password for the workbench (a demo's, printed for anyone to use: never a real office's).
    static let demoPassword = "qingxi-demo-2026"

    /// Gives every open account of the sample district the demo password, as its office head would.
    static func givePasswords(_ service: InspectionService, district: SampleDistrict) async throws {
        let digest = try await Passwords.hash(demoPassword)
        let accounts = await service.state.users.values.filter(\.active).map(\.id).sorted()
        for account in accounts {
            try await service.execute(Command(actor: district.cast.officeHead, intent: .setPassword(account, digest: digest), reason: "示例区演示密码"))
        }
    }

    /// How to open the workbench on the demo store: one account of each role that has a password.
    static func workbenchHint(_ service: InspectionService, language: Language) async throws -> String {
        let state = await service.state
        let examples = Role.allCases.compactMap { role in
            state.users.values.filter { $0.active && $0.actor.role == role && state.passwords[$0.id] != nil }.map(\.id).sorted().first
                .map { "\($0) (\(role.label(language)))" }
        }
        guard !examples.isEmpty else { return "" }
        return language == .chinese
            ? "\n工作台：运行 inspect serve，在浏览器打开 http://127.0.0.1:8080/ 。示例账号的密码均为 \(demoPassword)，例如：\(examples.joined(separator: "、"))。"
            : "\nWorkbench: run inspect serve and open http://127.0.0.1:8080/ in a browser. Every sample account's password is \(demoPassword), e.g. \(examples.joined(separator: ", "))."
    }

    /// Appends a journal in batches, submitting each without waiting (group commit).
    static func write(_ journal: [RecordedEvent], to store: JSONEventStore) async throws {
        var tickets: [AppendTicket] = []
        var last = 0
        var index = 0
        while index < journal.count {
            let batch = Array(journal[index..<min(journal.count, index + 500)])
            tickets.append(try store.submit(batch, expectedLastSequence: last))
            last = batch.last?.sequence ?? last
            index += batch.count
        }
        for ticket in tickets { try await ticket.wait() }
    }
}

/// The sizes `--size` accepts.
enum SampleSize: String, ExpressibleByArgument, CaseIterable {
    /// A handful of organizations.
    case small
    /// A county-sized district.
    case standard
    /// A large district.
    case large

    /// The generator's size.
    var size: SampleDistrict.Size {
        switch self {
        case .small: .small
        case .standard: .standard
        case .large: .large
        }
    }
}
