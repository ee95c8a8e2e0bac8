/// 整改状态变更 — one change of a rectification item's status, on the day it happened.
public struct StatusChange: Hashable, Sendable, Codable {
    /// The day it happened (occurred-on).
    public var day: Day
    /// The status before (not started for a new item).
    public var from: RectificationStatus
    /// The status after.
    public var to: RectificationStatus

    /// A change of status.
    public init(day: Day, from: RectificationStatus, to: RectificationStatus) {
        self.day = day
        self.from = from
        self.to = to
    }
}

extension RectificationItem {
    /// Each change of status with the day it happened, in the order they were recorded (items first seen in a snapshot
    /// written before the history was kept have only the changes since).
    public var statusHistory: [StatusChange] { statusChanges ?? [] }

    /// The status at the end of `day`, by the days the changes happened: the last change on or before it, else the status
    /// before the first change kept.
    public func status(on day: Day) -> RectificationStatus {
        guard let history = statusChanges, let first = history.first else { return status }
        return history.last { $0.day <= day }?.to ?? first.from
    }

    /// The item as it stood at the end of `day` — its status then, and the notes, notices and close-out days up to it —
    /// or nil when it did not exist yet.
    public func asOf(_ day: Day) -> RectificationItem? {
        if let created = statusChanges?.first, created.from == .notStarted, created.to == .notStarted, created.day > day { return nil }
        var then = self
        then.status = status(on: day)
        then.statusChanges = statusChanges?.filter { $0.day <= day }
        then.progress = progress.filter { $0.day <= day }
        then.notices = notices.filter { $0.issuedOn <= day }
        if let rectified = rectifiedOn, rectified > day { then.rectifiedOn = nil }
        if let verified = verifiedOn, verified > day { then.verifiedOn = nil }
        return then
    }

    /// Notes a change of status (or the item's creation) on `day`.
    mutating func noteStatus(from old: RectificationStatus?, on day: Day) {
        guard old != status else { return }
        statusChanges = (statusChanges ?? []) + [StatusChange(day: day, from: old ?? .notStarted, to: status)]
    }
}

extension Event {
    /// The rectification items whose status the event may set: created, progressed, made long-term, verified, reopened.
    var itemsWhoseStatusMayChange: [RectificationItemID] {
        switch self {
        case .rectification(let event):
            switch event {
            case .rectificationPlanSubmitted(_, _, let items): items.map(\.id)
            case .immediateRectificationStarted(let item): [item.id]
            case .rectificationProgressed(let id, _, _), .rectificationMarkedLongTerm(let id, _), .rectificationVerified(let id, _): [id]
            case .rectificationReportSubmitted, .closeOutEvidenceAttached, .closeOutSignedOff, .closeOutAccepted, .supervisionNoticeIssued: []
            }
        case .closing(.followUpRecorded(let followUp)): followUp.relapsedItemIDs
        default: []
        }
    }
}
