/// 意图 — what a command asks for. Each area of the work owns its intents (`Areas/<area>/<Area>Intent.swift`): their
/// cases, the permission each needs and the rules that decide it. `Intent` only says which area an intent is of; a
/// static function per intent (`Intent.registerOrganization(_:)`) builds one without naming the area.
public enum Intent: Hashable, Sendable, Codable {
    /// 登记 — an intent of the registry area.
    case registry(RegistryIntent)
    /// 规划 — an intent of the planning area.
    case planning(PlanningIntent)
    /// 账号 — an intent of the accounts area.
    case accounts(AccountsIntent)
    /// 巡察组 — an intent of the teams area.
    case teams(TeamsIntent)
    /// 巡察环节 — an intent of the inspection area.
    case inspection(InspectionIntent)
    /// 巡察工作 — an intent of the fieldwork area.
    case fieldwork(FieldworkIntent)
    /// 问题底稿 — an intent of the findings area.
    case findings(FindingsIntent)
    /// 移交 — an intent of the handover area.
    case handover(HandoverIntent)
    /// 整改 — an intent of the rectification area.
    case rectification(RectificationIntent)
    /// 收尾 — an intent of the closing area.
    case closing(ClosingIntent)
    /// 上下联动 — an intent of the exchange area.
    case exchange(ExchangeIntent)
    /// 保管 — an intent of the retention area.
    case retention(RetentionIntent)
}

extension Intent {
    /// The kind of this intent.
    public var kind: IntentKind {
        switch self {
        case .registry(let i): .registry(i.kind)
        case .planning(let i): .planning(i.kind)
        case .accounts(let i): .accounts(i.kind)
        case .teams(let i): .teams(i.kind)
        case .inspection(let i): .inspection(i.kind)
        case .fieldwork(let i): .fieldwork(i.kind)
        case .findings(let i): .findings(i.kind)
        case .handover(let i): .handover(i.kind)
        case .rectification(let i): .rectification(i.kind)
        case .closing(let i): .closing(i.kind)
        case .exchange(let i): .exchange(i.kind)
        case .retention(let i): .retention(i.kind)
        }
    }

    /// What permission the intent needs, with the record it concerns.
    func access(in state: InspectionState) -> IntentAccess {
        switch self {
        case .registry(let i): i.access(in: state)
        case .planning(let i): i.access(in: state)
        case .accounts(let i): i.access(in: state)
        case .teams(let i): i.access(in: state)
        case .inspection(let i): i.access(in: state)
        case .fieldwork(let i): i.access(in: state)
        case .findings(let i): i.access(in: state)
        case .handover(let i): i.access(in: state)
        case .rectification(let i): i.access(in: state)
        case .closing(let i): i.access(in: state)
        case .exchange(let i): i.access(in: state)
        case .retention(let i): i.access(in: state)
        }
    }

    /// Decides the intent in `c`, in its area's rules.
    func decide(_ c: DecisionContext) throws(DomainError) -> [Event] {
        switch self {
        case .registry(let i): try i.decide(c)
        case .planning(let i): try i.decide(c)
        case .accounts(let i): try i.decide(c)
        case .teams(let i): try i.decide(c)
        case .inspection(let i): try i.decide(c)
        case .fieldwork(let i): try i.decide(c)
        case .findings(let i): try i.decide(c)
        case .handover(let i): try i.decide(c)
        case .rectification(let i): try i.decide(c)
        case .closing(let i): try i.decide(c)
        case .exchange(let i): try i.decide(c)
        case .retention(let i): try i.decide(c)
        }
    }
}
