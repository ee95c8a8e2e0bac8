/// 规划指令 — what may be asked in the planning area (terms, plans, rounds and the taxonomy).
public enum PlanningIntent: Hashable, Sendable, Codable {
    /// Open a committee's term.
    case openTerm(name: String, committeeID: OrganizationID, window: DayWindow)
    /// Adopt the term plan or a yearly plan.
    case adoptPlan(termID: TermID, scope: PlanScope, title: String, targetIDs: [OrganizationID])
    /// Plan a round.
    case planRound(termID: TermID, number: Int, kind: RoundKind, title: String, window: DayWindow)
    /// Load an office's own monitoring-priority list.
    case adoptTaxonomy(Taxonomy)
}

extension PlanningIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Open a committee's term.
        case openTerm
        /// Adopt the term plan or a yearly plan.
        case adoptPlan
        /// Plan a round.
        case planRound
        /// Load an office's own monitoring-priority list.
        case adoptTaxonomy
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .openTerm: .openTerm
        case .adoptPlan: .adoptPlan
        case .planRound: .planRound
        case .adoptTaxonomy: .adoptTaxonomy
        }
    }
}

extension Intent {
    /// Open a committee's term.
    public static func openTerm(name a0: String, committeeID a1: OrganizationID, window a2: DayWindow) -> Intent { .planning(.openTerm(name: a0, committeeID: a1, window: a2)) }

    /// Adopt the term plan or a yearly plan.
    public static func adoptPlan(termID a0: TermID, scope a1: PlanScope, title a2: String, targetIDs a3: [OrganizationID]) -> Intent { .planning(.adoptPlan(termID: a0, scope: a1, title: a2, targetIDs: a3)) }

    /// Plan a round.
    public static func planRound(termID a0: TermID, number a1: Int, kind a2: RoundKind, title a3: String, window a4: DayWindow) -> Intent { .planning(.planRound(termID: a0, number: a1, kind: a2, title: a3, window: a4)) }

    /// Load an office's own monitoring-priority list.
    public static func adoptTaxonomy(_ a0: Taxonomy) -> Intent { .planning(.adoptTaxonomy(a0)) }
}

extension IntentKind {
    /// Open a committee's term.
    public static let openTerm: IntentKind = .planning(.openTerm)
    /// Adopt the term plan or a yearly plan.
    public static let adoptPlan: IntentKind = .planning(.adoptPlan)
    /// Plan a round.
    public static let planRound: IntentKind = .planning(.planRound)
    /// Load an office's own monitoring-priority list.
    public static let adoptTaxonomy: IntentKind = .planning(.adoptTaxonomy)
}
