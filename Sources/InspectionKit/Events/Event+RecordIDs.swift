/// 审计检索 — what the audit trail can be searched by: an event's kind and the identifiers of the records it concerns,
/// never its content. For confidential records (leads, petitions, interviews) only their own identifier and their
/// inspection's count, as the trail's summaries show them; so a search never tells which lead names a person, which
/// petition a phone number, or which organization a lead concerns.
extension Event {
    /// The identifiers of the records the event concerns.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    public var recordIDs: [String] {
        switch self {
        case .organizationRegistered(let o): return [o.id.rawValue] + (o.parentID.map { [$0.rawValue] } ?? [])
        case .organizationHeadChanged(let id, _): return [id.rawValue]
        case .inspectorRegistered(let i): return [i.id.rawValue, i.homeOrganizationID.rawValue]
        case .trainingRecorded(let id, _), .relativeDeclared(let id, _): return [id.rawValue]
        case .termOpened(let term): return [term.id.rawValue, term.committeeID.rawValue]
        case .planAdopted(let plan): return [plan.id.rawValue, plan.termID.rawValue]
        case .roundPlanned(let round): return [round.id.rawValue, round.termID.rawValue]
        case .taxonomyAdopted: return []
        case .userRegistered(let account): return [account.id.rawValue]
        case .userDeactivated(let id): return [id.rawValue]
        case .tokenIssued(let token): return [token.id.rawValue, token.userID.rawValue]
        case .tokenRevoked(let id): return [id.rawValue]
        case .teamFormed(let team): return [team.id.rawValue, team.roundID.rawValue]
        case .teamChanged(let id, _): return [id.rawValue]
        case .recusalWaived(let id, let waiver): return [id.rawValue, waiver.inspectorID.rawValue, waiver.targetID.rawValue]
        case .rotationOverridden(let o): return [o.termID.rawValue, o.leaderID.rawValue, o.organizationID.rawValue]
        case .inspectionScheduled(let i): return [i.id.rawValue, i.roundID.rawValue, i.targetID.rawValue, i.teamID.rawValue]
        case .inspectionAuthorized(let id, _), .stageChanged(let id, _), .mobilized(let id, _), .stationed(let id, _), .withdrawn(let id, _),
             .reportSubmitted(let id, _), .reportApproved(let id, _), .feedbackDelivered(let id, _), .handoverCompleted(let id, _),
             .rectificationReportSubmitted(let id, _), .withholdingConsented(let id, _), .disclosureRecorded(let id, _),
             .evaluationRecorded(let id, _), .archived(let id, _):
            return [id.rawValue]
        case .rectificationPlanSubmitted(let id, _, let items): return [id.rawValue] + items.map(\.id.rawValue)
        case .archiveAccessGranted(let id, let team): return [id.rawValue, team.rawValue]
        case .workRecorded(let r): return [r.id.rawValue, r.inspectionID.rawValue]
        case .petitionRegistered(let p): return [p.id.rawValue, p.inspectionID.rawValue]
        case .petitionTriaged(let id, _): return [id.rawValue]
        case .findingDrafted(let f): return [f.id.rawValue, f.inspectionID.rawValue]
        case .findingRevised(let id, _), .findingReviewed(let id, _), .findingHandedOver(let id, _), .findingDispositionRecorded(let id, _):
            return [id.rawValue]
        case .leadRegistered(let lead): return [lead.id.rawValue, lead.inspectionID.rawValue]
        case .leadHandedOver(let id, _), .dispositionRecorded(let id, _): return [id.rawValue]
        case .immediateRectificationStarted(let item): return [item.id.rawValue, item.inspectionID.rawValue, item.findingID.rawValue]
        case .rectificationProgressed(let id, _, _), .rectificationMarkedLongTerm(let id, _), .closeOutEvidenceAttached(let id, _),
             .closeOutSignedOff(let id, _), .closeOutAccepted(let id, _, _), .rectificationVerified(let id, _), .supervisionNoticeIssued(let id, _):
            return [id.rawValue]
        case .accountabilityRecorded(let r): return [r.id.rawValue, r.inspectionID.rawValue] + (r.findingID.map { [$0.rawValue] } ?? [])
        case .ruleChangeRecorded(let change): return [change.id.rawValue, change.inspectionID.rawValue] + change.findingIDs.map(\.rawValue)
        case .followUpRecorded(let f): return [f.id.rawValue, f.inspectionID.rawValue] + (f.relapsedItemIDs + f.heldItemIDs).map(\.rawValue)
        case .exchangePackageImported(let p): return [p.source]
        case .confidentialRecordRead(let record), .confidentialContentErased(let record): return [record.recordID]
        case .confidentialReadRefused(let refused): return [refused.record.recordID]
        }
    }
}

extension ConfidentialRecord {
    /// The record's identifier.
    public var recordID: String {
        switch self {
        case .lead(let id): id.rawValue
        case .petition(let id), .petitionerIdentity(let id): id.rawValue
        case .interview(let id): id.rawValue
        }
    }
}

extension RecordedEvent {
    /// Whether an audit search for `query` finds this event: `query` is its kind (`fieldwork.leadRegistered`, or the
    /// part after the area, `leadRegistered`), its actor's account, or the identifier of a record it concerns —
    /// compared whole, never against content.
    public func matchesAuditSearch(_ query: String) -> Bool {
        let query = query.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return true }
        let kind = event.type.rawValue
        return kind == query || kind.hasSuffix("." + query) || actor.rawValue == query || event.recordIDs.contains(query)
    }
}
