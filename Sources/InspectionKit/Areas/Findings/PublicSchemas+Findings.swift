extension PublicSchemas {
    /// Findings as drafted and reviewed, and as the inspected organization sees them in the feedback.
    static let findings: [String: PublicShape] = [
        "Finding": .record([
            .required("id", .text), .required("inspectionID", .text), .required("number", .integer),
            .required("content", .named("FindingContent")), .required("authorID", .text), .required("draftedOn", .day),
            .optional("review", .named("FindingReview")), .optional("handover", .named("Handover")),
            .optional("disposition", .named("Disposition")),
        ]),
        "FindingContent": .record([
            .required("title", .text), .required("manifestation", .text), .required("qualification", .text), .required("basis", .text),
            .required("evidence", .list(.named("EvidenceItem"))), .required("responsibilityType", .words(ResponsibilityType.self)),
            .required("responsibleParty", .text), .required("organizationID", .text), .required("categoryCode", .text),
            .required("severity", .words(Severity.self)), .required("scope", .words(FindingScope.self)),
            .required("source", .named("FindingSource")), .required("foundBy", .ids), .required("foundOn", .day),
            .required("immediateRectification", .flag),
        ]),
        "EvidenceItem": .record([.required("title", .text), .required("reference", .text), .optional("file", .named("AttachedFile"))]),
        "AttachedFile": .record([.required("sha256", .text), .required("name", .text), .required("mediaType", .text), .required("size", .integer)]),
        "FindingSource": .record([
            .required("kind", .word(["workRecord", "petition", "dataComparison", "earlierRectification"])),
            .optional("workRecord", .text), .optional("petition", .text), .optional("hit", .text), .optional("item", .text),
        ]),
        "FindingReview": .record([
            .required("decision", .words(ReviewDecision.self)), .required("opinion", .text), .required("signedBy", .text),
            .required("reviewedOn", .day),
        ]),
        "FedBackFinding": .record([
            .required("id", .text), .required("number", .integer), .required("title", .text), .required("manifestation", .text),
            .required("qualification", .text), .required("basis", .text), .required("categoryCode", .text),
            .required("severity", .words(Severity.self)), .required("responsibilityType", .words(ResponsibilityType.self)),
            .required("organizationID", .text),
        ]),
    ]
}
