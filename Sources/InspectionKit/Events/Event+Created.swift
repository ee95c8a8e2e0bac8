/// The records an event brings into being, for callers that need the new identifiers (the API's answers, scripts).
extension Event {
    /// The identifiers of the records this event creates, in the order it holds them (empty when it creates none).
    public var createdIDs: [String] {
        switch self {
        case .organizationRegistered(let organization): [organization.id.rawValue]
        case .inspectorRegistered(let inspector): [inspector.id.rawValue]
        case .termOpened(let term): [term.id.rawValue]
        case .planAdopted(let plan): [plan.id.rawValue]
        case .roundPlanned(let round): [round.id.rawValue]
        case .userRegistered(let account): [account.id.rawValue]
        case .tokenIssued(let token): [token.id.rawValue]
        case .teamFormed(let team): [team.id.rawValue]
        case .inspectionScheduled(let inspection): [inspection.id.rawValue]
        case .workRecorded(let record): [record.id.rawValue]
        case .petitionRegistered(let petition): [petition.id.rawValue]
        case .findingDrafted(let finding): [finding.id.rawValue]
        case .leadRegistered(let lead): [lead.id.rawValue]
        case .rectificationPlanSubmitted(_, _, let items): items.map(\.id.rawValue)
        case .immediateRectificationStarted(let item): [item.id.rawValue]
        case .accountabilityRecorded(let record): [record.id.rawValue]
        case .ruleChangeRecorded(let change): [change.id.rawValue]
        case .followUpRecorded(let followUp): [followUp.id.rawValue]
        case .organizationHeadChanged, .trainingRecorded, .relativeDeclared, .taxonomyAdopted, .userDeactivated,
             .tokenRevoked, .teamChanged, .recusalWaived, .rotationOverridden, .inspectionAuthorized, .stageChanged,
             .mobilized, .stationed, .withdrawn, .reportSubmitted, .reportApproved, .feedbackDelivered,
             .handoverCompleted, .rectificationReportSubmitted, .withholdingConsented, .disclosureRecorded,
             .evaluationRecorded, .archived, .archiveAccessGranted, .petitionTriaged, .findingRevised,
             .findingReviewed, .leadHandedOver, .dispositionRecorded, .findingHandedOver,
             .findingDispositionRecorded, .rectificationProgressed, .rectificationMarkedLongTerm,
             .closeOutEvidenceAttached, .closeOutSignedOff, .closeOutAccepted, .rectificationVerified,
             .supervisionNoticeIssued, .exchangePackageImported, .confidentialRecordRead, .confidentialReadRefused,
             .confidentialContentErased:
            []
        }
    }
}
