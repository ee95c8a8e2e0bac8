/// The read half of the access policy (保密纪律).
enum ReadPolicy {
    private static let oversight: Set<Role> = [.office, .leadingGroup, .auditor]
    private static let receivers: Set<Role> = [.disciplineCommission, .organizationDepartment]

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func check(_ actor: Actor, _ record: ReadableRecord, state: InspectionState, today: Day) throws(DomainError) {
        switch record {
        case .organization(let id):
            if actor.role == .inspectedOrg {
                guard let own = actor.organizationID, state.tree.isInSubtree(id, of: own) else { throw otherOrganization() }
            }
        case .talentPool, .planning:
            guard actor.role != .inspectedOrg else { throw otherOrganization() }
        case .accounts:
            guard oversight.contains(actor.role) else {
                throw DomainError(.accessRole, zh: "账号清单仅限巡察办、领导小组和监督审计人员查阅。", en: "The list of accounts is for the office, the leading group and auditors.")
            }
        case .auditTrail:
            guard oversight.contains(actor.role) else {
                throw DomainError(.accessRole, zh: "审计日志仅限巡察办、领导小组和监督审计人员查阅。", en: "The audit trail is for the office, the leading group and auditors.")
            }
        case .statistics:
            guard oversight.union(receivers).contains(actor.role) else {
                throw DomainError(.accessRole, zh: "统计分析仅限巡察办、领导小组、纪委监委、组织部和监督审计人员查阅。",
                                  en: "Statistics are for the office, the leading group, the receiving bodies and auditors.")
            }
        case .inspection(let id), .feedback(let id):
            let inspection = try known(state.inspections[id], .inspection, id.rawValue)
            if actor.role == .inspectedOrg {
                try AccessPolicy.ownOrganization(actor, inspection, state: state)
                if case .feedback = record, inspection.stage < .feedbackDelivered { throw notYetFedBack(inspection) }
                // An organization learns of its inspection from the notice, not before.
                guard let notice = inspection.authorization?.noticeDay, today >= notice else {
                    throw DomainError(.accessInspectedOrganization, zh: "巡察通知尚未下达。", en: "The inspection has not been announced yet.")
                }
                return
            }
            try staff(actor, inspection, state: state, today: today)
        case .workRecord(let id):
            let record = try known(state.workRecords[id], .workRecord, id.rawValue)
            try confidentialFieldwork(actor, inspection: state.inspections[record.inspectionID], state: state, today: today)
        case .petition(let id):
            let petition = try known(state.petitions[id], .petition, id.rawValue)
            try confidentialFieldwork(actor, inspection: state.inspections[petition.inspectionID], state: state, today: today)
        case .petitionerIdentity(let id):
            let petition = try known(state.petitions[id], .petition, id.rawValue)
            guard actor.isHeadOfOffice || actor.id == petition.registeredBy else {
                throw DomainError(.accessPetitionerIdentity, zh: "信访人身份信息仅限登记人和巡察办主任查阅。", en: "A petitioner's identity is seen only by its registrar and the office head.")
            }
        case .finding, .findingDrafts:
            let inspectionID: InspectionID
            if case .finding(let id) = record {
                inspectionID = try known(state.findings[id], .finding, id.rawValue).inspectionID
            } else if case .findingDrafts(let id) = record {
                inspectionID = id
            } else {
                return
            }
            let inspection = try known(state.inspections[inspectionID], .inspection, inspectionID.rawValue)
            if actor.role == .inspectedOrg {
                throw DomainError(.accessInspectedOrganization, zh: "被巡察党组织只能查看反馈的问题表述，不能查阅问题底稿。",
                                  en: "An inspected organization sees findings only as fed back, not the drafts.")
            }
            try staff(actor, inspection, state: state, today: today)
        case .fedBackFinding(let id):
            let finding = try known(state.findings[id], .finding, id.rawValue)
            let inspection = try known(state.inspections[finding.inspectionID], .inspection, finding.inspectionID.rawValue)
            let fedBack = inspection.stage >= .feedbackDelivered && (inspection.report?.findingIDs.contains(id) ?? false)
            if actor.role == .inspectedOrg {
                try AccessPolicy.ownOrganization(actor, inspection, state: state)
                guard fedBack else { throw notYetFedBack(inspection) }
                return
            }
            try staff(actor, inspection, state: state, today: today)
        case .lead(let id):
            let lead = try known(state.leads[id], .lead, id.rawValue)
            try self.lead(actor, lead, state: state, today: today)
        case .rectificationItem(let id):
            let item = try known(state.rectificationItems[id], .rectificationItem, id.rawValue)
            let inspection = try known(state.inspections[item.inspectionID], .inspection, item.inspectionID.rawValue)
            if actor.role == .inspectedOrg { return try AccessPolicy.ownOrganization(actor, inspection, state: state) }
            // The team's leader is one of the three parties that accept an item, after the window too: it reads what it accepts.
            if (try? AccessPolicy.team(actor, inspection, state: state, today: nil, leaderOnly: true)) != nil { return }
            try staff(actor, inspection, state: state, today: today)
        case .accountability(let id):
            let record = try known(state.accountability[id], .accountability, id.rawValue)
            let inspection = try known(state.inspections[record.inspectionID], .inspection, record.inspectionID.rawValue)
            guard actor.role != .inspectedOrg else { throw otherOrganization() }
            try staff(actor, inspection, state: state, today: today)
        }
    }

