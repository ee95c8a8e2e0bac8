import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 整改台账 — the rectification ledger as each role may see it (an inspected organization's head: its own items only),
/// in the three lists — 立行立改, 限期整改, 长期坚持 — with deadlines, warning colours and the last notice; and one item
/// with its progress, evidence, sign-off, acceptances and notices, and the forms of the steps the viewer may take on it
/// (progress, evidence, sign-off, acceptance, a supervision notice, long-term), each the same command as the CLI's.
struct LedgerPages {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.get("rectification") { request, context in
            let viewer = try await workbench.viewer(request, context)
            return try await workbench.recordPage(viewer.t("整改台账", "Rectification ledger"), template: "rectification", viewer: viewer, path: "/rectification") { engine in
                Self.ledger(&engine, viewer: viewer)
            }
        }
        router.get("rectification/:id") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let id = RectificationItemID(try context.parameters.require("id"))
            let path = "/rectification/\(id)"
            return try await workbench.recordPage(viewer.t("整改事项 \(id)", "Item \(id)"), template: "item", viewer: viewer, path: path, request: request) { engine throws(DomainError) in
                try Self.item(&engine, id, viewer: viewer, path: path)
            }
        }
    }

    static func ledger(_ engine: inout Engine, viewer: Viewer) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let state = engine.state
        let today = engine.today
        let yellow = engine.settings.yellowWarningDays
        let items = engine.rectificationItems(as: viewer.actor)
        let columns = [t("预警", "Level"), t("事项", "Item"), t("被巡察党组织", "Organization"), t("整改措施", "Measures"), t("状态", "Status"),
                       t("时限", "Deadline"), t("最近督办", "Last notice")]
        func table(_ chosen: [RectificationItem]) -> String {
            HTMLTable(columns: columns, rows: chosen.sorted { ($0.deadline, $0.id) < ($1.deadline, $1.id) }.map { item in
                let level = item.warning(on: today, yellowDays: yellow)
                return [.level(item.status.isOpen ? "\(level)" : "", label: item.status.isOpen ? level.label(language) : "—"),
                        .link(item.id.rawValue, href: "/rectification/\(item.id)"),
                        .text(state.inspections[item.inspectionID].flatMap { state.organizations[$0.targetID]?.name } ?? ""),
                        .text(item.measures), .text(item.status.label(language)), .text(item.deadline.iso),
                        .text(item.notices.last.map { "\($0.kind.label(language)) \($0.issuedOn.iso)" } ?? "")]
            }).html(empty: t("无。", "None."))
        }
        return ["lists": [
            ["heading": t("立行立改", "Immediate (立行立改)"), "table": table(items.filter { $0.isImmediate && $0.status != .longTerm })],
            ["heading": t("限期整改", "By a deadline (限期整改)"), "table": table(items.filter { !$0.isImmediate && $0.status != .longTerm })],
            ["heading": t("长期坚持", "Long-term (长期坚持)"), "table": table(items.filter { $0.status == .longTerm })],
        ]]
    }

    static func item(_ engine: inout Engine, _ id: RectificationItemID, viewer: Viewer, path: String) throws(DomainError) -> [String: Any] {
        let t = viewer.t
        let language = viewer.language
        let item = try engine.rectificationItem(id, as: viewer.actor)
        let state = engine.state
        let today = engine.today
        let level = item.warning(on: today, yellowDays: engine.settings.yellowWarningDays)
        let finding = state.findings[item.findingID]
        var facts: [[String: String]] = [
            ["label": t("问题", "Finding"), "value": "\(item.findingID) \(finding?.content.title ?? "")"],
            ["label": t("整改措施", "Measures"), "value": item.measures],
            ["label": t("责任领导", "Responsible leader"), "value": item.responsibleLeader],
            ["label": t("责任部门", "Responsible department"), "value": item.responsibleDepartment],
            ["label": t("时限", "Deadline"), "value": item.deadline.iso],
            ["label": t("状态", "Status"), "value": item.status.label(language)],
        ]
        if item.status.isOpen { facts.append(["label": t("预警", "Level"), "value": level.label(language)]) }
        var closeOut: [[String: String]] = item.closeOut.evidence.map { evidence in
            var line = ["text": t("佐证：\(evidence.title)（\(evidence.reference)）", "Evidence: \(evidence.title) (\(evidence.reference))")]
            if let file = evidence.file {
                line["href"] = "/files/\(file.sha256)"
                line["file"] = t("下载 \(file.name)（\(max(1, file.size >> 10)) KB）", "download \(file.name) (\(max(1, file.size >> 10)) KB)")
            }
            return line
        }
        if let signOff = item.closeOut.signOff { closeOut.append(["text": t("\(signOff.headName) 于 \(signOff.day) 签字背书", "Signed off by \(signOff.headName) on \(signOff.day)")]) }
        for (party, day) in item.closeOut.acceptedBy.sorted(by: { $0.value < $1.value }) {
            closeOut.append(["text": t("\(party.label(language)) 于 \(day) 验收", "Accepted by the \(party.label(language)) on \(day)")])
        }
        if closeOut.isEmpty { closeOut = [["text": t("尚无佐证、背书或验收。", "No evidence, sign-off or acceptance yet.")]] }
        let forms = Self.forms(for: item, viewer: viewer, state: state, today: today, path: path)
        return [
            "facts": facts,
            "progressHeading": t("整改进展", "Progress"),
            "progressColumns": [t("日期", "Day"), t("情况", "Note"), t("填报人", "By")],
            "progress": item.progress.map { ["day": $0.day.iso, "note": $0.note, "author": state.users[$0.author]?.name ?? $0.author.rawValue] },
            "noProgress": t("尚未填报进展。", "No progress reported yet."),
            "closeOutHeading": t("销号", "Close-out"),
            "closeOut": closeOut,
            "noticesHeading": t("督办", "Supervision notices"),
            "notices": item.notices.map { "\($0.issuedOn) \($0.kind.label(language))" },
            "hasNotices": !item.notices.isEmpty,
            "formsHeading": t("办理", "Steps you may take"),
            "forms": forms,
            "hasForms": !forms.isEmpty,
        ]
    }

    /// The forms of the steps the access policy lets the viewer take on the item.
    static func forms(for item: RectificationItem, viewer: Viewer, state: InspectionState, today: Day, path: String) -> String {
        OfferedSteps.forms(["updateRectification", "attachCloseOutEvidence", "signOffCloseOut", "acceptCloseOut", "issueSupervisionNotice", "markLongTerm"],
                           id: item.id.rawValue, viewer: viewer, state: state, today: today, back: path).map { $0.html(viewer) }.joined()
    }
}
