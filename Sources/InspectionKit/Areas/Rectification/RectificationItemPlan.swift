/// One task of a rectification plan (a row of the three lists).
public struct RectificationItemPlan: Hashable, Sendable, Codable {
    /// The finding rectified.
    public var findingID: FindingID
    /// 整改措施.
    public var measures: String
    /// 责任领导.
    public var responsibleLeader: String
    /// 责任部门.
    public var responsibleDepartment: String
    /// 整改时限; the default applies when nil.
    public var deadline: Day?

    /// A plan row.
    public init(findingID: FindingID, measures: String, responsibleLeader: String, responsibleDepartment: String, deadline: Day? = nil) {
        self.findingID = findingID
        self.measures = measures
        self.responsibleLeader = responsibleLeader
        self.responsibleDepartment = responsibleDepartment
        self.deadline = deadline
    }
}
