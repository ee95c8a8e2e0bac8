/// Identifies a rectification item.
public typealias RectificationItemID = Identifier<RectificationItem>

/// 整改事项 — one task of the rectification ledger for a finding: measures, responsible leader and department,
/// deadline; closed item by item (逐项销号).
public struct RectificationItem: Hashable, Sendable, Codable, Identifiable {
    /// The item's identifier.
    public var id: RectificationItemID
    /// The inspection it belongs to.
    public var inspectionID: InspectionID
    /// The finding it rectifies.
    public var findingID: FindingID
    /// 整改措施.
    public var measures: String
    /// 责任领导.
    public var responsibleLeader: String
    /// 责任部门.
    public var responsibleDepartment: String
    /// 整改时限.
    public var deadline: Day
    /// Where the item stands.
    public var status: RectificationStatus
    /// Started during fieldwork (立行立改).
    public var isImmediate: Bool
    /// For long-term items (长期坚持): when it is next reviewed.
    public var nextReviewOn: Day?
    /// Progress notes, oldest first.
    public var progress: [ProgressNote]
    /// The close-out (销号) file.
    public var closeOut: CloseOut
    /// Supervision notices issued, in order.
    public var notices: [SupervisionNotice]
    /// How many times a follow-up reopened it (问题反弹).
    public var relapseCount: Int
    /// When it was reported rectified (已整改), if it is now rectified or verified.
    public var rectifiedOn: Day?
    /// When it was closed (销号), if it is now verified.
    public var verifiedOn: Day?
    /// Each change of status with its day (optional so that older snapshots still decode); see `statusHistory`.
    var statusChanges: [StatusChange]?

    /// A new item, not yet started.
    public init(id: RectificationItemID, inspectionID: InspectionID, findingID: FindingID, measures: String,
                responsibleLeader: String, responsibleDepartment: String, deadline: Day, isImmediate: Bool) {
        self.id = id
        self.inspectionID = inspectionID
        self.findingID = findingID
        self.measures = measures
        self.responsibleLeader = responsibleLeader
        self.responsibleDepartment = responsibleDepartment
        self.deadline = deadline
        self.isImmediate = isImmediate
        status = .notStarted
        progress = []
        closeOut = CloseOut()
        notices = []
        relapseCount = 0
    }

    /// Whether the item is overdue on `day`: not verified or long-term, and past its deadline.
    public func isOverdue(on day: Day) -> Bool {
        status.isOpen && day > deadline
    }

    /// The day the problem counts as closed for days-to-close: reported rectified, else verified.
    public var closedOn: Day? { rectifiedOn ?? verifiedOn }

    /// The warning level on `day` (green, yellow within the warning days, red when overdue).
    public func warning(on day: Day, yellowDays: Int) -> WarningLevel {
        guard status.isOpen else { return .green }
        return WarningLevel(deadline: deadline, on: day, yellowDays: yellowDays)
    }
}

/// 整改状态 — where a rectification item stands.
public enum RectificationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// 未启动.
    case notStarted
    /// 整改中.
    case inProgress
    /// 已整改（待验收）.
    case rectified
    /// 已销号.
    case verified
    /// 长期坚持.
    case longTerm
    /// 问题反弹，重新整改.
    case reopened

    /// Whether the item still counts as open (not verified and not long-term).
    public var isOpen: Bool { self != .verified && self != .longTerm }

    /// The status's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .notStarted: ("未启动", "not started")
        case .inProgress: ("整改中", "in progress")
        case .rectified: ("已整改待验收", "rectified")
        case .verified: ("已销号", "verified")
        case .longTerm: ("长期坚持", "long-term")
        case .reopened: ("反弹重启", "reopened")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

/// 整改进展 — a dated note on an item's progress.
public struct ProgressNote: Hashable, Sendable, Codable {
    /// When.
    public var day: Day
    /// What was done.
    public var note: String
    /// Who wrote it.
    public var author: UserID

    /// A progress note.
    public init(day: Day, note: String, author: UserID) {
        self.day = day
        self.note = note
        self.author = author
    }
}
