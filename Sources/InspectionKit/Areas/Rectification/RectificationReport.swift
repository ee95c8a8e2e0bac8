/// 整改报告 — the inspected organization's report on its rectification.
public struct RectificationReport: Hashable, Sendable, Codable {
    /// What it says.
    public var summary: String
    /// When it was submitted.
    public var submittedOn: Day

    /// A report record.
    public init(summary: String, submittedOn: Day) {
        self.summary = summary
        self.submittedOn = submittedOn
    }
}
