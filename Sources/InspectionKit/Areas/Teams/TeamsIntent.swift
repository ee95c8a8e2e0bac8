/// 巡察组指令 — what may be asked in the teams area (teams, recusal and rotation).
public enum TeamsIntent: Hashable, Sendable, Codable {
    /// Form a team for a round.
    case formTeam(roundID: RoundID, name: String, composition: TeamComposition)
    /// Change a team's people (the way to resolve a recusal conflict) before authorization.
    case changeTeam(TeamID, TeamComposition)
    /// The leading group's waiver of one recusal conflict, with its reason.
    case waiveRecusal(inspectionID: InspectionID, inspectorID: InspectorID, targetID: OrganizationID, kind: RecusalKind)
    /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
    case overrideRotation(termID: TermID, leaderID: InspectorID, organizationID: OrganizationID)
}

extension TeamsIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Form a team for a round.
        case formTeam
        /// Change a team's people (the way to resolve a recusal conflict) before authorization.
        case changeTeam
        /// The leading group's waiver of one recusal conflict, with its reason.
        case waiveRecusal
        /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
        case overrideRotation
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .formTeam: .formTeam
        case .changeTeam: .changeTeam
        case .waiveRecusal: .waiveRecusal
        case .overrideRotation: .overrideRotation
        }
    }
}

extension Intent {
    /// Form a team for a round.
    public static func formTeam(roundID a0: RoundID, name a1: String, composition a2: TeamComposition) -> Intent { .teams(.formTeam(roundID: a0, name: a1, composition: a2)) }

    /// Change a team's people (the way to resolve a recusal conflict) before authorization.
    public static func changeTeam(_ a0: TeamID, _ a1: TeamComposition) -> Intent { .teams(.changeTeam(a0, a1)) }

    /// The leading group's waiver of one recusal conflict, with its reason.
    public static func waiveRecusal(inspectionID a0: InspectionID, inspectorID a1: InspectorID, targetID a2: OrganizationID, kind a3: RecusalKind) -> Intent { .teams(.waiveRecusal(inspectionID: a0, inspectorID: a1, targetID: a2, kind: a3)) }

    /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
    public static func overrideRotation(termID a0: TermID, leaderID a1: InspectorID, organizationID a2: OrganizationID) -> Intent { .teams(.overrideRotation(termID: a0, leaderID: a1, organizationID: a2)) }
}

extension IntentKind {
    /// Form a team for a round.
    public static let formTeam: IntentKind = .teams(.formTeam)
    /// Change a team's people (the way to resolve a recusal conflict) before authorization.
    public static let changeTeam: IntentKind = .teams(.changeTeam)
    /// The leading group's waiver of one recusal conflict, with its reason.
    public static let waiveRecusal: IntentKind = .teams(.waiveRecusal)
    /// The office's override of 三个不固定 for one leader and organization in a term, with its reason.
    public static let overrideRotation: IntentKind = .teams(.overrideRotation)
}
