/// 线索处置统计 — leads by disposition, with those awaiting one and those past due.
public struct LeadDispositionSummary: Hashable, Sendable, Codable {
    /// Leads registered.
    public var registered: Int
    /// Leads not yet handed over.
    public var notHandedOver: Int
    /// Handed-over leads per disposition reported.
    public var byDisposition: [DispositionKind: Int]
    /// Handed-over leads still awaiting a disposition.
    public var awaiting: Int
    /// Of those, the ones past their due day.
    public var overdue: Int
}

/// 问责与建章立制统计 — accountability by the four forms, and the rules built or revised.
public struct AccountabilitySummary: Hashable, Sendable, Codable {
    /// Outcomes per form of the four forms (四种形态).
    public var byForm: [AccountabilityForm: Int]
    /// Rule changes per kind (新建 / 修订).
    public var rulesBuilt: [RuleChangeKind: Int]
}

/// 整改反弹统计 — how rectification held when followed up.
public struct RelapseSummary: Hashable, Sendable, Codable {
    /// Follow-ups held.
    public var followUps: Int
    /// Items the follow-ups checked.
    public var checkedItems: Int
    /// Items found relapsed.
    public var relapsedItems: Int

    /// Relapsed over checked.
    public var rate: Double { checkedItems == 0 ? 0 : Double(relapsedItems) / Double(checkedItems) }
}
