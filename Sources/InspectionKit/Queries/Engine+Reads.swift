/// Reads of inspection files, fieldwork and leads: every one goes through the access policy; confidential reads are audited.
extension Engine {
    /// The inspection's file; the inspected organization gets it without the team's report (it sees the feedback instead).
    /// A refused attempt (another team's file, or one that does not exist) is kept in the audit trail.
    public mutating func inspection(_ id: InspectionID, as actor: Actor) throws(DomainError) -> Inspection {
        try authorizeFileRead(.inspection(id), .inspection(id), as: actor)
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

    /// One lead, audited. Whether it does not exist or may not be seen, the answer is the same refusal; the audit
    /// trail keeps the attempt and tells the two apart.
    public mutating func lead(_ id: LeadID, as actor: Actor) throws(DomainError) -> Lead {
        try authorizeConfidentialRead(.lead(id), as: actor, exists: state.leads[id] != nil)
        guard let lead = state.leads[id] else { throw ConfidentialRecord.lead(id).concealedRefusal }
        audit([.lead(id)], by: actor)
        return lead
    }

    /// The leads `actor` may see (of one inspection, or all), each read audited. A role that never sees leads is
    /// refused, naming the rule, rather than answered with an empty list.
    public mutating func leads(of inspection: InspectionID? = nil, as actor: Actor) throws(DomainError) -> [Lead] {
        let visible = try visibleLeadIDs(of: inspection, as: actor).compactMap { state.leads[$0] }
        audit(visible.map { .lead($0.id) }, by: actor)
        return visible
    }

    /// The identifiers of the leads `actor` may see (of one inspection, or all), in order, without reading them — for
    /// a frontend that reads (and so audits) one page at a time. Refuses a role that never sees leads, naming the rule.
    public func visibleLeadIDs(of inspection: InspectionID? = nil, as actor: Actor) throws(DomainError) -> [LeadID] {
        try ReadPolicy.mayEverSee(.lead, actor)
        if let inspection { try AccessPolicy.authorizeRead(actor, .inspection(inspection), state: state, today: today) }
        let candidates = inspection.map { state.leads(of: $0) } ?? state.leads.values.sorted { $0.id < $1.id }
        return candidates.filter { AccessPolicy.canRead(actor, .lead($0.id), state: state, today: today) }.map(\.id)
    }

    /// One petition, the identity redacted unless `actor` registered it or heads the office; audited. Whether it does
    /// not exist or may not be seen, the answer is the same refusal; the audit trail tells them apart.
    public mutating func petition(_ id: PetitionID, as actor: Actor) throws(DomainError) -> PetitionView {
        try authorizeConfidentialRead(.petition(id), as: actor, exists: state.petitions[id] != nil)
        guard let petition = state.petitions[id] else { throw ConfidentialRecord.petition(id).concealedRefusal }
        let (view, reads) = redact(petition, for: actor)
        audit(reads, by: actor)
        return view
    }

    /// The petitions of an inspection `actor` may see, identities redacted as above; audited. A role that never sees
    /// petitions is refused, naming the rule.
    public mutating func petitions(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [PetitionView] {
        try ReadPolicy.mayEverSee(.petition, actor)
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

    /// The fieldwork records of an inspection `actor` may see; interview reads are audited. A role that never sees
    /// fieldwork records is refused, naming the rule.
    public mutating func workRecords(of inspection: InspectionID, as actor: Actor) throws(DomainError) -> [WorkRecord] {
        try ReadPolicy.mayEverSee(.workRecord, actor)
        try AccessPolicy.authorizeRead(actor, .inspection(inspection), state: state, today: today)
        let visible = state.workRecords(of: inspection).filter { AccessPolicy.canRead(actor, .workRecord($0.id), state: state, today: today) }
        audit(visible.filter(\.isConfidential).map { .interview($0.id) }, by: actor)
        return visible
    }

    /// Every account, by id, for the office, the leading group and auditors.
    public func accounts(as actor: Actor) throws(DomainError) -> [UserAccount] {
        try AccessPolicy.authorizeRead(actor, .accounts, state: state, today: today)
        return state.users.values.sorted { $0.id < $1.id }
    }

    /// The journal, for oversight roles, with every confidential text withheld: the trail says who did what to which
    /// record, never what a lead, petition or interview says.
    public func auditTrail(as actor: Actor) throws(DomainError) -> [RecordedEvent] {
        try AccessPolicy.authorizeRead(actor, .auditTrail, state: state, today: today)
        return journal.map(\.withConfidentialTextWithheld)
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
