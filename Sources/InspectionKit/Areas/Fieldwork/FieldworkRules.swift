/// Rules for fieldwork: work records and petitions, all inside the authorization window and target set.
enum FieldworkRules {
    /// Checks that something may be recorded about `organization` for `inspection` now; returns the stage change that
    /// the first fieldwork record brings (stationed → fieldwork), if any.
    ///
    /// The team records only while on site, inside the window and target set; the office may also record after withdrawal.
    static func recording(_ inspection: Inspection, about organization: OrganizationID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        _ = try c.organization(organization)
        guard inspection.targetSet.contains(organization) else {
            throw DomainError(.outsideTargets, zh: "“\(organization)”不在巡察\(inspection.id)的授权对象内：只能记录授权对象的情况。",
                              en: "'\(organization)' is outside inspection \(inspection.id)'s authorized targets: record only what concerns them.")
        }
        if c.actor.role == .office, inspection.stage >= .withdrawn, inspection.stage < .archived { return [] }
        try c.require(inspection, in: .stationed, .fieldwork, for: LocalizedText(zh: "记录了解情况", en: "recording fieldwork"), rule: .outsideWindow)
        try LifecycleRules.insideWindow(inspection, c)
        return inspection.stage == .stationed ? [c.transition(inspection, to: .fieldwork, defaultReason: "开始了解 / fieldwork began")] : []
    }

    /// Refuses inspectors who are not on the inspection's team.
    static func onTeam(_ people: [InspectorID], _ inspection: Inspection, field: String, _ c: DecisionContext) throws(DomainError) {
        let team = try c.team(inspection.teamID)
        for person in people {
            _ = try c.inspector(person)
            guard team.includes(person) else {
                throw DomainError(.participantsOnTeam, zh: "\(person)不是\(team.name)成员（字段\(field)）：只能由本组巡察干部参与。",
                                  en: "\(person) is not on \(team.name) (field '\(field)'): only the team's inspectors take part.")
            }
        }
    }

    static func recordWork(_ id: InspectionID, _ f: WorkRecordFiling, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        let stage = try recording(inspection, about: f.organizationID, c)
        try Check.notBlank(f.subject, field: "subject", zh: "了解对象")
        try Check.notBlank(f.summary, field: "summary", zh: "了解内容")
        guard !f.participantIDs.isEmpty else { throw .invalid("participantIDs", zh: "须列明参与的巡察干部。", en: "list the inspectors who took part.") }
        guard Set(f.participantIDs).count == f.participantIDs.count else { throw .invalid("participantIDs", zh: "参与人有重复。", en: "a participant is listed twice.") }
        try onTeam(f.participantIDs, inspection, field: "participantIDs", c)
        if f.method == .interview {
            guard f.participantIDs.count >= c.settings.interviewers, f.signed else {
                throw DomainError(.interviewProtocol, zh: "个别谈话须由至少\(c.settings.interviewers)名巡察干部进行，且谈话记录须经签字确认。",
                                  en: "An individual interview needs at least \(c.settings.interviewers) inspectors and a signed record.")
            }
        }
        let files = f.attachments ?? []
        try AttachmentRules.check(files)
        var record = WorkRecord(id: c.newID(.workRecord), inspectionID: id, method: f.method, organizationID: f.organizationID, day: c.today,
                                participantIDs: f.participantIDs, subject: f.subject, summary: f.summary, signed: f.signed, recordedBy: c.actor.id)
        if !files.isEmpty {
            record.attachments = files.enumerated().map { index, file in
                var named = file
                named.name = "\(record.id)-\(index + 1).\(AttachmentKind(mediaType: file.mediaType)?.rawValue ?? "bin")"
                return named
            }
        }
        return stage + [.workRecorded(record)]
    }

    static func registerPetition(_ id: InspectionID, _ f: PetitionFiling, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        _ = try c.organization(f.organizationID)
        // A petition may concern an organization outside the targets (it is then forwarded), but arrives only on site.
        if !(c.actor.role == .office && inspection.stage >= .withdrawn && inspection.stage < .archived) {
            try c.require(inspection, in: .stationed, .fieldwork, for: LocalizedText(zh: "受理信访举报", en: "receiving petitions"), rule: .outsideWindow)
            try LifecycleRules.insideWindow(inspection, c)
        }
        try Check.notBlank(f.content, field: "content", zh: "信访内容")
        if let who = f.petitioner { try Check.notBlank(who.name, field: "petitioner.name", zh: "信访人姓名（匿名请不填信访人）") }
        let petition = Petition(id: c.newID(.petition), inspectionID: id, channel: f.channel, receivedOn: c.today, petitioner: f.petitioner,
                                content: f.content, organizationID: f.organizationID, registeredBy: c.actor.id)
        return [.petitionRegistered(petition)]
    }

    static func triagePetition(_ id: PetitionID, _ triage: PetitionTriage, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let petition = try c.petition(id)
        let inspection = try c.inspection(petition.inspectionID)
        guard petition.triage == nil else {
            throw DomainError(.petitionTriage, zh: "信访件\(id)已分类处置，不能重复处置。", en: "Petition \(id) has already been triaged.")
        }
        let inScope = inspection.targetSet.contains(petition.organizationID)
        switch triage {
        case .forwarded(let to):
            try Check.notBlank(to, field: "forwarded.to", zh: "转办单位")
        case .finding(let findingID):
            guard inScope else { throw outOfScope(petition) }
            let finding = try c.finding(findingID)
            guard finding.inspectionID == inspection.id else { throw otherInspection(findingID.rawValue) }
        case .lead(let leadID):
            guard inScope else { throw outOfScope(petition) }
            let lead = try c.lead(leadID)
            guard lead.inspectionID == inspection.id else { throw otherInspection(leadID.rawValue) }
        }
        return [.petitionTriaged(id, triage)]
    }

    private static func outOfScope(_ petition: Petition) -> DomainError {
        DomainError(.petitionTriage, zh: "信访件\(petition.id)反映的党组织不在本次巡察对象内：不属于本次巡察范围的信访应转办。",
                    en: "Petition \(petition.id) concerns an organization outside this inspection's targets: forward it instead.")
    }

    static func otherInspection(_ id: String) -> DomainError {
        DomainError(.petitionTriage, zh: "“\(id)”属于另一次巡察：只能处置为本次巡察的问题或线索。", en: "'\(id)' belongs to another inspection: triage to this inspection's finding or lead.")
    }

}
