extension PublicSchemas {
    /// Who acts: the account behind a request.
    static let accounts: [String: PublicShape] = [
        "Actor": .record([
            .required("id", .text), .required("name", .text), .required("role", .words(Role.self)),
            .optional("inspectorID", .text), .optional("organizationID", .text), .required("isOfficeHead", .flag),
        ]),
    ]

    /// What a command did, and the audit trail's lines: events by their pinned type names.
    static let outcomes: [String: PublicShape] = [
        "CommandOutcome": .record([
            .required("events", .list(.record([.required("sequence", .integer), .required("kind", .words(EventType.self)), .required("summary", .text)]))),
            .required("created", .ids), .optional("secret", .text),
        ]),
        "AuditLine": .record([
            .required("sequence", .integer), .required("recordedAt", .instant), .optional("occurredOn", .day), .required("actor", .text), .required("role", .words(Role.self)),
            .required("kind", .words(EventType.self)), .required("summary", .text), .required("reason", .text),
        ]),
    ]

    /// The package a county sends its city: organizations, rounds and findings without confidential content.
    static let exchange: [String: PublicShape] = [
        "ExchangePackage": .record([
            .required("format", .word([ExchangePackage.formatName])), .required("version", .integer), .required("source", .text),
            .required("sourceName", .text), .required("exportedOn", .day), .required("organizations", .list(.named("ExchangedOrganization"))),
            .required("rounds", .list(.named("ExchangedRound"))), .required("findings", .list(.named("ExchangedFinding"))),
        ]),
        "ExchangedOrganization": .record([.required("id", .text), .required("name", .text), .optional("parent", .text)]),
        "ExchangedRound": .record([.required("id", .text), .required("title", .text)]),
        "ExchangedFinding": .record([
            .required("id", .text), .required("title", .text), .required("round", .text), .required("organization", .text),
            .required("team", .text), .required("category", .text), .required("severity", .words(Severity.self)),
            .required("source", .words(FindingSourceKind.self)), .required("status", .words(FindingStatus.self)),
            .required("foundOn", .day), .optional("deadline", .day), .optional("closedOn", .day), .required("recurrence", .flag),
        ]),
    ]
}
