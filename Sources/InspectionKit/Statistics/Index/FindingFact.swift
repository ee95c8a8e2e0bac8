/// 问题事实 — one finding as the statistics index holds it: the facts every dashboard aggregates, no texts.
public struct FindingFact: Hashable, Sendable {
    /// The finding's number in the index (unique; the index's row key).
    public var key: UInt32
    /// The round's name (its code book value).
    public var round: String
    /// The organization's node name in the organization hierarchy.
    public var organization: String
    /// The team's name.
    public var team: String
    /// The leaf category's node name in the category hierarchy.
    public var category: String
    /// How serious it is.
    public var severity: Severity
    /// Where it came from.
    public var source: FindingSourceKind
    /// Where its rectification stands.
    public var status: FindingStatus
    /// When it was found.
    public var foundOn: Day
    /// The rectification deadline, once set.
    public var deadline: Day?
    /// When it was closed; present exactly when the status is rectified or verified.
    public var closedOn: Day?
    /// Whether it relapsed (问题反弹) or recurred from an earlier round.
    public var recurrence: Bool

    /// A finding's facts.
    public init(key: UInt32, round: String, organization: String, team: String, category: String, severity: Severity,
                source: FindingSourceKind, status: FindingStatus, foundOn: Day, deadline: Day?, closedOn: Day?, recurrence: Bool) {
        self.key = key
        self.round = round
        self.organization = organization
        self.team = team
        self.category = category
        self.severity = severity
        self.source = source
        self.status = status
        self.foundOn = foundOn
        self.deadline = deadline
        self.closedOn = closedOn
        self.recurrence = recurrence
    }
}
