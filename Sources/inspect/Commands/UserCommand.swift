import ArgumentParser
import InspectionKit

/// `inspect user` — the accounts that may act.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "user", abstract: "账号 / open, list and close accounts.",
                                                    subcommands: [Add.self, List.self, Deactivate.self, Password.self])

    /// `inspect user add`.
    struct Add: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "开设账号 / open an account (office head only).")
        static let intents: [IntentKind] = [.registerUser]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The new account's id.") var id: String
        @Option(help: "The person's name.") var name: String
        @Option(help: "office, leadingGroup, teamLeader, teamMember, inspectedOrg, disciplineCommission, organizationDepartment or auditor.")
        var role: Role
        @Option(help: "For team roles: the inspector in the talent pool.") var inspector: String?
        @Option(help: "For inspected organizations: the organization.") var organization: String?
        @Flag(help: "The office's head (office role only).") var officeHead = false

        func run() async throws {
            try await Session.run(options) { session in
                let account = UserAccount(id: UserID(id), name: name, role: role, inspectorID: inspector.map { InspectorID($0) },
                                          organizationID: organization.map { OrganizationID($0) }, isOfficeHead: officeHead)
                try await session.executeAndReport(.registerUser(account))
            }
        }
    }

    /// `inspect user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出账号 / list accounts.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let users = try await session.service.read { engine in try engine.accounts(as: session.actor) }
                let header = language == .chinese ? ["账号", "姓名", "角色", "关联", "状态"] : ["Account", "Name", "Role", "Tied to", "Status"]
                let rows = users.map { user in
                    [user.id.rawValue, user.name, user.role.label(language) + (user.isOfficeHead ? (language == .chinese ? "（主任）" : " (head)") : ""),
                     user.inspectorID?.rawValue ?? user.organizationID?.rawValue ?? "",
                     user.active ? (language == .chinese ? "启用" : "active") : (language == .chinese ? "停用" : "closed")]
                }
                try Printer(format: options.format).rows(header, rows, json: users)
            }
        }
    }

    /// `inspect user deactivate`.
    struct Deactivate: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "停用账号 / close an account (its history stays).")
        static let intents: [IntentKind] = [.deactivateUser]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The account to close.") var id: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.deactivateUser(UserID(id)))
            }
        }
    }
}

extension Role: ExpressibleByArgument {}
