/// 巡察办配置 — the defaults (from the inspection regulations and county rules) that an office may change.
public struct OfficeSettings: Hashable, Sendable, Codable {
    /// Days between the inspection notice and entry (default 10).
    public var noticeDays = 10
    /// Allowed team sizes, leader included (default 5–7).
    public var teamSize = 5...7
    /// Allowed numbers of deputies (default 1–2).
    public var deputies = 1...2
    /// Years back a posting counts for recusal by post (default 5).
    public var postRecusalYears = 5
    /// Whether recusal by region (地域回避) applies.
    public var regionalRecusal = false
    /// Inspectors needed at an individual interview (default 2).
    public var interviewers = 2
    /// Days after withdrawal the report is due (default 30, "within one month").
    public var reportDueDays = 30
    /// Days after feedback the rectification plan is due (default 30).
    public var planDueDays = 30
    /// Days after feedback the rectification report is due (default 60).
    public var rectificationReportDueDays = 60
    /// Months after feedback an item is due when the plan gives no deadline (default 6).
    public var itemDefaultMonths = 6
    /// Months after feedback no item deadline may pass (default 12).
    public var itemHardLimitMonths = 12
    /// Months after hand-over a disposition is due (default 3).
    public var dispositionMonths = 3
    /// Days before a deadline the warning turns yellow (default 10).
    public var yellowWarningDays = 10
    /// Months after the last item deadline the evaluation may be made (default 6).
    public var evaluationDelayMonths = 6
    /// Days before today a thing may be recorded as having happened by anyone who may record it; earlier days are
    /// entering past work (补录), for the office with a reason (default 7).
    public var backdatingGraceDays = 7
    /// Offset of local time from UTC in seconds, for turning instants into days (default +8 h, China Standard Time).
    public var utcOffsetSeconds = 8 * 3_600

    /// The defaults of the inspection regulations and county rules.
    public init() {}
}
