extension PublicSchemas {
    /// The office's statistics: the findings query's answer and the summaries of leads, accountability and relapse.
    static let statistics: [String: PublicShape] = [
        "FindingStatistics": .record([
            .required("dimensions", .list(.named("FindingDimension"))), .required("percentiles", .list(.named("Percentile"))),
            .required("rows", .list(.named("FindingGroup"))),
        ]),
        "FindingDimension": .record([.required("kind", .word(FindingDimension.kinds)), .optional("depth", .integer)]),
        "Percentile": .record([.required("perMille", .integer)]),
        "FindingGroup": .record([
            .required("keys", .list(.named("FindingGroupKey"))), .required("count", .integer),
            .required("statusCounts", .counts(FindingStatus.allCases.map(\.stableWord))), .required("recurrent", .integer),
            .optional("overdue", .integer), .optional("distinctOrganizations", .integer), .required("daysToClose", .list(.nullable(.integer))),
        ]),
        "FindingGroupKey": .record([.required("code", .integer), .required("name", .text)]),
        "LeadDispositionSummary": .record([
            .required("registered", .integer), .required("notHandedOver", .integer),
            .required("byDisposition", .counts(DispositionKind.allCases.map(\.rawValue))), .required("awaiting", .integer),
            .required("overdue", .integer),
        ]),
        "AccountabilitySummary": .record([
            .required("byForm", .counts(AccountabilityForm.allCases.map(\.stableWord))),
            .required("rulesBuilt", .counts(RuleChangeKind.allCases.map(\.rawValue))),
        ]),
        "ReportingPeriod": .record([.required("window", .named("DayWindow")), .required("name", .text)]),
        "PeriodSummary": .record([
            .required("period", .named("ReportingPeriod")), .required("asOf", .day), .required("inspectionsEntered", .integer),
            .required("organizationsInspected", .integer), .required("inspectionsFedBack", .integer), .required("findingCount", .integer),
            .required("findings", .named("FindingStatistics")), .required("leadsRegistered", .integer), .required("leadsHandedOver", .integer),
            .required("leadsDisposedOf", .integer), .required("itemsClosed", .integer), .required("itemsOverdueAtEnd", .integer),
            .required("rulesBuilt", .integer), .required("peopleHeldAccountable", .integer),
            .required("accountability", .counts(AccountabilityForm.allCases.map(\.stableWord))),
        ]),
        "RelapseSummary": .record([.required("followUps", .integer), .required("checkedItems", .integer), .required("relapsedItems", .integer)]),
    ]
}
