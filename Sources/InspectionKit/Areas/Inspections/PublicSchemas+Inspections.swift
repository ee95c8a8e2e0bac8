extension PublicSchemas {
    /// The inspection's file and its parts, from authorization to archive.
    static let inspections: [String: PublicShape] = [
        "DayWindow": dayWindow,
        "InspectionSummary": .record([
            .required("id", .text), .required("roundID", .text), .required("targetID", .text), .required("extensionIDs", .ids),
            .required("teamID", .text), .required("stage", .words(InspectionStage.self)), .optional("window", .named("DayWindow")),
        ]),
        "Inspection": .record([
            .required("id", .text), .required("roundID", .text), .required("targetID", .text), .required("extensionIDs", .ids),
            .required("teamID", .text), .required("stage", .words(InspectionStage.self)),
            .optional("authorization", .named("Authorization")), .required("transitions", .list(.named("StageTransition"))),
            .optional("mobilizedOn", .day), .optional("stationedOn", .day), .optional("withdrawnOn", .day),
            .optional("report", .named("InspectionReport")), .optional("approval", .named("ReportApproval")),
            .optional("feedback", .named("Feedback")), .optional("handoverCompletedOn", .day),
            .optional("rectificationPlanSubmittedOn", .day), .optional("rectificationReport", .named("RectificationReport")),
            .optional("withholdingConsent", .named("WithholdingConsent")), .optional("disclosure", .named("Disclosure")),
            .optional("evaluation", .named("Evaluation")), .optional("archivedOn", .day), .required("archiveReaders", .ids),
        ]),
        "Authorization": .record([
            .required("leaderID", .text), .required("targetIDs", .ids), .required("window", .named("DayWindow")),
            .required("noticeDay", .day), .required("authorizedBy", .text), .required("authorizedOn", .day),
        ]),
        "StageTransition": .record([
            .required("from", .words(InspectionStage.self)), .required("to", .words(InspectionStage.self)),
            .required("actor", .text), .required("at", .instant), .optional("on", .day), .required("reason", .text),
        ]),
        "InspectionReport": .record([
            .required("findingIDs", .ids), .required("summary", .text), .required("specialReports", .list(.text)),
            .required("leadIDs", .ids), .required("submittedOn", .day), .required("due", .day),
        ]),
        "ReportApproval": .record([.required("meeting", .text), .required("approvedBy", .text), .required("approvedOn", .day)]),
        "Feedback": .record([
            .required("text", .text), .required("toHeadOn", .day), .required("toLeadershipOn", .day), .required("copiedTo", .list(.text)),
            .required("planDue", .day), .required("reportDue", .day),
        ]),
        "RectificationReport": .record([.required("summary", .text), .required("submittedOn", .day)]),
        "WithholdingConsent": .record([
            .required("grounds", .list(.words(WithholdingGround.self))), .required("reason", .text),
            .required("consentedBy", .text), .required("consentedOn", .day),
        ]),
        "Disclosure": .record([
            .optional("internalCircularOn", .day), .optional("publicOn", .day), .optional("publicChannel", .text),
            .required("withheld", .list(.words(WithholdingGround.self))), .required("recordedOn", .day),
        ]),
        "Evaluation": .record([
            .required("scores", .named("FourChecks")), .required("grade", .words(EvaluationGrade.self)),
            .required("remarks", .text), .required("evaluatedOn", .day),
        ]),
        "FourChecks": .record([
            .required("responsibility", .integer), .required("problemsRectified", .integer), .required("rulesBuilt", .integer),
            .required("accountability", .integer),
        ]),
        "RecusalConflict": .record([
            .required("inspectorID", .text), .required("targetID", .text), .required("kind", .words(RecusalKind.self)),
            .required("detail", .named("LocalizedText")), .optional("waiver", .named("RecusalWaiver")),
        ]),
        "RecusalWaiver": .record([
            .required("inspectorID", .text), .required("targetID", .text), .required("kind", .words(RecusalKind.self)),
            .required("reason", .text), .required("decidedBy", .text), .required("decidedOn", .day),
        ]),
        "LocalizedText": localizedText,
        "StageDeadline": .record([
            .required("what", .named("LocalizedText")), .required("inspectionID", .text), .optional("leadID", .text),
            .required("due", .day), .required("level", .words(WarningLevel.self)),
        ]),
        "Coverage": .record([
            .required("termID", .text), .required("inScope", .ids), .required("inspected", .ids),
            .required("notYetInspected", .ids), .required("unplanned", .ids),
        ]),
    ]
}
