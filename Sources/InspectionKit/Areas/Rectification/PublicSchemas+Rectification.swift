extension PublicSchemas {
    /// The rectification ledger: items, their progress, notices and close-out, and the warnings on them.
    static let rectification: [String: PublicShape] = [
        "RectificationItem": .record([
            .required("id", .text), .required("inspectionID", .text), .required("findingID", .text), .required("measures", .text),
            .required("responsibleLeader", .text), .required("responsibleDepartment", .text), .required("deadline", .day),
            .required("status", .words(RectificationStatus.self)), .required("isImmediate", .flag), .optional("nextReviewOn", .day),
            .required("progress", .list(.named("ProgressNote"))), .required("closeOut", .named("CloseOut")),
            .required("notices", .list(.named("SupervisionNotice"))), .required("relapseCount", .integer),
            .optional("rectifiedOn", .day), .optional("verifiedOn", .day),
            .optional("progressTotal", .integer), .optional("statusChanges", .list(.named("StatusChange"))),
        ]),
        "StatusChange": .record([
            .required("day", .day), .required("from", .words(RectificationStatus.self)), .required("to", .words(RectificationStatus.self)),
        ]),
        "ProgressNote": .record([.required("day", .day), .required("note", .text), .required("author", .text)]),
        "CloseOut": .record([
            .required("evidence", .list(.named("EvidenceItem"))), .optional("signOff", .named("SignOff")),
            .required("acceptedBy", .named("Acceptances")),
        ]),
        "Acceptances": .record(AcceptingParty.allCases.map { .optional($0.rawValue, .day) }),
        "SignOff": .record([.required("headName", .text), .required("userID", .text), .required("day", .day)]),
        "SupervisionNotice": .record([
            .required("kind", .words(SupervisionNoticeKind.self)), .required("issuedOn", .day), .required("issuedBy", .text),
            .optional("enteredOn", .day), .optional("reason", .text),
        ]),
        "ItemWarning": .record([
            .required("item", .named("RectificationItem")), .required("level", .words(WarningLevel.self)),
            .required("daysLeft", .integer), .required("notify", .text),
        ]),
    ]
}
