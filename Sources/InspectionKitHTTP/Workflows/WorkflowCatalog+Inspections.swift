import InspectionKit

/// 巡察过程 — an inspection from authorization to archive: stationing, the report, the feedback, the hand-over, the
/// organization's rectification plan and report, disclosure and evaluation (an inspection's course after fieldwork).
extension WorkflowCatalog {
    static let inspections: [WorkflowRoute] = [
        WorkflowRoute(path: "inspections/{id}/authorization", operation: "authorizeInspection", tag: "inspections",
                      summary: "Authorize the inspection for a window, with the notice day",
                      body: .object(window + [.required("noticeDay", .day)])) { id, body in
            .authorize(InspectionID(id), window: DayWindow(start: try body.day("start"), end: try body.day("end")), noticeDay: try body.day("noticeDay"))
        },
        step("mobilization", "mobilizeInspection", "Hold the mobilization meeting") { .mobilize($0) },
        step("stationing", "stationTeam", "Station the team at the organization") { .station($0) },
        step("withdrawal", "withdrawTeam", "Withdraw the team from the organization") { .withdraw($0) },
        WorkflowRoute(path: "inspections/{id}/report", operation: "submitReport", tag: "inspections", summary: "Submit the inspection report",
                      body: .object([.required("findingIDs", .ids()), .required("summary", .name), .optional("specialReports", .list(.name, minItems: 0))])) { id, body in
            .submitReport(InspectionID(id), ReportSubmission(findingIDs: body.ids("findingIDs"), summary: try body.string("summary"),
                                                             specialReports: body.strings("specialReports")))
        },
        WorkflowRoute(path: "inspections/{id}/report/approval", operation: "approveReport", tag: "inspections", summary: "Approve the report at a meeting",
                      body: .object([.required("meeting", .name)])) { id, body in
            .approveReport(InspectionID(id), meeting: try body.string("meeting"))
        },
        WorkflowRoute(path: "inspections/{id}/feedback", operation: "deliverFeedback", tag: "inspections",
                      summary: "Deliver the feedback to the head and the leadership",
                      body: .object([
                          .required("text", .name), .required("toHeadOn", .day), .required("toLeadershipOn", .day), .optional("copiedTo", .list(.name, minItems: 0)),
                      ])) { id, body in
            .deliverFeedback(InspectionID(id), FeedbackDelivery(text: try body.string("text"), toHeadOn: try body.day("toHeadOn"),
                                                                toLeadershipOn: try body.day("toLeadershipOn"), copiedTo: body.strings("copiedTo")))
        },
        step("handover-completion", "completeHandover", "Record that every lead has been handed over") { .completeHandover($0) },
        WorkflowRoute(path: "inspections/{id}/rectification-plan", operation: "submitRectificationPlan", tag: "inspections",
                      summary: "The organization submits its rectification plan, an item per finding",
                      body: .object([.required("items", .list(.object([.required("findingID", .id)] + itemPlan), minItems: 1))])) { id, body in
            .submitRectificationPlan(InspectionID(id), try body.objects("items").map { item throws in
                try itemPlan(item, finding: FindingID(try item.string("findingID")))
            })
        },
        WorkflowRoute(path: "inspections/{id}/rectification-report", operation: "submitRectificationReport", tag: "inspections",
                      summary: "The organization submits its rectification report", body: .object([.required("summary", .name)])) { id, body in
            .submitRectificationReport(InspectionID(id), summary: try body.string("summary"))
        },
        WorkflowRoute(path: "inspections/{id}/withholding-consent", operation: "consentToWithholding", tag: "inspections",
                      summary: "The leading group consents to withholding parts from disclosure",
                      body: .object([.required("grounds", .list(.cases(WithholdingGround.self), minItems: 1))])) { id, body in
            .consentToWithholding(InspectionID(id), grounds: Set(body.values("grounds", as: WithholdingGround.self)))
        },
        WorkflowRoute(path: "inspections/{id}/disclosure", operation: "recordDisclosure", tag: "inspections", summary: "Record how the rectification was disclosed",
                      body: .object([
                          .optional("internalCircularOn", .day), .optional("publicOn", .day), .optional("publicChannel", .name),
                          .optional("withheld", .list(.cases(WithholdingGround.self), minItems: 0)),
                      ])) { id, body in
            .recordDisclosure(InspectionID(id), DisclosureFiling(internalCircularOn: body.optionalDay("internalCircularOn"), publicOn: body.optionalDay("publicOn"),
                                                                 publicChannel: body.optionalString("publicChannel"),
                                                                 withheld: Set(body.values("withheld", as: WithholdingGround.self))))
        },
        WorkflowRoute(path: "inspections/{id}/evaluation", operation: "recordEvaluation", tag: "inspections", summary: "Score the rectification on the four checks",
                      body: .object([
                          .required("responsibility", .number(0...25)), .required("problemsRectified", .number(0...25)),
                          .required("rulesBuilt", .number(0...25)), .required("accountability", .number(0...25)), .required("remarks", .text(minLength: 0)),
                      ])) { id, body in
            .recordEvaluation(InspectionID(id), scores: FourChecks(responsibility: try body.integer("responsibility"), problemsRectified: try body.integer("problemsRectified"),
                                                                   rulesBuilt: try body.integer("rulesBuilt"), accountability: try body.integer("accountability")),
                              remarks: try body.string("remarks"))
        },
        step("archive", "archiveInspection", "File the inspection's records in the archive") { .archive($0) },
        step("archive-access", "grantArchiveAccess", "Open the archive to a later team") { .grantArchiveAccess($0) },
    ]

    /// A step on an inspection that takes no body.
    static func step(_ name: String, _ operation: String, _ summary: String, _ intent: @escaping @Sendable (InspectionID) -> Intent) -> WorkflowRoute {
        WorkflowRoute(path: "inspections/{id}/\(name)", operation: operation, tag: "inspections", summary: summary, body: nil) { id, _ in intent(InspectionID(id)) }
    }
}
