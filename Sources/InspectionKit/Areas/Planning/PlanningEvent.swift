/// 规划事件 — the events of the planning area (terms, plans, rounds and the taxonomy), as the journal records them under `"planning.…"`.
public enum PlanningEvent: Hashable, Sendable {
    /// A term opened.
    case termOpened(Term)
    /// A plan was adopted.
    case planAdopted(Plan)
    /// A round was planned.
    case roundPlanned(Round)
    /// The office adopted a taxonomy.
    case taxonomyAdopted(Taxonomy)
}

extension PlanningEvent {
    /// The stable names of this area's events (the part of `"type"` after `"planning."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A term opened.
        case termOpened
        /// A plan was adopted.
        case planAdopted
        /// A round was planned.
        case roundPlanned
        /// The office adopted a taxonomy.
        case taxonomyAdopted
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .termOpened: .termOpened
        case .planAdopted: .planAdopted
        case .roundPlanned: .roundPlanned
        case .taxonomyAdopted: .taxonomyAdopted
        }
    }
}

extension PlanningEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .termOpened: [("term", "Term")]
        case .planAdopted: [("plan", "Plan")]
        case .roundPlanned: [("round", "Round")]
        case .taxonomyAdopted: [("taxonomy", "Taxonomy")]
        }
    }
}

extension Event {
    /// A term opened.
    public static func termOpened(_ a0: Term) -> Event { .planning(.termOpened(a0)) }

    /// A plan was adopted.
    public static func planAdopted(_ a0: Plan) -> Event { .planning(.planAdopted(a0)) }

    /// A round was planned.
    public static func roundPlanned(_ a0: Round) -> Event { .planning(.roundPlanned(a0)) }

    /// The office adopted a taxonomy.
    public static func taxonomyAdopted(_ a0: Taxonomy) -> Event { .planning(.taxonomyAdopted(a0)) }
}

extension EventType {
    /// A term opened.
    public static let termOpened: EventType = .planning(.termOpened)
    /// A plan was adopted.
    public static let planAdopted: EventType = .planning(.planAdopted)
    /// A round was planned.
    public static let roundPlanned: EventType = .planning(.roundPlanned)
    /// The office adopted a taxonomy.
    public static let taxonomyAdopted: EventType = .planning(.taxonomyAdopted)
}
