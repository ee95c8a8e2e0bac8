/// 事件 — a fact that happened; the journal of events is the record and the audit trail, and state is a fold over it.
/// Each area of the work owns its events (`Areas/<area>/<Area>Event.swift`): their cases, stable names, journal fields,
/// summaries, the records they touch and how they fold into the state. `Event` only says which area an event is of;
/// a static function per event (`Event.organizationRegistered(_:)`) builds one without naming the area.
public enum Event: Hashable, Sendable {
    /// 登记 — an event of the registry area.
    case registry(RegistryEvent)
    /// 规划 — an event of the planning area.
    case planning(PlanningEvent)
    /// 账号 — an event of the accounts area.
    case accounts(AccountsEvent)
    /// 巡察组 — an event of the teams area.
    case teams(TeamsEvent)
    /// 巡察环节 — an event of the inspection area.
    case inspection(InspectionEvent)
    /// 巡察工作 — an event of the fieldwork area.
    case fieldwork(FieldworkEvent)
    /// 问题底稿 — an event of the findings area.
    case findings(FindingsEvent)
    /// 移交 — an event of the handover area.
    case handover(HandoverEvent)
    /// 整改 — an event of the rectification area.
    case rectification(RectificationEvent)
    /// 收尾 — an event of the closing area.
    case closing(ClosingEvent)
    /// 上下联动 — an event of the exchange area.
    case exchange(ExchangeEvent)
    /// 审计 — an event of the audit area.
    case audit(AuditEvent)
    /// 保管 — an event of the retention area.
    case retention(RetentionEvent)
}
