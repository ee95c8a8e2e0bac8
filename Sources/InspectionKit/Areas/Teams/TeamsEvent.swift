/// 巡察组事件 — the events of the teams area (teams, recusal and rotation), as the journal records them under `"teams.…"`.
public enum TeamsEvent: Hashable, Sendable {
    /// A team was formed.
    case teamFormed(Team)
    /// A team's people changed.
    case teamChanged(TeamID, TeamComposition)
    /// The leading group waived a recusal conflict.
    case recusalWaived(InspectionID, RecusalWaiver)
    /// The office overrode 三个不固定 for a leader and organization.
    case rotationOverridden(RotationOverride)
}

extension TeamsEvent {
    /// The stable names of this area's events (the part of `"type"` after `"teams."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A team was formed.
        case teamFormed
        /// A team's people changed.
        case teamChanged
        /// The leading group waived a recusal conflict.
        case recusalWaived
        /// The office overrode 三个不固定 for a leader and organization.
        case rotationOverridden
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .teamFormed: .teamFormed
        case .teamChanged: .teamChanged
        case .recusalWaived: .recusalWaived
        case .rotationOverridden: .rotationOverridden
        }
    }
}

extension TeamsEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .teamFormed: [("team", "Team")]
        case .teamChanged: [("team", "TeamID"), ("composition", "TeamComposition")]
        case .recusalWaived: [("inspection", "InspectionID"), ("waiver", "RecusalWaiver")]
        case .rotationOverridden: [("override", "RotationOverride")]
        }
    }
}

extension Event {
    /// A team was formed.
    public static func teamFormed(_ a0: Team) -> Event { .teams(.teamFormed(a0)) }

    /// A team's people changed.
    public static func teamChanged(_ a0: TeamID, _ a1: TeamComposition) -> Event { .teams(.teamChanged(a0, a1)) }

    /// The leading group waived a recusal conflict.
    public static func recusalWaived(_ a0: InspectionID, _ a1: RecusalWaiver) -> Event { .teams(.recusalWaived(a0, a1)) }

    /// The office overrode 三个不固定 for a leader and organization.
    public static func rotationOverridden(_ a0: RotationOverride) -> Event { .teams(.rotationOverridden(a0)) }
}

extension EventType {
    /// A team was formed.
    public static let teamFormed: EventType = .teams(.teamFormed)
    /// A team's people changed.
    public static let teamChanged: EventType = .teams(.teamChanged)
    /// The leading group waived a recusal conflict.
    public static let recusalWaived: EventType = .teams(.recusalWaived)
    /// The office overrode 三个不固定 for a leader and organization.
    public static let rotationOverridden: EventType = .teams(.rotationOverridden)
}
