/// 年度（期间）巡察工作情况 — what an office reports upward for a period: inspections, findings by area, leads,
/// rectification, rules built and people held accountable, each counted by the day it happened, as of the period's
/// last day.
public struct PeriodSummary: Hashable, Sendable {
    /// The period.
    public var period: ReportingPeriod
    /// The day the figures are as of: the period's last day, or today while the period is still running.
    public var asOf: Day
    /// Inspections whose teams entered (进驻) in the period.
    public var inspectionsEntered: Int
    /// Organizations those inspections covered (targets and extensions).
    public var organizationsInspected: Int
    /// Inspections whose feedback was delivered in the period.
    public var inspectionsFedBack: Int
    /// Findings found in the period by area (the first level of the taxonomy): the same answer as
    /// `stats findings --by area` over the period.
    public var findings: FindingQueryResult
    /// Leads registered in the period.
    public var leadsRegistered: Int
    /// Leads handed over in the period.
    public var leadsHandedOver: Int
    /// Dispositions of leads reported in the period.
    public var leadsDisposedOf: Int
    /// Rectification items closed (销号) in the period.
    public var itemsClosed: Int
    /// Items open on the day the figures are as of, with their deadline passed.
    public var itemsOverdueAtEnd: Int
    /// Rules built or revised in the period (建章立制).
    public var rulesBuilt: Int
    /// People held accountable in the period, by the four forms.
    public var accountability: [AccountabilityForm: Int]

    /// The total of all findings in the period.
    public var findingCount: Int { findings.rows.reduce(0) { $0 + $1.count } }
    /// The total of people held accountable.
    public var peopleHeldAccountable: Int { accountability.values.reduce(0, +) }
}
