/// What kind of permission an intent needs, with the record it concerns.
enum IntentAccess {
    case office
    case officeHead
    case accounts
    case ownAccount(UserID)
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
}

/// Finds the inspection an intent's record belongs to, for the access rules of every area.
struct AccessLookup {
    let state: InspectionState
    /// The inspection `id`.
    func ins(_ id: InspectionID) -> Inspection? { state.inspections[id] }
    /// The inspection of finding `id`.
    func ofFinding(_ id: FindingID) -> Inspection? { state.findings[id].flatMap { ins($0.inspectionID) } }
    /// The inspection of rectification item `id`.
    func ofItem(_ id: RectificationItemID) -> Inspection? { state.rectificationItems[id].flatMap { ins($0.inspectionID) } }
    /// The access `make` builds for the inspection, or `.unknownRecord` when there is none.
    func scoped(_ inspection: Inspection?, _ make: (Inspection) -> IntentAccess) -> IntentAccess { inspection.map(make) ?? .unknownRecord }
}
