/// What kind of permission an intent needs, with the record it concerns.
enum IntentAccess {
    case office
    case officeHead
    case accounts
    case leadingGroup
    case handover
    case accountability
    case unknownRecord
    case teamWork(Inspection)
    case teamLeader(Inspection)
    case teamMeeting(Inspection)
    case feedback(Inspection)
    case inspectedOrg(Inspection)
    case immediate(Inspection)
    case signOff(Inspection)
    case acceptance(Inspection)
    case disposition(destination: HandoverDestination?, record: String)

    // swiftlint:disable:next cyclomatic_complexity
    init(_ intent: Intent, state: InspectionState) {
        func ins(_ id: InspectionID) -> Inspection? { state.inspections[id] }
        func ofFinding(_ id: FindingID) -> Inspection? { state.findings[id].flatMap { ins($0.inspectionID) } }
        func ofItem(_ id: RectificationItemID) -> Inspection? { state.rectificationItems[id].flatMap { ins($0.inspectionID) } }
        func scoped(_ inspection: Inspection?, _ make: (Inspection) -> IntentAccess) -> IntentAccess {
            inspection.map(make) ?? .unknownRecord
        }
        switch intent {
        case .registerOrganization, .changeOrganizationHead, .registerInspector, .recordTraining, .declareRelative, .openTerm, .adoptPlan,
             .planRound, .adoptTaxonomy, .formTeam, .changeTeam, .overrideRotation, .scheduleInspection, .grantArchiveAccess,
             .completeHandover, .issueSupervisionNotice, .recordFollowUp, .importExchangePackage, .recordEvaluation, .recordDisclosure, .archive:
            self = .office
        case .registerUser, .deactivateUser, .issueToken, .revokeToken:
            self = .accounts
        case .eraseConfidentialContent:
            self = .officeHead
        case .waiveRecusal, .authorize, .approveReport, .consentToWithholding:
            self = .leadingGroup
        case .handOverLead, .handOverFinding:
            self = .handover
        case .recordAccountability:
            self = .accountability
        case .recordWork(let id, _), .registerPetition(let id, _), .draftFinding(let id, _), .registerLead(let id, _):
            self = scoped(ins(id), IntentAccess.teamWork)
        case .reviseFinding(let id, _):
            self = scoped(ofFinding(id), IntentAccess.teamWork)
        case .mobilize(let id), .station(let id), .withdraw(let id), .submitReport(let id, _):
            self = scoped(ins(id), IntentAccess.teamLeader)
        case .triagePetition(let id, _):
            self = scoped(state.petitions[id].flatMap { ins($0.inspectionID) }, IntentAccess.teamLeader)
        case .reviewFinding(let id, _, _):
            self = scoped(ofFinding(id), IntentAccess.teamMeeting)
        case .deliverFeedback(let id, _):
            self = scoped(ins(id), IntentAccess.feedback)
        case .submitRectificationPlan(let id, _), .submitRectificationReport(let id, _), .recordRuleChange(let id, _, _, _):
            self = scoped(ins(id), IntentAccess.inspectedOrg)
        case .updateRectification(let id, _, _), .markLongTerm(let id, _), .attachCloseOutEvidence(let id, _):
            self = scoped(ofItem(id), IntentAccess.inspectedOrg)
        case .startImmediateRectification(let id, _):
            self = scoped(ofFinding(id), IntentAccess.immediate)
        case .signOffCloseOut(let id):
            self = scoped(ofItem(id), IntentAccess.signOff)
        case .acceptCloseOut(let id):
            self = scoped(ofItem(id), IntentAccess.acceptance)
        case .recordDisposition(let id, _, _):
            self = state.leads[id].map { .disposition(destination: $0.handover?.destination, record: id.rawValue) } ?? .unknownRecord
        case .recordFindingDisposition(let id, _, _):
            self = state.findings[id].map { .disposition(destination: $0.handover?.destination, record: id.rawValue) } ?? .unknownRecord
        }
    }
}
