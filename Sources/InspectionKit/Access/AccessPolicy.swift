/// 保密纪律 — who may do and see what, as pure functions of actor, action and state.
/// A refusal names its rule and changes nothing.
public enum AccessPolicy {
    /// Allows `intent` for `actor`, or throws the access rule that forbids it. Past work (`enteringPastWork`) is entered
    /// by the office on behalf of whoever did the step, except opening accounts and erasing.
    public static func authorize(_ actor: Actor, _ intent: Intent, state: InspectionState, today: Day, enteringPastWork: Bool = false) throws(DomainError) {
        let need = intent.access(in: state)
        if enteringPastWork, actor.role == .office {
            switch need {
            case .officeHead, .accounts, .ownAccount, .unknownRecord: break
            default: return
            }
        }
        switch need {
        case .office:
            try roles(actor, [.office], intent: need)
        case .officeHead:
            guard actor.isHeadOfOffice else {
                throw DomainError(.accessRole, zh: "只有巡察办主任可以销毁保密内容。", en: "Only the office head erases confidential content.")
            }
        case .accounts:
            // The first account of an empty record is opened by whoever sets the office up; after that, by its head.
            if state.users.isEmpty, actor.role == .office { return }
            guard actor.isHeadOfOffice else {
                throw DomainError(.accessRole, zh: "只有巡察办主任可以开设或停用账号。", en: "Only the office head opens and closes accounts.")
            }
        case .ownAccount(let user):
            guard actor.id == user || actor.isHeadOfOffice else {
                throw DomainError(.accessIdentity, zh: "只有本人或巡察办主任可以设置登录密码。", en: "Only the account itself or the office head sets its password.")
            }
        case .leadingGroup:
            try roles(actor, [.leadingGroup], intent: need)
        case .handover:
            try roles(actor, [.office, .leadingGroup], intent: need)
        case .accountability:
            try roles(actor, [.office, .disciplineCommission, .organizationDepartment], intent: need)
        case .unknownRecord:
            // The rules report the unknown record with a clear message; only staff roles get that far.
            try roles(actor, [.office, .leadingGroup, .teamLeader, .teamMember, .inspectedOrg, .disciplineCommission, .organizationDepartment], intent: need)
        case .teamWork(let inspection):
            if actor.role == .office { return }
            try team(actor, inspection, state: state, today: today, leaderOnly: false)
        case .teamLeader(let inspection):
            if actor.role == .office { return }
            try team(actor, inspection, state: state, today: today, leaderOnly: true)
        case .teamMeeting(let inspection):
            try team(actor, inspection, state: state, today: today, leaderOnly: true)
        case .feedback(let inspection):
            if actor.role == .office || actor.role == .leadingGroup { return }
            try team(actor, inspection, state: state, today: today, leaderOnly: true)
        case .inspectedOrg(let inspection):
            if actor.role == .office { return }
            try ownOrganization(actor, inspection, state: state)
        case .immediate(let inspection):
            if actor.role == .office { return }
            if actor.role == .inspectedOrg { return try ownOrganization(actor, inspection, state: state) }
            try team(actor, inspection, state: state, today: today, leaderOnly: true)
        case .signOff(let inspection):
            try ownOrganization(actor, inspection, state: state)
        case .acceptance(let inspection):
            switch actor.role {
            case .office: return
            case .inspectedOrg: try ownOrganization(actor, inspection, state: state)
            default: try team(actor, inspection, state: state, today: nil, leaderOnly: true)
            }
        case .disposition(let destination, let record):
            if actor.role == .office { return }
            try receivingBody(actor, destination, record: record)
        }
    }

    /// Allows reading `record`, or throws the access rule that forbids it.
    public static func authorizeRead(_ actor: Actor, _ record: ReadableRecord, state: InspectionState, today: Day) throws(DomainError) {
        try ReadPolicy.check(actor, record, state: state, today: today)
    }

    /// The kinds of confidential record that some roles never see.
    public enum ConfidentialKind: Sendable {
        /// Problem clues.
        case lead
        /// Petitions.
        case petition
        /// Fieldwork records (interviews among them).
        case workRecord
    }

