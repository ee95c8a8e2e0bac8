/// 授权 (一巡一授权 / 组长一次一授权) — the once-only authorization of one inspection and its leader, for one target set and one window.
public struct Authorization: Hashable, Sendable, Codable {
    /// The leader authorized (组长一次一授权).
    public var leaderID: InspectorID
    /// The organizations the team may inspect: the target and its extensions.
    public var targetIDs: [OrganizationID]
    /// The days the team may act.
    public var window: DayWindow
    /// The day the inspection notice went out (entry may come no earlier than the notice period after it).
    public var noticeDay: Day
    /// Who authorized.
    public var authorizedBy: UserID
    /// When.
    public var authorizedOn: Day

    /// An authorization record.
    public init(leaderID: InspectorID, targetIDs: [OrganizationID], window: DayWindow, noticeDay: Day, authorizedBy: UserID, authorizedOn: Day) {
        self.leaderID = leaderID
        self.targetIDs = targetIDs
        self.window = window
        self.noticeDay = noticeDay
        self.authorizedBy = authorizedBy
        self.authorizedOn = authorizedOn
    }
}
