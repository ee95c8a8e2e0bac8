/// Rules for closing an item (销号): evidence, the head's sign-off, three-party acceptance.
enum CloseOutRules {
    static func attachEvidence(_ id: RectificationItemID, _ evidence: [EvidenceItem], _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        try requireRectified(item)
        guard !evidence.isEmpty, evidence.allSatisfy({ !$0.title.trimmingCharacters(in: .whitespaces).isEmpty && !$0.reference.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw DomainError(.closeOutEvidence, zh: "销号佐证材料须写明名称和存放位置（编号）。", en: "Each close-out evidence item needs a title and a reference to where it is kept.")
        }
        try AttachmentRules.check(evidence)
        return [.closeOutEvidenceAttached(id, evidence)]
    }

    static func signOff(_ id: RectificationItemID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        try requireRectified(item)
        guard !item.closeOut.evidence.isEmpty else {
            throw DomainError(.closeOutEvidence, zh: "整改事项\(id)尚无佐证材料：请先上传佐证材料再签字背书。", en: "Item \(id) has no evidence yet: attach it before the sign-off.")
        }
        let inspection = try c.inspection(item.inspectionID)
        let organization = try c.organization(inspection.targetID)
        // Past work entered by the office carries the head's signature from the paper record.
        guard let head = organization.head, let headUser = head.userID ?? (c.isEnteringPastWork ? c.actor.id : nil),
              headUser == c.actor.id || c.isEnteringPastWork else {
            throw DomainError(.closeOutSignOff, zh: "销号须由\(organization.name)主要负责人本人签字背书。", en: "The close-out must be signed off by the head of \(organization.name) in person.")
        }
        guard item.closeOut.signOff == nil else {
            throw DomainError(.closeOutSignOff, zh: "整改事项\(id)已签字背书。", en: "Item \(id) is already signed off.")
        }
        return [.closeOutSignedOff(id, SignOff(headName: head.name, userID: headUser, day: c.today))]
    }

    static func accept(_ id: RectificationItemID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        try requireRectified(item)
        guard !item.closeOut.evidence.isEmpty else {
            throw DomainError(.closeOutEvidence, zh: "整改事项\(id)尚无佐证材料，不能验收。", en: "Item \(id) has no evidence, so it cannot be accepted.")
        }
        guard item.closeOut.signOff != nil else {
            throw DomainError(.closeOutSignOff, zh: "整改事项\(id)尚未经主要负责人签字背书，不能验收。", en: "Item \(id) has not been signed off by the head, so it cannot be accepted.")
        }
        if c.isEnteringPastWork, c.actor.role == .office {
            // The three parties' acceptance form (三方验收表), entered from paper: every party not yet recorded.
            let missing = AcceptingParty.allCases.filter { item.closeOut.acceptedBy[$0] == nil }
            return missing.map { .closeOutAccepted(id, $0, c.today) } + [.rectificationVerified(id, c.today)]
        }
        let party: AcceptingParty
        switch c.actor.role {
        case .office: party = .office
        case .teamLeader, .teamMember: party = .team // the access policy has checked that the actor leads this team
        case .inspectedOrg: party = .organization
        default:
            throw DomainError(.accessRole, zh: "三方验收由巡察办、巡察组和被巡察党组织进行。", en: "Acceptance is by the office, the team and the inspected organization.")
        }
        guard item.closeOut.acceptedBy[party] == nil else {
            throw DomainError(.closeOutAcceptance, zh: "该方已验收过整改事项\(id)。", en: "This party has already accepted item \(id).")
        }
        var events: [Event] = [.closeOutAccepted(id, party, c.today)]
        var accepted = Set(item.closeOut.acceptedBy.keys)
        accepted.insert(party)
        if accepted == Set(AcceptingParty.allCases) { events.append(.rectificationVerified(id, c.today)) }
        return events
    }

    private static func requireRectified(_ item: RectificationItem) throws(DomainError) {
        guard item.status == .rectified else {
            throw DomainError(.itemTransition, zh: "整改事项\(item.id)当前为“\(item.status.label(.chinese))”：须先完成整改（已整改）再办理销号。",
                              en: "Item \(item.id) is \(item.status.label(.english)): it must be rectified before it can be closed out.")
        }
    }
}
