/// 反馈意见 (双反馈) — the approved feedback delivered to the inspected organization: to its head one-to-one and to its
/// leadership team, with copies (抄告) to the responsible leader, the discipline commission and the organization department.
public struct Feedback: Hashable, Sendable, Codable {
    /// The feedback text, as the inspected organization sees it.
    public var text: String
    /// Day of the one-to-one feedback to the head.
    public var toHeadOn: Day
    /// Day of the feedback to the leadership team.
    public var toLeadershipOn: Day
    /// Copies sent (抄告).
    public var copiedTo: [String]
    /// The day the rectification plan is due.
    public var planDue: Day
    /// The day the rectification report is due.
    public var reportDue: Day

    /// A feedback record.
    public init(text: String, toHeadOn: Day, toLeadershipOn: Day, copiedTo: [String], planDue: Day, reportDue: Day) {
        self.text = text
        self.toHeadOn = toHeadOn
        self.toLeadershipOn = toLeadershipOn
        self.copiedTo = copiedTo
        self.planDue = planDue
        self.reportDue = reportDue
    }

    /// The day feedback was complete (the later of the two deliveries).
    public var deliveredOn: Day { max(toHeadOn, toLeadershipOn) }
}
