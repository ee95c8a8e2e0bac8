/// 带版本的记录 — the records the API versions with entity tags: a tag changes whenever the record changes, so a client
/// that read one version cannot overwrite a later one.
public enum VersionedRecord: Hashable, Sendable {
    /// An inspection's file.
    case inspection(InspectionID)
    /// A finding draft.
    case finding(FindingID)
    /// A rectification item.
    case rectificationItem(RectificationItemID)
    /// A team.
    case team(TeamID)
    /// A term.
    case term(TermID)
    /// An organization.
    case organization(OrganizationID)
    /// An inspector of the talent pool.
    case inspector(InspectorID)
}

extension Event {
    /// The versioned records this event changes (a test replays the sample district and checks that no record
    /// changes unannounced). Every event is named: a new event must say what it changes.
    public var changedRecords: [VersionedRecord] {
        switch self {
        case .organizationRegistered(let organization): [.organization(organization.id)]
        case .organizationHeadChanged(let id, _): [.organization(id)]
        case .inspectorRegistered(let inspector): [.inspector(inspector.id)]
        case .trainingRecorded(let id, _), .relativeDeclared(let id, _): [.inspector(id)]
        case .termOpened(let term): [.term(term.id)]
        case .teamFormed(let team): [.team(team.id)]
        case .teamChanged(let id, _): [.team(id)]
        case .inspectionScheduled(let inspection): [.inspection(inspection.id)]
        case .inspectionAuthorized(let id, _), .stageChanged(let id, _), .mobilized(let id, _), .stationed(let id, _), .withdrawn(let id, _),
             .reportSubmitted(let id, _), .reportApproved(let id, _), .feedbackDelivered(let id, _), .handoverCompleted(let id, _),
             .rectificationReportSubmitted(let id, _), .withholdingConsented(let id, _), .disclosureRecorded(let id, _),
             .evaluationRecorded(let id, _), .archived(let id, _), .archiveAccessGranted(let id, _):
            [.inspection(id)]
        case .rectificationPlanSubmitted(let id, _, let items): [.inspection(id)] + items.map { .rectificationItem($0.id) }
        case .findingDrafted(let finding): [.finding(finding.id)]
        case .findingRevised(let id, _), .findingReviewed(let id, _), .findingHandedOver(let id, _), .findingDispositionRecorded(let id, _):
            [.finding(id)]
        case .immediateRectificationStarted(let item): [.rectificationItem(item.id)]
        case .rectificationProgressed(let id, _, _), .rectificationMarkedLongTerm(let id, _), .closeOutEvidenceAttached(let id, _),
             .closeOutSignedOff(let id, _), .closeOutAccepted(let id, _, _), .rectificationVerified(let id, _), .supervisionNoticeIssued(let id, _):
            [.rectificationItem(id)]
        case .followUpRecorded(let followUp): followUp.relapsedItemIDs.map { .rectificationItem($0) }
        case .planAdopted, .roundPlanned, .taxonomyAdopted, .userRegistered, .userDeactivated, .tokenIssued, .tokenRevoked,
             .recusalWaived, .rotationOverridden, .workRecorded, .petitionRegistered, .petitionTriaged, .leadRegistered,
             .leadHandedOver, .dispositionRecorded, .accountabilityRecorded, .ruleChangeRecorded, .exchangePackageImported,
             .confidentialRecordRead, .confidentialReadRefused, .confidentialContentErased:
            []
        }
    }
}