    /// Whether `actor`'s role ever sees records of `kind`; a list of them is refused, naming the rule, when it does not.
    public static func roleEverSees(_ kind: ConfidentialKind, _ actor: Actor) -> Bool {
        do { try ReadPolicy.mayEverSee(kind, actor); return true } catch { return false }
    }

    /// Whether `actor` may read `record` (no error detail).
    public static func canRead(_ actor: Actor, _ record: ReadableRecord, state: InspectionState, today: Day) -> Bool {
        do { try ReadPolicy.check(actor, record, state: state, today: today); return true } catch { return false }
    }

    // MARK: Checks

    private static func roles(_ actor: Actor, _ allowed: Set<Role>, intent: IntentAccess) throws(DomainError) {
        guard allowed.contains(actor.role) else {
            let zh = allowed.map { $0.label(.chinese) }.sorted().joined(separator: "、")
            let en = allowed.map { $0.label(.english) }.sorted().joined(separator: ", ")
            throw DomainError(.accessRole, zh: "“\(actor.role.label(.chinese))”无权执行此操作：仅限\(zh)。",
                              en: "The role '\(actor.role.label(.english))' may not do this: only \(en) may.")
        }
    }

    /// The actor is on the inspection's team (as leader, when `leaderOnly`) and, when `today` is given, inside the window.
    static func team(_ actor: Actor, _ inspection: Inspection, state: InspectionState, today: Day?, leaderOnly: Bool) throws(DomainError) {
        guard actor.role == .teamLeader || actor.role == .teamMember else {
            throw DomainError(.accessRole, zh: "“\(actor.role.label(.chinese))”无权执行巡察组的工作。", en: "The role '\(actor.role.label(.english))' may not do a team's work.")
        }
        let position = TeamPosition(actor, in: inspection, state: state)
        switch position {
        case .none:
            throw DomainError(.accessTeamScope, zh: "您不是巡察\(inspection.id)的巡察组成员：巡察组只能处理本组的巡察。",
                              en: "You are not on inspection \(inspection.id)'s team: a team works only on its own inspections.")
        case .member where leaderOnly:
            throw DomainError(.accessRole, zh: "此操作须由巡察\(inspection.id)的组长进行。", en: "Only the leader of inspection \(inspection.id)'s team may do this.")
        default:
            break
        }
        if let today {
            guard let window = inspection.authorization?.window, window.contains(today) else {
                throw DomainError(.accessWindow, zh: "今天（\(today)）不在巡察\(inspection.id)的授权期限（\(inspection.authorization?.window.description ?? "未授权")）内。",
                                  en: "Today (\(today)) is outside inspection \(inspection.id)'s authorization window (\(inspection.authorization?.window.description ?? "not authorized")).")
            }
        }
    }

    /// The actor acts for the inspected organization (or one of its extension targets).
    static func ownOrganization(_ actor: Actor, _ inspection: Inspection, state: InspectionState) throws(DomainError) {
        guard actor.role == .inspectedOrg else {
            throw DomainError(.accessRole, zh: "此操作由被巡察党组织进行。", en: "The inspected organization does this.")
        }
        guard let org = actor.organizationID, inspection.targetSet.contains(org) else {
            throw DomainError(.accessInspectedOrganization, zh: "您所在党组织不是巡察\(inspection.id)的被巡察对象。",
                              en: "Your organization is not inspected by \(inspection.id).")
        }
    }

    /// The actor is the body a lead or problem was handed to.
    static func receivingBody(_ actor: Actor, _ destination: HandoverDestination?, record: String) throws(DomainError) {
        let matches: Bool = switch (actor.role, destination) {
        case (.disciplineCommission, .disciplineCommission?), (.organizationDepartment, .organizationDepartment?): true
        default: false
        }
        guard matches else {
            throw DomainError(.accessReceivingBody, zh: "“\(record)”未移交给您所在单位。", en: "'\(record)' was not handed over to your body.")
        }
    }
}
