import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 管理 — the office's registers: accounts, organizations, inspectors and planning (terms, plans, rounds, teams),
/// each a page of tables read through the core as the viewer and the forms of the steps the viewer may take on them —
/// the same commands as `inspect user`, `inspect org`, `inspect inspector`, `inspect term`, `inspect round`,
/// `inspect team` and `inspect inspection schedule`. A register the role may not read answers with the refusal page.
struct OfficePages {
    let workbench: Workbench

    /// One register: its path, title and content.
    struct Register: Sendable {
        let path: String
        let title: @Sendable (Viewer) -> String
        let content: @Sendable (inout Engine, Viewer, String) throws(DomainError) -> Content
    }

    /// What a register shows: headed tables (already HTML) and forms.
    struct Content {
        var sections: [(heading: String, html: String)] = []
        var forms: [StepForm] = []
    }

    static let registers: [Register] = [OrganizationsRegister.register, InspectorsRegister.register, PlanningRegister.register, AccountsRegister.register]

    func register(on router: Router<APIContext>) {
        for register in Self.registers {
            router.get(RouterPath(stringLiteral: String(register.path.dropFirst()))) { request, context in
                let viewer = try await workbench.viewer(request, context)
                return try await workbench.recordPage(register.title(viewer), template: "office", viewer: viewer, path: register.path,
                                                      request: request) { engine throws(DomainError) in
                    let content = try register.content(&engine, viewer, register.path)
                    return [
                        "sections": content.sections.map { ["heading": $0.heading, "html": $0.html] },
                        "formsHeading": viewer.t("办理", "Steps you may take"),
                        "forms": content.forms.map { $0.html(viewer) }.joined(),
                        "hasForms": !content.forms.isEmpty,
                        "registersLabel": viewer.t("管理事项", "Registers"),
                        "registers": Self.registers.map { ["href": $0.path, "label": $0.title(viewer), "current": $0.path == register.path] as [String: Any] },
                    ] as [String: Any]
                }
            }
        }
        AccountsRegister(workbench: workbench).registerPasswordRoute(on: router)
    }

    /// The menu entries of the registers `actor` may read.
    static func navigation(for actor: Actor, language: Language) -> [(href: String, label: String)] {
        guard [.office, .leadingGroup, .auditor].contains(actor.role) else { return [] }
        return [("/office/organizations", language == .chinese ? "管理" : "Registers")]
    }
}

/// The choices of a select: records by id, labelled with their names.
func choices<ID: Comparable>(_ records: [(ID, String)]) -> [(value: String, label: String)] where ID: CustomStringConvertible {
    records.sorted { $0.0 < $1.0 }.map { (value: $0.0.description, label: "\($0.0) \($0.1)") }
}
