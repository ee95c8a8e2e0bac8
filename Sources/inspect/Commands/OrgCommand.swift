import ArgumentParser
import Foundation
import InspectionKit

/// `inspect org` — the Party organizations in the tree.
struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "org", abstract: "党组织 / add, import, list and show the tree of organizations.",
                                                    subcommands: [Add.self, Import.self, Head.self, Rename.self, List.self, Tree.self])

    /// `inspect org add`.
    struct Add: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "登记党组织 / register an organization.")
        static let intents: [IntentKind] = [.registerOrganization]

        @OptionGroup var options: StoreOptions
        @Option(help: "Its code (generated when absent).") var id: String?
        @Option(help: "Its full name.") var name: String
        @Option(help: "Its kind, e.g. townshipCommittee or 乡镇党委.") var kind: String
        @Option(help: "The organization above it.") var parent: String?
        @Option(help: "Its region.") var region: String
        @Option(help: "Its head's name.") var headName: String?
        @Option(help: "Its head's account.") var headUser: String?
        @Flag(help: "Not to be covered by the term's inspections.") var outOfScope = false

        func run() async throws {
            let language = options.language
            try await CLI.run(language) {
                guard let parsedKind = OrganizationKind(parsing: kind) else { throw CLIFailure(.usage, OrganizationKind.help(language)) }
                let session = try await Session.open(options)
                defer { session.close() }
                let registration = OrganizationRegistration(id: id.map { OrganizationID($0) }, name: name, kind: parsedKind, parentID: parent.map { OrganizationID($0) },
                                                            region: region, head: headName.map { OrganizationHead(name: $0, userID: headUser.map { UserID($0) }) },
                                                            inScope: !outOfScope)
                let events = try await session.execute(.registerOrganization(registration))
                let created = events.lazy.compactMap { if case .registry(.organizationRegistered(let o)) = $0.event { o } else { nil } }.first
                try Printer(format: options.format).done(language == .chinese ? "已登记党组织 \(created?.id.rawValue ?? "")：\(name)。"
                                                                             : "Registered organization \(created?.id.rawValue ?? ""): \(name).", json: created)
            }
        }
    }

    /// `inspect org rename`.
    struct Rename: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "党组织更名 / record an organization's new name; its code and history stay.")
        static let intents: [IntentKind] = [.renameOrganization]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The organization.") var org: String
        @Option(help: "Its new full name.") var name: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.renameOrganization(OrganizationID(org), name: name))
            }
        }
    }

    /// `inspect org import`.
    struct Import: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "导入党组织 / import organizations from CSV.",
            discussion: "Columns: id,name,kind,parent,region,head_name,head_user,in_scope. Parents may come earlier in the file. Invalid rows are reported by line and field and nothing is imported, unless --skip-invalid.")
        static let intents: [IntentKind] = [.registerOrganization]

        @OptionGroup var options: StoreOptions
        @OptionGroup var importing: ImportOptions

        func run() async throws {
            let language = options.language
            try await CSVImport.command(options, importing, required: ["name", "kind", "region"], noun: ("党组织", "organizations")) { row throws(CSVImport.FieldError) in
                let kindText = try row.required("kind", language)
                guard let kind = OrganizationKind(parsing: kindText) else {
                    throw CSVImport.FieldError(field: "kind", message: OrganizationKind.help(language))
                }
                var inScope = true
                if let flag = row.optional("in_scope") {
                    guard let parsed = Bool(parsingFlag: flag) else {
                        throw CSVImport.FieldError(field: "in_scope", message: language == .chinese ? "应为 是/否 或 true/false" : "must be true/false or 是/否")
                    }
                    inScope = parsed
                }
                let head = row.optional("head_name").map { OrganizationHead(name: $0, userID: row.optional("head_user").map { UserID($0) }) }
                return .registerOrganization(OrganizationRegistration(id: row.optional("id").map { OrganizationID($0) }, name: try row.required("name", language), kind: kind,
                                                                      parentID: row.optional("parent").map { OrganizationID($0) },
                                                                      region: try row.required("region", language), head: head, inScope: inScope))
            }
        }
    }

    /// `inspect org list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出党组织 / list organizations.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Only this kind.") var kind: String?

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let filter = try kind.map { text throws in
                    guard let parsed = OrganizationKind(parsing: text) else { throw CLIFailure(.usage, OrganizationKind.help(language)) }
                    return parsed
                }
                let organizations = try await session.service.read { engine in
                    engine.state.organizations.values
                        .filter { AccessPolicy.canRead(session.actor, .organization($0.id), state: engine.state, today: engine.today) }
                        .filter { filter == nil || $0.kind == filter }
                        .sorted { $0.id < $1.id }
                }
                let header = language == .chinese ? ["编号", "名称", "类型", "上级", "区域", "主要负责人", "应覆盖"] : ["Code", "Name", "Kind", "Parent", "Region", "Head", "In scope"]
                let rows = organizations.map { org in
                    [org.id.rawValue, org.name, org.kind.label(language), org.parentID?.rawValue ?? "", org.region, org.head?.name ?? "",
                     org.inScope ? (language == .chinese ? "是" : "yes") : (language == .chinese ? "否" : "no")]
                }
                try Printer(format: options.format).rows(header, rows, json: organizations)
            }
        }
    }

    /// `inspect org tree`.
    struct Tree: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "党组织树 / print the organization tree.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Start at this organization (default: every root).") var root: String?

        func run() async throws {
            try await Session.run(options, readOnly: true) { session in
                let state = await session.service.state
                let today = session.service.today
                let tree = state.tree
                let roots = root.map { [OrganizationID($0)] } ?? state.organizations.values.filter { $0.parentID == nil }.map(\.id).sorted()
                var lines: [String] = []
                func walk(_ id: OrganizationID, depth: Int) {
                    guard let org = state.organizations[id] else { return }
                    if AccessPolicy.canRead(session.actor, .organization(id), state: state, today: today) {
                        lines.append(String(repeating: "  ", count: depth) + "\(org.name)  [\(org.id)]")
                    }
                    for child in tree.children(of: id) { walk(child, depth: depth + 1) }
                }
                for id in roots {
                    guard state.organizations[id] != nil else { throw DomainError.unknown(.organization, id.rawValue) }
                    walk(id, depth: 0)
                }
                try Printer(format: options.format).done(lines.joined(separator: "\n"), json: lines)
            }
        }
    }
}

extension OrganizationKind {
    /// A kind from its code name or its Chinese label.
    init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let kind = OrganizationKind(rawValue: trimmed) ?? OrganizationKind.allCases.first(where: { $0.label(.chinese) == trimmed }) else { return nil }
        self = kind
    }

    /// The accepted kinds, for error messages.
    static func help(_ language: Language) -> String {
        let names = allCases.map { "\($0.rawValue) (\($0.label(.chinese)))" }.joined(separator: ", ")
        return language == .chinese ? "类型应为以下之一：\(names)" : "the kind must be one of: \(names)"
    }
}

extension Bool {
    /// true/false, yes/no, 1/0, 是/否.
    init?(parsingFlag text: String) {
        switch text.lowercased() {
        case "true", "yes", "1", "是", "y": self = true
        case "false", "no", "0", "否", "n": self = false
        default: return nil
        }
    }
}
