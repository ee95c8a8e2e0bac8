/// The public representation of a period's summary: every figure by name, accountability as an object with every form
/// present, and the totals a reader wants first.
extension PeriodSummary: Codable {
    private enum Keys: String, CodingKey {
        case period, asOf, inspectionsEntered, organizationsInspected, inspectionsFedBack, findingCount, findings, leadsRegistered, leadsHandedOver
        case leadsDisposedOf, itemsClosed, itemsOverdueAtEnd, rulesBuilt, peopleHeldAccountable, accountability
    }

    /// Reads a summary (the totals are recomputed, not read).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        period = try c.decode(ReportingPeriod.self, forKey: .period)
        asOf = try c.decode(Day.self, forKey: .asOf)
        inspectionsEntered = try c.decode(Int.self, forKey: .inspectionsEntered)
        organizationsInspected = try c.decode(Int.self, forKey: .organizationsInspected)
        inspectionsFedBack = try c.decode(Int.self, forKey: .inspectionsFedBack)
        findings = try c.decode(FindingQueryResult.self, forKey: .findings)
        leadsRegistered = try c.decode(Int.self, forKey: .leadsRegistered)
        leadsHandedOver = try c.decode(Int.self, forKey: .leadsHandedOver)
        leadsDisposedOf = try c.decode(Int.self, forKey: .leadsDisposedOf)
        itemsClosed = try c.decode(Int.self, forKey: .itemsClosed)
        itemsOverdueAtEnd = try c.decode(Int.self, forKey: .itemsOverdueAtEnd)
        rulesBuilt = try c.decode(Int.self, forKey: .rulesBuilt)
        accountability = try LabelledCounts.decode(c, .accountability) { AccountabilityForm(stableWord: $0) }
    }

    /// Writes the summary.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(period, forKey: .period)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(inspectionsEntered, forKey: .inspectionsEntered)
        try c.encode(organizationsInspected, forKey: .organizationsInspected)
        try c.encode(inspectionsFedBack, forKey: .inspectionsFedBack)
        try c.encode(findingCount, forKey: .findingCount)
        try c.encode(findings, forKey: .findings)
        try c.encode(leadsRegistered, forKey: .leadsRegistered)
        try c.encode(leadsHandedOver, forKey: .leadsHandedOver)
        try c.encode(leadsDisposedOf, forKey: .leadsDisposedOf)
        try c.encode(itemsClosed, forKey: .itemsClosed)
        try c.encode(itemsOverdueAtEnd, forKey: .itemsOverdueAtEnd)
        try c.encode(rulesBuilt, forKey: .rulesBuilt)
        try c.encode(peopleHeldAccountable, forKey: .peopleHeldAccountable)
        try c.encode(LabelledCounts.object(accountability, word: \.stableWord), forKey: .accountability)
    }
}
