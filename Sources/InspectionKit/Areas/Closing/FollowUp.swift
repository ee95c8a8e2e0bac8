/// Identifies a follow-up.
public typealias FollowUpID = Identifier<FollowUp>

/// 回头看 — a later check of whether rectification held: relapses found (问题反弹) and a satisfaction survey.
public struct FollowUp: Hashable, Sendable, Codable, Identifiable {
    /// The follow-up's identifier.
    public var id: FollowUpID
    /// The inspection checked.
    public var inspectionID: InspectionID
    /// Items found to have relapsed (reopened).
    public var relapsedItemIDs: [RectificationItemID]
    /// Items checked and found to hold.
    public var heldItemIDs: [RectificationItemID]
    /// The new deadline of the relapsed items, which start their rectification again.
    public var relapseDeadline: Day
    /// 满意度测评 — share satisfied, 0–100.
    public var satisfactionPercent: Int
    /// Remarks.
    public var remarks: String
    /// When it was done.
    public var day: Day

    /// A follow-up record.
    public init(id: FollowUpID, inspectionID: InspectionID, relapsedItemIDs: [RectificationItemID], heldItemIDs: [RectificationItemID],
                relapseDeadline: Day, satisfactionPercent: Int, remarks: String, day: Day) {
        self.id = id
        self.inspectionID = inspectionID
        self.relapsedItemIDs = relapsedItemIDs
        self.heldItemIDs = heldItemIDs
        self.relapseDeadline = relapseDeadline
        self.satisfactionPercent = satisfactionPercent
        self.remarks = remarks
        self.day = day
    }
}
