import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 审计日志 — the audit trail for those who oversee: the newest events first, or those an audit search finds (a kind,
/// an account or a record's identifier; never content), one readable line each — who did what to which record, when it
/// happened and when it was entered, and why — never a lead's content or a petitioner's identity.
struct AuditPage {
    let workbench: Workbench

    /// The most events one page shows.
    static let limit = 200

    func register(on router: Router<APIContext>) {
        router.get("audit") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let query = request.uri.queryParameters.get("record").map { String($0) }.flatMap { $0.isEmpty ? nil : $0 }
            let t = viewer.t
            let language = viewer.language
            let events: [RecordedEvent]
            do {
                events = try await workbench.service.auditTrail(as: viewer.actor, matching: query)
            } catch let error as DomainError {
                return workbench.refusal(error, viewer: viewer, path: "/audit")
            }
            let state = await workbench.service.state
            let offset = OfficeSettings().utcOffsetSeconds
            let rows = events.suffix(Self.limit).reversed().map { event -> [String: Any] in
                let recorded = event.recordedDay(utcOffsetSeconds: offset)
                let occurred = event.occurredDay(utcOffsetSeconds: offset)
                return ["sequence": String(event.sequence), "occurred": occurred.iso, "recorded": occurred == recorded ? "" : recorded.iso,
                        "actor": state.users[event.actor].map { "\($0.name)（\(event.actor)）" } ?? event.actor.rawValue,
                        "role": event.role.label(language), "summary": event.event.summary(language), "reason": event.reason]
            }
            let data: [String: Any] = [
                "searchLabel": t("记录编号、账号或事件类型", "Record id, account or kind of event"), "search": t("查询", "Search"), "record": query ?? "",
                "hint": t("只按编号、账号和事件类型查询，从不检索内容；最多显示最近 \(Self.limit) 条。", "Searches identifiers, accounts and kinds of event, never content; shows the newest \(Self.limit) at most."),
                "columns": [t("序号", "Seq"), t("发生日", "Occurred"), t("补录于", "Entered"), t("操作人", "Actor"), t("角色", "Role"), t("事件", "Event"), t("理由", "Reason")],
                "rows": Array(rows), "none": t("没有符合条件的记录。", "Nothing matches."),
            ]
            return workbench.page(t("审计日志", "Audit trail"), template: "audit", data: data, viewer: viewer, language: language, path: "/audit")
        }
    }
}
