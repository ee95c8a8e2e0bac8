import ArgumentParser
import Foundation
import InspectionKit

/// `inspect inspector` — the talent pool (巡察人才库).
struct InspectorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspector", abstract: "巡察人才库 / add inspectors, record training and relatives, list the pool.",
                                                    subcommands: [Add.self, Import.self, Training.self, Relative.self, List.self])

    /// `inspect inspector add`.
    struct Add: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "入库 / add an inspector to the talent pool.")
        static let intents: [IntentKind] = [.registerInspector]

        @OptionGroup var options: StoreOptions
        @Option(help: "The inspector's id (generated when absent).") var id: String?
        @Option(help: "Name.") var name: String
        @Option(help: "Home organization.") var home: String
        @Option(help: "Rank, e.g. 正科级.") var rank: String
        @Option(help: "Expertise, comma-separated: \(Expertise.allCases.map(\.rawValue).joined(separator: ",")).") var expertise: CommaList?
        @Option(help: "Region of origin.") var region: String
        @Option(help: "The account the inspector acts as.") var user: String?
        @Option(help: "An earlier posting (任职经历) as ORG:START:END, days YYYY-MM-DD (repeatable; recusal looks back five years).") var posting: [String] = []

        func run() async throws {
            try await Session.run(options) { session in
                let postings = try posting.map { text throws -> Posting in
                    guard let parsed = InspectorCommand.posting(text) else {
                        throw CLIFailure(.usage, session.t("--posting 应写作 单位:开始日期:结束日期（YYYY-MM-DD）：\(text)", "--posting takes ORG:START:END with days as YYYY-MM-DD: \(text)"))
                    }
                    return parsed
                }
                var fields: Set<Expertise> = []
                for item in expertise?.items ?? [] {
                    guard let field = Expertise(rawValue: item) else {
                        throw CLIFailure(.usage, session.t("专业特长“\(item)”无效，可选：", "Unknown expertise '\(item)'; choose from: ") + Expertise.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                    fields.insert(field)
                }
                let events = try await session.execute(.registerInspector(InspectorRegistration(
                    id: id.map { InspectorID($0) }, name: name, userID: user.map { UserID($0) }, homeOrganizationID: OrganizationID(home), rank: rank,
                    expertise: fields, region: region, postings: postings)))
                let inspector = session.created(events) { if case .registry(.inspectorRegistered(let i)) = $0 { i } else { nil } }
                try Printer(format: options.format).done(session.t("已入库：\(inspector?.id.rawValue ?? "") \(name)", "Added \(inspector?.id.rawValue ?? "") \(name) to the pool."), json: inspector)
            }
        }
    }

    /// `inspect inspector import`.
    struct Import: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入人才库 / import inspectors from CSV.",
            discussion: "Columns: id,name,home,rank,expertise,region,user,postings (expertise separated by ';'; earlier postings (任职经历) as ORG:START:END separated by ';', days YYYY-MM-DD — recusal by post looks back at them). Invalid rows are reported by line and field and nothing is imported, unless --skip-invalid.")
        static let intents: [IntentKind] = [.registerInspector]

        @OptionGroup var options: StoreOptions
        @OptionGroup var importing: ImportOptions

        func run() async throws {
            let language = options.language
            try await CSVImport.command(options, importing, required: ["name", "home", "rank", "region"], noun: ("巡察干部", "inspectors")) { row throws(CSVImport.FieldError) in
                var fields: Set<Expertise> = []
                for item in (row.optional("expertise") ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                    guard let field = Expertise(rawValue: item) else {
                        throw CSVImport.FieldError(field: "expertise", message: (language == .chinese ? "可选：" : "choose from: ") + Expertise.allCases.map(\.rawValue).joined(separator: ";"))
                    }
                    fields.insert(field)
                }
                var postings: [Posting] = []
                for item in (row.optional("postings") ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                    guard let posting = InspectorCommand.posting(item) else {
                        throw CSVImport.FieldError(field: "postings", message: language == .chinese ? "任职经历应写作 单位:开始日期:结束日期（YYYY-MM-DD），多段以“;”分隔：\(item)"
                                                                                                   : "a posting is ORG:START:END with days as YYYY-MM-DD, several separated by ';': \(item)")
                    }
                    postings.append(posting)
                }
                return .registerInspector(InspectorRegistration(id: row.optional("id").map { InspectorID($0) }, name: try row.required("name", language),
                                                                userID: row.optional("user").map { UserID($0) }, homeOrganizationID: OrganizationID(try row.required("home", language)),
                                                                rank: try row.required("rank", language), expertise: fields, region: try row.required("region", language),
                                                                postings: postings))
            }
        }
    }

    /// `inspect inspector training`.
    struct Training: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "培训记录 / record a training.")
        static let intents: [IntentKind] = [.recordTraining]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspector.") var inspector: String
        @Option(help: "The course.") var title: String
        @Option(help: "Completed on (YYYY-MM-DD).") var day: Day
        @Option(help: "Hours.") var hours: Int

        func run() async throws {
            try await Session.run(options) { session in
                let record = TrainingRecord(title: title, completedOn: day, hours: hours)
                try await session.executeAndReport(.recordTraining(InspectorID(inspector), record))
            }
        }
    }

    /// `inspect inspector relative`.
    struct Relative: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "亲属申报 / record a declared relative (for recusal by kin).")
        static let intents: [IntentKind] = [.declareRelative]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspector.") var inspector: String
        @Option(help: "The relative's name.") var name: String
        @Option(help: "The relation, e.g. 配偶.") var relation: String
        @Option(help: "Where the relative holds office.") var organization: String
        @Option(help: "The office held.") var post: String

        func run() async throws {
            try await Session.run(options) { session in
                let relative = InspectionKit.Relative(name: name, relation: relation, organizationID: OrganizationID(organization), post: post)
                try await session.executeAndReport(.declareRelative(InspectorID(inspector), relative))
            }
        }
    }

    /// `inspect inspector list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "人才库 / list the talent pool.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let state = await session.service.state
                try AccessPolicy.authorizeRead(session.actor, .talentPool, state: state, today: session.service.today)
                let pool = state.inspectors.values.sorted { $0.id < $1.id }
                let header = [session.t("编号", "Id"), session.t("姓名", "Name"), session.t("所在单位", "Home"), session.t("职级", "Rank"),
                              session.t("专业", "Expertise"), session.t("培训学时", "Training h"), session.t("亲属申报", "Relatives")]
                let rows = pool.map { i in
                    [i.id.rawValue, i.name, state.organizations[i.homeOrganizationID]?.name ?? i.homeOrganizationID.rawValue, i.rank,
                     i.expertise.map(\.rawValue).sorted().joined(separator: ","), String(i.training.reduce(0) { $0 + $1.hours }), String(i.relatives.count)]
                }
                try Printer(format: options.format).rows(header, rows, json: pool)
            }
        }
    }
}

extension InspectorCommand {
    /// An earlier posting written as `ORG:START:END` (days `YYYY-MM-DD`), or nil when it is not.
    static func posting(_ text: String) -> Posting? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 3, !parts[0].isEmpty, let start = Day(iso: parts[1]), let end = Day(iso: parts[2]) else { return nil }
        return Posting(organizationID: OrganizationID(parts[0]), start: start, end: end)
    }
}
