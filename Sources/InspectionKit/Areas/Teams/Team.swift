/// Identifies a team.
public typealias TeamID = Identifier<Team>

/// 巡察组 — the team sent in one round: a leader (chosen per round), one or two deputies and members,
/// forming a temporary Party group (临时党小组) headed by the leader.
public struct Team: Hashable, Sendable, Codable, Identifiable {
    /// The team's identifier.
    public var id: TeamID
    /// The round it is formed for.
    public var roundID: RoundID
    /// Its name, e.g. 区委第一巡察组.
    public var name: String
    /// 组长 — also secretary of the temporary Party group.
    public var leaderID: InspectorID
    /// 副组长.
    public var deputyIDs: [InspectorID]
    /// 组员.
    public var memberIDs: [InspectorID]

    /// A team record.
    public init(id: TeamID, roundID: RoundID, name: String, leaderID: InspectorID, deputyIDs: [InspectorID], memberIDs: [InspectorID]) {
        self.id = id
        self.roundID = roundID
        self.name = name
        self.leaderID = leaderID
        self.deputyIDs = deputyIDs
        self.memberIDs = memberIDs
    }

    /// Everyone on the team, leader first.
    public var everyone: [InspectorID] { [leaderID] + deputyIDs + memberIDs }

    /// Whether `inspector` is on the team in any position.
    public func includes(_ inspector: InspectorID) -> Bool { everyone.contains(inspector) }
}

/// The people of a team as proposed when forming or changing it.
public struct TeamComposition: Hashable, Sendable, Codable {
    /// 组长.
    public var leaderID: InspectorID
    /// 副组长.
    public var deputyIDs: [InspectorID]
    /// 组员.
    public var memberIDs: [InspectorID]

    /// A proposed composition.
    public init(leaderID: InspectorID, deputyIDs: [InspectorID], memberIDs: [InspectorID]) {
        self.leaderID = leaderID
        self.deputyIDs = deputyIDs
        self.memberIDs = memberIDs
    }

    /// Everyone proposed, leader first.
    public var everyone: [InspectorID] { [leaderID] + deputyIDs + memberIDs }
}
