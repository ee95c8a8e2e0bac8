/// The double feedback as delivered.
public struct FeedbackDelivery: Hashable, Sendable, Codable {
    /// The feedback text.
    public var text: String
    /// Day of the one-to-one feedback to the head.
    public var toHeadOn: Day
    /// Day of the feedback to the leadership team.
    public var toLeadershipOn: Day
    /// Copies sent (抄告).
    public var copiedTo: [String]

    /// A feedback delivery.
    public init(text: String, toHeadOn: Day, toLeadershipOn: Day, copiedTo: [String]) {
        self.text = text
        self.toHeadOn = toHeadOn
        self.toLeadershipOn = toLeadershipOn
        self.copiedTo = copiedTo
    }
}
