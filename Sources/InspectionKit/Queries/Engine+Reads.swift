/// Reads of inspection files, fieldwork and leads: every one goes through the access policy; confidential reads are audited.
extension Engine {
    /// The inspection's file; the inspected organization gets it without the team's report (it sees the feedback instead).
    public mutating func inspection(_ id: InspectionID, as actor: Actor) throws(DomainError) -> Inspection {
        try AccessPolicy.authorizeRead(actor, .inspection(id), state: state, today: today)
        guard var inspection = state.inspections[id] else { throw DomainError.unknown(.inspection, id.rawValue) }
        if actor.role == .inspectedOrg {
            inspection.report = nil
            inspection.withholdingConsent = nil
        }
        return inspection
    }

    /// The inspections `actor` may see, by id.
    public func inspections(as actor: Actor) -> [Inspection] {
        state.inspections.values.filter { AccessPolicy.canRead(actor, .inspection($0.id), state: state, today: today) }.sorted { $0.id < $1.id }
    }

    /// Finding drafts of an inspection in full, for those who may see drafts.
    public func findings(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [Finding] {
        try AccessPolicy.authorizeRead(actor, .findingDrafts(inspection), state: state, today: today)
        return state.findings(of: inspection).filter { AccessPolicy.canRead(actor, .finding($0.id), state: state, today: today) }
    }

    /// The findings fed back, as texts: what the inspected organization sees.
    public func fedBackFindings(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [FedBackFinding] {
        try AccessPolicy.authorizeRead(actor, .feedback(inspection), state: state, today: today)
        let ids = state.inspections[inspection]?.report?.findingIDs ?? []
        return ids.compactMap { state.findings[$0] }
            .filter { AccessPolicy.canRead(actor, .fedBackFinding($0.id), state: state, today: today) }
            .map(FedBackFinding.init)
    }

    /// One lead, audited.
    public mutating func lead(_ id: LeadID, as actor: Actor) throws(DomainError) -> Lead {
        try AccessPolicy.authorizeRead(actor, .lead(id), state: state, today: today)
        guard let lead = state.leads[id] else { throw DomainError.unknown(.lead, id.rawValue) }
        audit([.lead(id)], by: actor)
        return lead
    }

    /// The leads `actor` may see (of one inspection, or all), each read audited.
    public mutating func leads(of inspection: InspectionID? = nil, as actor: Actor) -> [Lead] {
        let candidates = inspection.map { state.leads(of: $0) } ?? state.leads.values.sorted { $0.id < $1.id }
        let visible = candidates.filter { AccessPolicy.canRead(actor, .lead($0.id), state: state, today: today) }
        audit(visible.map { .lead($0.id) }, by: actor)
        return visible
    }

    /// One petition, the identity redacted unless `actor` registered it or heads the office; audited.
    public mutating func petition(_ id: PetitionID, as actor: Actor) throws(DomainError) -> PetitionView {
        try AccessPolicy.authorizeRead(actor, .petition(id), state: state, today: today)
        guard let petition = state.petitions[id] else { throw DomainError.unknown(.petition, id.rawValue) }
        let (view, reads) = redact(petition, for: actor)
        audit(reads, by: actor)
        return view
    }

    /// The petitions of an inspection `actor` may see, identities redacted as above; audited.
    public mutating func petitions(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [PetitionView] {
        try AccessPolicy.authorizeRead(actor, .inspection(inspection), state: state, today: today)
        var views: [PetitionView] = []
        var reads: [ConfidentialRecord] = []
        for petition in state.petitions(of: inspection) where AccessPolicy.canRead(actor, .petition(petition.id), state: state, today: today) {
            let (view, read) = redact(petition, for: actor)
            views.append(view)
            reads += read
        }
        audit(reads, by: actor)
        return views
    }

    /// The fieldwork records of an inspection `actor` may see; interview reads are audited.
    public mutating func workRecords(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [WorkRecord] {
        try AccessPolicy.authorizeRead(actor, .inspection(inspection), state: state, today: today)
        let visible = state.workRecords(of: inspection).filter { AccessPolicy.canRead(actor, .workRecord($0.id), state: state, today: today) }
        audit(visible.filter(\.isConfidential).map { .interview($0.id) }, by: actor)
        return visible
    }

    /// The journal, for oversight roles.
    public func auditTrail(as actor: Actor) throws(DomainError) -> [RecordedEvent] {
        try AccessPolicy.authorizeRead(actor, .auditTrail, state: state, today: today)
        return journal
    }

    /// The recusal conflicts of an inspection's current team, for the office and the leading group before authorization.
    public func recusalReport(for inspection: InspectionID, as actor: Actor) throws(DomainError) -> [RecusalConflict] {
        guard actor.role == .office || actor.role == .leadingGroup else {
            throw DomainError(.accessRole, zh: "回避审查结果仅限巡察办和领导小组查阅。", en: "The recusal report is for the office and the leading group.")
        }
        guard let found = state.inspections[inspection] else { throw DomainError.unknown(.inspection, inspection.rawValue) }
        return RecusalCheck.conflicts(for: found, state: state, settings: settings, asOf: today)
    }

    private func redact(_ petition: Petition, for actor: Actor) -> (PetitionView, [ConfidentialRecord]) {
        var copy = petition
        var reads: [ConfidentialRecord] = [.petition(petition.id)]
        let mayIdentify = AccessPolicy.canRead(actor, .petitionerIdentity(petition.id), state: state, today: today)
        if petition.petitioner != nil {
            if mayIdentify { reads.append(.petitionerIdentity(petition.id)) } else { copy.petitioner = nil }
        }
        return (PetitionView(petition: copy, identityRedacted: petition.petitioner != nil && !mayIdentify), reads)
    }
}
