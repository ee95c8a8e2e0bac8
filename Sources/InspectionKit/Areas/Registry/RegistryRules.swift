import Foundation

/// Rules for the registry: organizations, their heads, and the talent pool of inspectors with their training and relatives.
enum RegistryRules {
    static func registerOrganization(_ r: OrganizationRegistration, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(r.name, field: "name", zh: "党组织名称")
        try Check.notBlank(r.region, field: "region", zh: "所属区域")
        let id: OrganizationID = r.id ?? c.newID(.organization)
        try Check.notBlank(id.rawValue, field: "id", zh: "编号")
        guard c.state.organizations[id] == nil else {
            throw DomainError(.duplicateRecord, zh: "党组织编号“\(id)”已存在：请换一个编号。", en: "Organization '\(id)' already exists: choose another identifier.")
        }
        if let parent = r.parentID {
            _ = try c.organization(parent)
        } else if !r.kind.mayBeRoot {
            throw DomainError(.organizationTree,
                              zh: "只有县（区）委或开展系统内巡察的单位党组可以没有上级党组织：请为“\(r.name)”指定上级。",
                              en: "Only a county committee, or a department's Party group inspecting its own system, may have no parent: give '\(r.name)' its parent organization.")
        }
        return [.organizationRegistered(Organization(id: id, name: r.name, kind: r.kind, parentID: r.parentID, region: r.region, head: r.head, inScope: r.inScope))]
    }

    static func changeHead(_ id: OrganizationID, _ head: OrganizationHead, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.organization(id)
        try Check.notBlank(head.name, field: "head.name", zh: "主要负责人姓名")
        return [.organizationHeadChanged(id, head)]
    }

    /// 更名: a new name for an organization that exists, not blank and not the name it already has.
    static func rename(_ id: OrganizationID, to name: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let organization = try c.organization(id)
        try Check.notBlank(name, field: "name", zh: "党组织名称")
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed != organization.name else {
            throw .invalid("name", zh: "“\(id)”已经叫“\(organization.name)”：新名称须与现名称不同。",
                           en: "'\(id)' is already named '\(organization.name)': give a name that differs from the current one.")
        }
        return [.organizationRenamed(id, name: trimmed)]
    }

    static func registerInspector(_ r: InspectorRegistration, _ c: DecisionContext) throws(DomainError) -> [Event] {
        try Check.notBlank(r.name, field: "name", zh: "姓名")
        try Check.notBlank(r.rank, field: "rank", zh: "职级")
        _ = try c.organization(r.homeOrganizationID)
        for posting in r.postings {
            _ = try c.organization(posting.organizationID)
            guard posting.start <= posting.end else {
                throw .invalid("postings", zh: "任职经历的开始日期\(posting.start)晚于结束日期\(posting.end)。", en: "a posting starts (\(posting.start)) after it ends (\(posting.end)).")
            }
        }
        for relative in r.relatives { _ = try c.organization(relative.organizationID) }
        let id: InspectorID = r.id ?? c.newID(.inspector)
        guard c.state.inspectors[id] == nil else {
            throw DomainError(.duplicateRecord, zh: "巡察干部编号“\(id)”已存在：请换一个编号。", en: "Inspector '\(id)' already exists: choose another identifier.")
        }
        return [.inspectorRegistered(Inspector(id: id, name: r.name, userID: r.userID, homeOrganizationID: r.homeOrganizationID, rank: r.rank,
                                               expertise: r.expertise, region: r.region, postings: r.postings, relatives: r.relatives))]
    }

    static func recordTraining(_ id: InspectorID, _ record: TrainingRecord, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.inspector(id)
        try Check.notBlank(record.title, field: "title", zh: "培训名称")
        guard record.hours > 0 else { throw .invalid("hours", zh: "培训学时必须大于0。", en: "training hours must be more than 0.") }
        return [.trainingRecorded(id, record)]
    }

    static func declareRelative(_ id: InspectorID, _ relative: Relative, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.inspector(id)
        _ = try c.organization(relative.organizationID)
        try Check.notBlank(relative.name, field: "relative.name", zh: "亲属姓名")
        return [.relativeDeclared(id, relative)]
    }

}
