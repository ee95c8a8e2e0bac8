/// 登记事件 — the events of the registry area (organizations and the talent pool), as the journal records them under `"registry.…"`.
public enum RegistryEvent: Hashable, Sendable {
    /// An organization was registered.
    case organizationRegistered(Organization)
    /// An organization's head changed.
    case organizationHeadChanged(OrganizationID, OrganizationHead)
    /// An organization was renamed (更名); its code stays.
    case organizationRenamed(OrganizationID, name: String)
    /// An inspector joined the talent pool.
    case inspectorRegistered(Inspector)
    /// An inspector completed a training.
    case trainingRecorded(InspectorID, TrainingRecord)
    /// An inspector declared a relative.
    case relativeDeclared(InspectorID, Relative)
}

extension RegistryEvent {
    /// The stable names of this area's events (the part of `"type"` after `"registry."`); a name never changes once released.
    public enum Name: String, CaseIterable, Hashable, Sendable {
        /// An organization was registered.
        case organizationRegistered
        /// An organization's head changed.
        case organizationHeadChanged
        /// An organization was renamed (更名); its code stays.
        case organizationRenamed
        /// An inspector joined the talent pool.
        case inspectorRegistered
        /// An inspector completed a training.
        case trainingRecorded
        /// An inspector declared a relative.
        case relativeDeclared
    }

    /// The stable name of this event.
    public var name: Name {
        switch self {
        case .organizationRegistered: .organizationRegistered
        case .organizationHeadChanged: .organizationHeadChanged
        case .organizationRenamed: .organizationRenamed
        case .inspectorRegistered: .inspectorRegistered
        case .trainingRecorded: .trainingRecorded
        case .relativeDeclared: .relativeDeclared
        }
    }
}

extension RegistryEvent.Name {
    /// The event's fields in the journal, in order, with the type each holds.
    public var fields: [(name: String, type: String)] {
        switch self {
        case .organizationRegistered: [("organization", "Organization")]
        case .organizationHeadChanged: [("organization", "OrganizationID"), ("head", "OrganizationHead")]
        case .organizationRenamed: [("organization", "OrganizationID"), ("name", "String")]
        case .inspectorRegistered: [("inspector", "Inspector")]
        case .trainingRecorded: [("inspector", "InspectorID"), ("training", "TrainingRecord")]
        case .relativeDeclared: [("inspector", "InspectorID"), ("relative", "Relative")]
        }
    }
}

extension Event {
    /// An organization was registered.
    public static func organizationRegistered(_ a0: Organization) -> Event { .registry(.organizationRegistered(a0)) }

    /// An organization's head changed.
    public static func organizationHeadChanged(_ a0: OrganizationID, _ a1: OrganizationHead) -> Event { .registry(.organizationHeadChanged(a0, a1)) }

    /// An organization was renamed (更名); its code stays.
    public static func organizationRenamed(_ id: OrganizationID, name: String) -> Event { .registry(.organizationRenamed(id, name: name)) }

    /// An inspector joined the talent pool.
    public static func inspectorRegistered(_ a0: Inspector) -> Event { .registry(.inspectorRegistered(a0)) }

    /// An inspector completed a training.
    public static func trainingRecorded(_ a0: InspectorID, _ a1: TrainingRecord) -> Event { .registry(.trainingRecorded(a0, a1)) }

    /// An inspector declared a relative.
    public static func relativeDeclared(_ a0: InspectorID, _ a1: Relative) -> Event { .registry(.relativeDeclared(a0, a1)) }
}

extension EventType {
    /// An organization was registered.
    public static let organizationRegistered: EventType = .registry(.organizationRegistered)
    /// An organization's head changed.
    public static let organizationHeadChanged: EventType = .registry(.organizationHeadChanged)
    /// An organization was renamed (更名); its code stays.
    public static let organizationRenamed: EventType = .registry(.organizationRenamed)
    /// An inspector joined the talent pool.
    public static let inspectorRegistered: EventType = .registry(.inspectorRegistered)
    /// An inspector completed a training.
    public static let trainingRecorded: EventType = .registry(.trainingRecorded)
    /// An inspector declared a relative.
    public static let relativeDeclared: EventType = .registry(.relativeDeclared)
}
