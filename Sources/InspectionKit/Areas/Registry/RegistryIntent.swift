/// 登记指令 — what may be asked in the registry area (organizations and the talent pool).
public enum RegistryIntent: Hashable, Sendable, Codable {
    /// Register a Party organization in the tree.
    case registerOrganization(OrganizationRegistration)
    /// Record a new head (主要负责人) for an organization.
    case changeOrganizationHead(OrganizationID, OrganizationHead)
    /// Record an organization's new name (更名), as after an institutional reform; its code and history stay.
    case renameOrganization(OrganizationID, name: String)
    /// Add a cadre to the talent pool (人才库).
    case registerInspector(InspectorRegistration)
    /// Record a training an inspector completed.
    case recordTraining(InspectorID, TrainingRecord)
    /// Record a relative an inspector declared.
    case declareRelative(InspectorID, Relative)
}

extension RegistryIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Register a Party organization in the tree.
        case registerOrganization
        /// Record a new head (主要负责人) for an organization.
        case changeOrganizationHead
        /// Record an organization's new name (更名), as after an institutional reform; its code and history stay.
        case renameOrganization
        /// Add a cadre to the talent pool (人才库).
        case registerInspector
        /// Record a training an inspector completed.
        case recordTraining
        /// Record a relative an inspector declared.
        case declareRelative
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .registerOrganization: .registerOrganization
        case .changeOrganizationHead: .changeOrganizationHead
        case .renameOrganization: .renameOrganization
        case .registerInspector: .registerInspector
        case .recordTraining: .recordTraining
        case .declareRelative: .declareRelative
        }
    }
}

extension Intent {
    /// Register a Party organization in the tree.
    public static func registerOrganization(_ a0: OrganizationRegistration) -> Intent { .registry(.registerOrganization(a0)) }

    /// Record a new head (主要负责人) for an organization.
    public static func changeOrganizationHead(_ a0: OrganizationID, _ a1: OrganizationHead) -> Intent { .registry(.changeOrganizationHead(a0, a1)) }

    /// Record an organization's new name (更名), as after an institutional reform; its code and history stay.
    public static func renameOrganization(_ id: OrganizationID, name: String) -> Intent { .registry(.renameOrganization(id, name: name)) }

    /// Add a cadre to the talent pool (人才库).
    public static func registerInspector(_ a0: InspectorRegistration) -> Intent { .registry(.registerInspector(a0)) }

    /// Record a training an inspector completed.
    public static func recordTraining(_ a0: InspectorID, _ a1: TrainingRecord) -> Intent { .registry(.recordTraining(a0, a1)) }

    /// Record a relative an inspector declared.
    public static func declareRelative(_ a0: InspectorID, _ a1: Relative) -> Intent { .registry(.declareRelative(a0, a1)) }
}

extension IntentKind {
    /// Register a Party organization in the tree.
    public static let registerOrganization: IntentKind = .registry(.registerOrganization)
    /// Record a new head (主要负责人) for an organization.
    public static let changeOrganizationHead: IntentKind = .registry(.changeOrganizationHead)
    /// Record an organization's new name (更名), as after an institutional reform; its code and history stay.
    public static let renameOrganization: IntentKind = .registry(.renameOrganization)
    /// Add a cadre to the talent pool (人才库).
    public static let registerInspector: IntentKind = .registry(.registerInspector)
    /// Record a training an inspector completed.
    public static let recordTraining: IntentKind = .registry(.recordTraining)
    /// Record a relative an inspector declared.
    public static let declareRelative: IntentKind = .registry(.declareRelative)
}
