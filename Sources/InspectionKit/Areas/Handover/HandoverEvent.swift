/// 移交事件 — the events of the handover area (problem clues and hand-over to the bodies that dispose of them), as the journal records them under `"handover.…"`.
public enum HandoverEvent: Hashable, Sendable {
    /// A lead was registered.
    case leadRegistered(Lead)
    /// A lead was handed over.
    case leadHandedOver(LeadID, Handover)
    /// A lead's disposition was reported.
    case dispositionRecorded(LeadID, Disposition)
    /// A problem was handed over.
    case findingHandedOver(FindingID, Handover)
    /// A handed-over problem's disposition was reported.
    case findingDispositionRecorded(FindingID, Disposition)
}

extension HandoverEvent {
    /// The stable names of this area's events (the part of `"type"` after `"handover."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// A lead was registered.
        case leadRegistered
        /// A lead was handed over.
        case leadHandedOver
        /// A lead's disposition was reported.
        case dispositionRecorded = "leadDispositionRecorded"
        /// A problem was handed over.
        case findingHandedOver
        /// A handed-over problem's disposition was reported.
        case findingDispositionRecorded
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .leadRegistered: .leadRegistered
        case .leadHandedOver: .leadHandedOver
        case .dispositionRecorded: .dispositionRecorded
        case .findingHandedOver: .findingHandedOver
        case .findingDispositionRecorded: .findingDispositionRecorded
        }
    }
}

extension HandoverEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .leadRegistered: [("lead", "Lead")]
        case .leadHandedOver: [("lead", "LeadID"), ("handover", "Handover")]
        case .dispositionRecorded: [("lead", "LeadID"), ("disposition", "Disposition")]
        case .findingHandedOver: [("finding", "FindingID"), ("handover", "Handover")]
        case .findingDispositionRecorded: [("finding", "FindingID"), ("disposition", "Disposition")]
        }
    }
}

extension Event {
    /// A lead was registered.
    public static func leadRegistered(_ a0: Lead) -> Event { .handover(.leadRegistered(a0)) }

    /// A lead was handed over.
    public static func leadHandedOver(_ a0: LeadID, _ a1: Handover) -> Event { .handover(.leadHandedOver(a0, a1)) }

    /// A lead's disposition was reported.
    public static func dispositionRecorded(_ a0: LeadID, _ a1: Disposition) -> Event { .handover(.dispositionRecorded(a0, a1)) }

    /// A problem was handed over.
    public static func findingHandedOver(_ a0: FindingID, _ a1: Handover) -> Event { .handover(.findingHandedOver(a0, a1)) }

    /// A handed-over problem's disposition was reported.
    public static func findingDispositionRecorded(_ a0: FindingID, _ a1: Disposition) -> Event { .handover(.findingDispositionRecorded(a0, a1)) }
}

extension EventType {
    /// A lead was registered.
    public static let leadRegistered: EventType = .handover(.leadRegistered)
    /// A lead was handed over.
    public static let leadHandedOver: EventType = .handover(.leadHandedOver)
    /// A lead's disposition was reported.
    public static let dispositionRecorded: EventType = .handover(.dispositionRecorded)
    /// A problem was handed over.
    public static let findingHandedOver: EventType = .handover(.findingHandedOver)
    /// A handed-over problem's disposition was reported.
    public static let findingDispositionRecorded: EventType = .handover(.findingDispositionRecorded)
}
