/// Identifies a plan.
public typealias PlanID = Identifier<Plan>

/// 巡察规划 / 年度计划 — the term plan or a yearly plan: which organizations are to be inspected.
public struct Plan: Hashable, Sendable, Codable, Identifiable {
    /// The plan's identifier.
    public var id: PlanID
    /// The term it belongs to.
    public var termID: TermID
    /// Term plan or the plan of one year.
    public var scope: PlanScope
    /// Its title, e.g. 2024年度巡察工作计划.
    public var title: String
    /// The organizations it schedules for inspection.
    public var targetIDs: [OrganizationID]

    /// A plan record.
    public init(id: PlanID, termID: TermID, scope: PlanScope, title: String, targetIDs: [OrganizationID]) {
        self.id = id
        self.termID = termID
        self.scope = scope
        self.title = title
        self.targetIDs = targetIDs
    }
}

/// 规划范围 — whether a plan covers the whole term or one year.
public enum PlanScope: Hashable, Sendable, Codable {
    /// 五年规划 — the whole term.
    case term
    /// 年度计划 — one calendar year.
    case year(Int)
}

extension PlanScope {
    /// Decodes `{"kind":"term"}` or `{"kind":"year","year":2025}`, or the shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "term": self = .term
        case "year": self = .year(try tagged.field("year"))
        default: throw tagged.unknown(decoder, expected: ["term", "year"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .term: _ = try TaggedWriter(encoder, kind: "term")
        case .year(let year): var w = try TaggedWriter(encoder, kind: "year"); try w.field("year", year)
        }
    }
}
