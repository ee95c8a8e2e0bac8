import InspectionKit

/// 整改与监督 — the rectification ledger's steps after the plan, accountability, rules built and follow-up checks
/// (the rectification ledger and oversight). Progress reports with `If-Match` live in `RectificationRoutes`.
extension WorkflowCatalog {
    static let rectification: [WorkflowRoute] = [
        WorkflowRoute(path: "rectification-items/{id}/progress", operation: "updateRectification", tag: "rectification",
                      summary: "Report progress on a rectification item (its status and a note)",
                      body: .object([.required("status", .cases(RectificationStatus.self)), .required("note", .name)])) { id, body in
            .updateRectification(RectificationItemID(id), status: try body.value("status"), note: try body.string("note"))
        },
        WorkflowRoute(path: "findings/{id}/immediate-rectification", operation: "startImmediateRectification", tag: "rectification",
                      summary: "Start rectifying a finding at once (立行立改), before the feedback", body: .object(itemPlan)) { id, body in
            .startImmediateRectification(FindingID(id), try itemPlan(body, finding: FindingID(id)))
        },
        WorkflowRoute(path: "rectification-items/{id}/long-term", operation: "markLongTerm", tag: "rectification",
                      summary: "Mark an item as long-term, with its next review day", body: .object([.required("nextReview", .day)])) { id, body in
            .markLongTerm(RectificationItemID(id), nextReview: try body.day("nextReview"))
        },
        WorkflowRoute(path: "rectification-items/{id}/evidence", operation: "attachCloseOutEvidence", tag: "rectification",
                      summary: "Attach the evidence for closing an item", body: .object([.required("items", .list(evidence, minItems: 1))])) { id, body in
            .attachCloseOutEvidence(RectificationItemID(id), try evidence(body, "items"))
        },
        item("sign-off", "signOffCloseOut", "The organization's head signs off the item's close-out") { .signOffCloseOut($0) },
        item("acceptance", "acceptCloseOut", "The supervising body accepts the item's close-out") { .acceptCloseOut($0) },
        item("supervision-notice", "issueSupervisionNotice", "Issue a supervision notice on an overdue item") { .issueSupervisionNotice($0) },
    ]

    static let oversight: [WorkflowRoute] = [
        WorkflowRoute(path: "accountability", operation: "recordAccountability", tag: "oversight", summary: "Record an accountability measure (one of the four forms)",
                      body: .object([
                          .required("inspectionID", .id), .optional("findingID", .id), .optional("leadID", .id), .required("personName", .name),
                          .required("form", .cases(AccountabilityForm.self)), .required("measure", .name),
                      ])) { _, body in
            .recordAccountability(AccountabilityFiling(inspectionID: InspectionID(try body.string("inspectionID")),
                                                       findingID: body.optionalString("findingID").map { FindingID($0) },
                                                       leadID: body.optionalString("leadID").map { LeadID($0) }, personName: try body.string("personName"),
                                                       form: try body.word("form"), measure: try body.string("measure")))
        },
        WorkflowRoute(path: "inspections/{id}/rule-changes", operation: "recordRuleChange", tag: "oversight", summary: "Record a rule created or revised after findings",
                      body: .object([.required("findingIDs", .ids(minItems: 1)), .required("title", .name), .required("kind", .cases(RuleChangeKind.self))])) { id, body in
            .recordRuleChange(InspectionID(id), findingIDs: body.ids("findingIDs"), title: try body.string("title"), kind: try body.value("kind"))
        },
        WorkflowRoute(path: "inspections/{id}/follow-ups", operation: "recordFollowUp", tag: "oversight", summary: "Record a follow-up check (回头看) of the rectification",
                      body: .object([
                          .optional("relapsed", .ids()), .optional("held", .ids()), .required("satisfactionPercent", .number(0...100)),
                          .required("remarks", .text(minLength: 0)),
                      ])) { id, body in
            .recordFollowUp(InspectionID(id), relapsed: body.ids("relapsed"), held: body.ids("held"), satisfactionPercent: try body.integer("satisfactionPercent"),
                            remarks: try body.string("remarks"))
        },
    ]

    /// A step on a rectification item that takes no body.
    static func item(_ name: String, _ operation: String, _ summary: String, _ intent: @escaping @Sendable (RectificationItemID) -> Intent) -> WorkflowRoute {
        WorkflowRoute(path: "rectification-items/{id}/\(name)", operation: operation, tag: "rectification", summary: summary, body: nil) { id, _ in
            intent(RectificationItemID(id))
        }
    }
}
