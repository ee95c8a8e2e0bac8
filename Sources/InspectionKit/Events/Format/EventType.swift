/// 事件类型 — the stable name of each kind of event, as written in the journal (`"type"`): the area of the work, a
/// dot, and the event's name in that area (`inspection.authorized`). A name never changes once released, so a journal
/// reads the same in ten years. Each area lists its names (`<Area>Event.Name`); a static constant per event
/// (`EventType.inspectionAuthorized`) names one without its area.
public enum EventType: Hashable, Sendable, CaseIterable, RawRepresentable, Codable {
    /// An event of the registry area.
    case registry(RegistryEvent.Name)
    /// An event of the planning area.
    case planning(PlanningEvent.Name)
    /// An event of the accounts area.
    case accounts(AccountsEvent.Name)
    /// An event of the teams area.
    case teams(TeamsEvent.Name)
    /// An event of the inspection area.
    case inspection(InspectionEvent.Name)
    /// An event of the fieldwork area.
    case fieldwork(FieldworkEvent.Name)
    /// An event of the findings area.
    case findings(FindingsEvent.Name)
    /// An event of the handover area.
    case handover(HandoverEvent.Name)
    /// An event of the rectification area.
    case rectification(RectificationEvent.Name)
    /// An event of the closing area.
    case closing(ClosingEvent.Name)
    /// An event of the exchange area.
    case exchange(ExchangeEvent.Name)
    /// An event of the audit area.
    case audit(AuditEvent.Name)
    /// An event of the retention area.
    case retention(RetentionEvent.Name)

    /// Every event type, area by area.
    public static var allCases: [EventType] {
        RegistryEvent.Name.allCases.map(EventType.registry)
            + PlanningEvent.Name.allCases.map(EventType.planning)
            + AccountsEvent.Name.allCases.map(EventType.accounts)
            + TeamsEvent.Name.allCases.map(EventType.teams)
            + InspectionEvent.Name.allCases.map(EventType.inspection)
            + FieldworkEvent.Name.allCases.map(EventType.fieldwork)
            + FindingsEvent.Name.allCases.map(EventType.findings)
            + HandoverEvent.Name.allCases.map(EventType.handover)
            + RectificationEvent.Name.allCases.map(EventType.rectification)
            + ClosingEvent.Name.allCases.map(EventType.closing)
            + ExchangeEvent.Name.allCases.map(EventType.exchange)
            + AuditEvent.Name.allCases.map(EventType.audit)
            + RetentionEvent.Name.allCases.map(EventType.retention)
    }

    /// The type named `rawValue` (`"inspection.authorized"`), or nil when no area has it.
    public init?(rawValue: String) {
        guard let dot = rawValue.firstIndex(of: ".") else { return nil }
        let name = String(rawValue[rawValue.index(after: dot)...])
        switch rawValue[..<dot] {
        case "registry": guard let n = RegistryEvent.Name(rawValue: name) else { return nil }; self = .registry(n)
        case "planning": guard let n = PlanningEvent.Name(rawValue: name) else { return nil }; self = .planning(n)
        case "accounts": guard let n = AccountsEvent.Name(rawValue: name) else { return nil }; self = .accounts(n)
        case "teams": guard let n = TeamsEvent.Name(rawValue: name) else { return nil }; self = .teams(n)
        case "inspection": guard let n = InspectionEvent.Name(rawValue: name) else { return nil }; self = .inspection(n)
        case "fieldwork": guard let n = FieldworkEvent.Name(rawValue: name) else { return nil }; self = .fieldwork(n)
        case "findings": guard let n = FindingsEvent.Name(rawValue: name) else { return nil }; self = .findings(n)
        case "handover": guard let n = HandoverEvent.Name(rawValue: name) else { return nil }; self = .handover(n)
        case "rectification": guard let n = RectificationEvent.Name(rawValue: name) else { return nil }; self = .rectification(n)
        case "closing": guard let n = ClosingEvent.Name(rawValue: name) else { return nil }; self = .closing(n)
        case "exchange": guard let n = ExchangeEvent.Name(rawValue: name) else { return nil }; self = .exchange(n)
        case "audit": guard let n = AuditEvent.Name(rawValue: name) else { return nil }; self = .audit(n)
        case "retention": guard let n = RetentionEvent.Name(rawValue: name) else { return nil }; self = .retention(n)
        default: return nil
        }
    }

    /// The name as the journal writes it.
    public var rawValue: String {
        switch self {
        case .registry(let n): "registry." + n.rawValue
        case .planning(let n): "planning." + n.rawValue
        case .accounts(let n): "accounts." + n.rawValue
        case .teams(let n): "teams." + n.rawValue
        case .inspection(let n): "inspection." + n.rawValue
        case .fieldwork(let n): "fieldwork." + n.rawValue
        case .findings(let n): "findings." + n.rawValue
        case .handover(let n): "handover." + n.rawValue
        case .rectification(let n): "rectification." + n.rawValue
        case .closing(let n): "closing." + n.rawValue
        case .exchange(let n): "exchange." + n.rawValue
        case .audit(let n): "audit." + n.rawValue
        case .retention(let n): "retention." + n.rawValue
        }
    }

    /// The event's fields in the journal, in order, with the type each holds (as the format article lists them).
    public var fields: [(name: String, type: String)] {
        switch self {
        case .registry(let n): n.fields
        case .planning(let n): n.fields
        case .accounts(let n): n.fields
        case .teams(let n): n.fields
        case .inspection(let n): n.fields
        case .fieldwork(let n): n.fields
        case .findings(let n): n.fields
        case .handover(let n): n.fields
        case .rectification(let n): n.fields
        case .closing(let n): n.fields
        case .exchange(let n): n.fields
        case .audit(let n): n.fields
        case .retention(let n): n.fields
        }
    }
}
