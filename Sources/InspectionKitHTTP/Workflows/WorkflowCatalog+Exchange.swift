import InspectionKit

/// 上下联动 — packages of findings a level below sends up, taken in by the level above.
extension WorkflowCatalog {
    static let exchange: [WorkflowRoute] = [
        WorkflowRoute(path: "exchange-packages", operation: "importExchangePackage", tag: "exchange",
                      summary: "Take in a package from a level below (replacing what that sender sent before)",
                      body: package, limit: 32 << 20) { _, body in
            .importExchangePackage(try package(body))
        },
    ]

    /// A stable word, or the integer an earlier package version wrote for it.
    static func word<E: StableWordCoded>(_ type: E.Type) -> BodySchema {
        .either([.choice(E.allCases.map(\.stableWord)), .numberChoice(E.allCases.compactMap(\.legacyCode))])
    }

    /// An exchange package, as `GET /v1/exchange-package` answers it.
    static let package = BodySchema.object([
        .required("format", .choice([ExchangePackage.formatName])), .required("version", .number(1...ExchangePackage.currentVersion)),
        .required("source", .name), .required("sourceName", .name), .required("exportedOn", .day),
        .required("organizations", .records(.object([.required("id", .id), .required("name", .name), .optional("parent", .id)]), maxItems: 1_000_000)),
        .required("rounds", .records(.object([.required("id", .id), .required("title", .name)]), maxItems: 100_000)),
        .required("findings", .records(.object([
            .required("id", .id), .required("title", .name), .required("round", .id), .required("organization", .id), .required("team", .id),
            .required("category", .id), .required("severity", word(Severity.self)), .required("source", word(FindingSourceKind.self)),
            .required("status", word(FindingStatus.self)), .required("foundOn", .day), .optional("deadline", .day), .optional("closedOn", .day),
            .required("recurrence", .flag),
        ]), maxItems: 10_000_000)),
    ])

    /// The package in a checked body.
    static func package(_ body: WorkflowBody) throws -> ExchangePackage {
        var package = ExchangePackage(
            source: try body.string("source"), sourceName: try body.string("sourceName"), exportedOn: try body.day("exportedOn"),
            organizations: try body.objects("organizations").map { item throws in
                ExchangedOrganization(id: try item.string("id"), name: try item.string("name"), parent: item.optionalString("parent"))
            },
            rounds: try body.objects("rounds").map { item throws in ExchangedRound(id: try item.string("id"), title: try item.string("title")) },
            findings: try body.objects("findings").map { item throws in
                ExchangedFinding(id: try item.string("id"), title: try item.string("title"), round: try item.string("round"),
                                 organization: try item.string("organization"), team: try item.string("team"), category: try item.string("category"),
                                 severity: try item.word("severity"), source: try item.word("source"), status: try item.word("status"),
                                 foundOn: try item.day("foundOn"), deadline: item.optionalDay("deadline"), closedOn: item.optionalDay("closedOn"),
                                 recurrence: item.bool("recurrence", default: false))
            })
        package.version = try body.integer("version")
        return package
    }
}
