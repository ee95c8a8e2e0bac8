/// 巡察环节事件 — the events of the inspection area (an inspection's lifecycle from scheduling to feedback), as the journal records them under `"inspection.…"`.
public enum InspectionEvent: Hashable, Sendable {
    /// An inspection was scheduled.
    case inspectionScheduled(Inspection)
    /// An inspection was authorized.
    case inspectionAuthorized(InspectionID, Authorization)
    /// An inspection moved to another stage.
    case stageChanged(InspectionID, StageTransition)
    /// The mobilization meeting was held.
    case mobilized(InspectionID, Day)
    /// The team entered.
    case stationed(InspectionID, Day)
    /// The team withdrew.
    case withdrawn(InspectionID, Day)
    /// The report was submitted.
    case reportSubmitted(InspectionID, InspectionReport)
    /// The report was approved.
    case reportApproved(InspectionID, ReportApproval)
    /// Feedback was delivered.
    case feedbackDelivered(InspectionID, Feedback)
    /// Every lead was handed over.
    case handoverCompleted(InspectionID, Day)
}

extension InspectionEvent {
    /// The stable names of this area's events (the part of `"type"` after `"inspection."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// An inspection was scheduled.
        case inspectionScheduled = "scheduled"
        /// An inspection was authorized.
        case inspectionAuthorized = "authorized"
        /// An inspection moved to another stage.
        case stageChanged
        /// The mobilization meeting was held.
        case mobilized
        /// The team entered.
        case stationed
        /// The team withdrew.
        case withdrawn
        /// The report was submitted.
        case reportSubmitted
        /// The report was approved.
        case reportApproved
        /// Feedback was delivered.
        case feedbackDelivered
        /// Every lead was handed over.
        case handoverCompleted
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .inspectionScheduled: .inspectionScheduled
        case .inspectionAuthorized: .inspectionAuthorized
        case .stageChanged: .stageChanged
        case .mobilized: .mobilized
        case .stationed: .stationed
        case .withdrawn: .withdrawn
        case .reportSubmitted: .reportSubmitted
        case .reportApproved: .reportApproved
        case .feedbackDelivered: .feedbackDelivered
        case .handoverCompleted: .handoverCompleted
        }
    }
}

extension InspectionEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .inspectionScheduled: [("inspection", "Inspection")]
        case .inspectionAuthorized: [("inspection", "InspectionID"), ("authorization", "Authorization")]
        case .stageChanged: [("inspection", "InspectionID"), ("transition", "StageTransition")]
        case .mobilized: [("inspection", "InspectionID"), ("day", "Day")]
        case .stationed: [("inspection", "InspectionID"), ("day", "Day")]
        case .withdrawn: [("inspection", "InspectionID"), ("day", "Day")]
        case .reportSubmitted: [("inspection", "InspectionID"), ("report", "InspectionReport")]
        case .reportApproved: [("inspection", "InspectionID"), ("approval", "ReportApproval")]
        case .feedbackDelivered: [("inspection", "InspectionID"), ("feedback", "Feedback")]
        case .handoverCompleted: [("inspection", "InspectionID"), ("day", "Day")]
        }
    }
}

extension Event {
    /// An inspection was scheduled.
    public static func inspectionScheduled(_ a0: Inspection) -> Event { .inspection(.inspectionScheduled(a0)) }

    /// An inspection was authorized.
    public static func inspectionAuthorized(_ a0: InspectionID, _ a1: Authorization) -> Event { .inspection(.inspectionAuthorized(a0, a1)) }

    /// An inspection moved to another stage.
    public static func stageChanged(_ a0: InspectionID, _ a1: StageTransition) -> Event { .inspection(.stageChanged(a0, a1)) }

    /// The mobilization meeting was held.
    public static func mobilized(_ a0: InspectionID, _ a1: Day) -> Event { .inspection(.mobilized(a0, a1)) }

    /// The team entered.
    public static func stationed(_ a0: InspectionID, _ a1: Day) -> Event { .inspection(.stationed(a0, a1)) }

    /// The team withdrew.
    public static func withdrawn(_ a0: InspectionID, _ a1: Day) -> Event { .inspection(.withdrawn(a0, a1)) }

    /// The report was submitted.
    public static func reportSubmitted(_ a0: InspectionID, _ a1: InspectionReport) -> Event { .inspection(.reportSubmitted(a0, a1)) }

    /// The report was approved.
    public static func reportApproved(_ a0: InspectionID, _ a1: ReportApproval) -> Event { .inspection(.reportApproved(a0, a1)) }

    /// Feedback was delivered.
    public static func feedbackDelivered(_ a0: InspectionID, _ a1: Feedback) -> Event { .inspection(.feedbackDelivered(a0, a1)) }

    /// Every lead was handed over.
    public static func handoverCompleted(_ a0: InspectionID, _ a1: Day) -> Event { .inspection(.handoverCompleted(a0, a1)) }
}

extension EventType {
    /// An inspection was scheduled.
    public static let inspectionScheduled: EventType = .inspection(.inspectionScheduled)
    /// An inspection was authorized.
    public static let inspectionAuthorized: EventType = .inspection(.inspectionAuthorized)
    /// An inspection moved to another stage.
    public static let stageChanged: EventType = .inspection(.stageChanged)
    /// The mobilization meeting was held.
    public static let mobilized: EventType = .inspection(.mobilized)
    /// The team entered.
    public static let stationed: EventType = .inspection(.stationed)
    /// The team withdrew.
    public static let withdrawn: EventType = .inspection(.withdrawn)
    /// The report was submitted.
    public static let reportSubmitted: EventType = .inspection(.reportSubmitted)
    /// The report was approved.
    public static let reportApproved: EventType = .inspection(.reportApproved)
    /// Feedback was delivered.
    public static let feedbackDelivered: EventType = .inspection(.feedbackDelivered)
    /// Every lead was handed over.
    public static let handoverCompleted: EventType = .inspection(.handoverCompleted)
}
