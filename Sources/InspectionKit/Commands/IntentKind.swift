/// 意图类别 — the name of each kind of intent, without its values: what a frontend offers for each (a command-line
/// command, an API route), so a test can prove that every intent the core accepts can be reached from both. Each area
/// lists its kinds (`<Area>Intent.Kind`); a static constant per kind (`IntentKind.authorize`) names one without its area.
public enum IntentKind: Hashable, Sendable, CaseIterable {
    /// An intent of the registry area.
    case registry(RegistryIntent.Kind)
    /// An intent of the planning area.
    case planning(PlanningIntent.Kind)
    /// An intent of the accounts area.
    case accounts(AccountsIntent.Kind)
    /// An intent of the teams area.
    case teams(TeamsIntent.Kind)
    /// An intent of the inspection area.
    case inspection(InspectionIntent.Kind)
    /// An intent of the fieldwork area.
    case fieldwork(FieldworkIntent.Kind)
    /// An intent of the findings area.
    case findings(FindingsIntent.Kind)
    /// An intent of the handover area.
    case handover(HandoverIntent.Kind)
    /// An intent of the rectification area.
    case rectification(RectificationIntent.Kind)
    /// An intent of the closing area.
    case closing(ClosingIntent.Kind)
    /// An intent of the exchange area.
    case exchange(ExchangeIntent.Kind)
    /// An intent of the retention area.
    case retention(RetentionIntent.Kind)

    /// Every kind, area by area.
    public static var allCases: [IntentKind] {
        RegistryIntent.Kind.allCases.map(IntentKind.registry)
            + PlanningIntent.Kind.allCases.map(IntentKind.planning)
            + AccountsIntent.Kind.allCases.map(IntentKind.accounts)
            + TeamsIntent.Kind.allCases.map(IntentKind.teams)
            + InspectionIntent.Kind.allCases.map(IntentKind.inspection)
            + FieldworkIntent.Kind.allCases.map(IntentKind.fieldwork)
            + FindingsIntent.Kind.allCases.map(IntentKind.findings)
            + HandoverIntent.Kind.allCases.map(IntentKind.handover)
            + RectificationIntent.Kind.allCases.map(IntentKind.rectification)
            + ClosingIntent.Kind.allCases.map(IntentKind.closing)
            + ExchangeIntent.Kind.allCases.map(IntentKind.exchange)
            + RetentionIntent.Kind.allCases.map(IntentKind.retention)
    }

    /// The kind's name (`authorize`), unique across areas.
    public var rawValue: String {
        switch self {
        case .registry(let kind): kind.rawValue
        case .planning(let kind): kind.rawValue
        case .accounts(let kind): kind.rawValue
        case .teams(let kind): kind.rawValue
        case .inspection(let kind): kind.rawValue
        case .fieldwork(let kind): kind.rawValue
        case .findings(let kind): kind.rawValue
        case .handover(let kind): kind.rawValue
        case .rectification(let kind): kind.rawValue
        case .closing(let kind): kind.rawValue
        case .exchange(let kind): kind.rawValue
        case .retention(let kind): kind.rawValue
        }
    }
}