    /// Refuses, naming the rule, a role that never sees records of `kind` — so that it gets a refusal rather than an
    /// empty list that looks like "none exist".
    static func mayEverSee(_ kind: AccessPolicy.ConfidentialKind, _ actor: Actor) throws(DomainError) {
        switch kind {
        case .lead:
            let allowed = actor.isHeadOfOffice || [.teamLeader, .teamMember, .disciplineCommission, .organizationDepartment].contains(actor.role)
            guard allowed else {
                throw DomainError(.accessLead, zh: "“\(actor.role.label(.chinese))”不能查阅问题线索：线索仅限专管人员、组长、巡察办主任及移交后的承办单位查阅。",
                                  en: "The role '\(actor.role.label(.english))' never sees leads: a lead is seen only by its custodian, the team leader, the office head and, after hand-over, the receiving body.")
            }
        case .petition, .workRecord:
            switch actor.role {
            case .inspectedOrg:
                throw DomainError(.accessFieldwork, zh: "被巡察党组织不能查阅谈话、信访等巡察工作记录。", en: "An inspected organization never sees interviews, petitions or other fieldwork records.")
            case .disciplineCommission, .organizationDepartment:
                throw DomainError(.accessFieldwork, zh: "移交单位只能查阅移交给本单位的线索，不能查阅信访件和巡察工作记录。",
                                  en: "A receiving body sees the leads handed to it, not petitions or the team's fieldwork records.")
            default:
                return
            }
        }
    }

    /// Office, leading group, auditors and receiving bodies see inspection files; teams only their own, inside the window or with an archive grant.
    private static func staff(_ actor: Actor, _ inspection: Inspection, state: InspectionState, today: Day) throws(DomainError) {
        switch actor.role {
        case .office, .leadingGroup, .auditor, .disciplineCommission, .organizationDepartment:
            return
        case .teamLeader, .teamMember:
            try teamRead(actor, inspection, state: state, today: today)
        case .inspectedOrg:
            throw otherOrganization()
        }
    }

    /// Interviews and petitions: never inspected organizations or receiving bodies.
    private static func confidentialFieldwork(_ actor: Actor, inspection: Inspection?, state: InspectionState, today: Day) throws(DomainError) {
        guard let inspection else { throw DomainError.unknown(.inspection, "?") }
        switch actor.role {
        case .inspectedOrg:
            throw DomainError(.accessInspectedOrganization, zh: "被巡察党组织不能查阅谈话、信访等巡察工作记录。", en: "An inspected organization never sees interviews, petitions or other fieldwork records.")
        case .disciplineCommission, .organizationDepartment:
            throw DomainError(.accessReceivingBody, zh: "移交单位只能查阅移交给本单位的线索，不能查阅巡察工作记录。", en: "A receiving body sees the leads handed to it, not the team's fieldwork records.")
        default:
            try staff(actor, inspection, state: state, today: today)
        }
    }

    private static func teamRead(_ actor: Actor, _ inspection: Inspection, state: InspectionState, today: Day) throws(DomainError) {
        if TeamPosition(actor, in: inspection, state: state) == .none {
            throw DomainError(.accessTeamScope, zh: "您不是巡察\(inspection.id)的巡察组成员：只能查看本组的巡察。", en: "You are not on inspection \(inspection.id)'s team: a team sees only its own inspections.")
        }
        let inWindow = inspection.authorization?.window.contains(today) ?? false
        guard inWindow || inspection.archiveReaders.contains(inspection.teamID) else {
            throw DomainError(.accessWindow, zh: "授权期限（\(inspection.authorization?.window.description ?? "未授权")）外不能查阅巡察\(inspection.id)的记录，除非巡察办授予档案查阅权限。",
                              en: "Outside the authorization window (\(inspection.authorization?.window.description ?? "not authorized")) inspection \(inspection.id)'s records are closed to the team unless the office grants archive access.")
        }
    }

    /// Leads: custodian, team leader, office head and, after hand-over, the receiving body — nobody else.
    private static func lead(_ actor: Actor, _ lead: Lead, state: InspectionState, today: Day) throws(DomainError) {
        if actor.isHeadOfOffice { return }
        let denied = DomainError(.accessLead, zh: "问题线索仅限专管人员、组长、巡察办主任及移交后的承办单位查阅。",
                                 en: "A lead is seen only by its custodian, the team leader, the office head and, after hand-over, the receiving body.")
        switch actor.role {
        case .teamLeader, .teamMember:
            guard let inspection = state.inspections[lead.inspectionID] else { throw denied }
            let position = TeamPosition(actor, in: inspection, state: state)
            guard position == .leader || (position == .member && actor.inspectorID == lead.custodianID) else { throw denied }
            try teamRead(actor, inspection, state: state, today: today)
        case .disciplineCommission, .organizationDepartment:
            do { try AccessPolicy.receivingBody(actor, lead.handover?.destination, record: lead.id.rawValue) } catch { throw denied }
        default:
            throw denied
        }
    }

    private static func known<T>(_ value: T?, _ kind: RecordKind, _ id: String) throws(DomainError) -> T {
        guard let value else { throw DomainError.unknown(kind, id) }
        return value
    }

    private static func otherOrganization() -> DomainError {
        DomainError(.accessInspectedOrganization, zh: "被巡察党组织只能查看本单位的反馈、问题表述和整改事项。", en: "An inspected organization sees only its own feedback, findings as fed back and rectification items.")
    }

    private static func notYetFedBack(_ inspection: Inspection) -> DomainError {
        DomainError(.accessInspectedOrganization, zh: "巡察\(inspection.id)尚未反馈，被巡察党组织暂不能查看。", en: "Inspection \(inspection.id) has not been fed back yet, so the organization cannot see it.")
    }
}
