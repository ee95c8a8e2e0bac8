/// Rules for leads and problems: registering a lead, handing over (移交) and tracking the disposition.
enum HandoverRules {
    private static let lead = LocalizedText(zh: "线索", en: "Lead")
    private static let problem = LocalizedText(zh: "问题", en: "Finding")

    static func handOver(_ id: LeadID, _ destination: HandoverDestination, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let found = try c.lead(id)
        let inspection = try c.inspection(found.inspectionID)
        return [.leadHandedOver(id, try handover(of: lead, id.rawValue, existing: found.handover, in: inspection, to: destination, c))]
    }

    static func recordDisposition(_ id: LeadID, kind: DispositionKind, note: String, lateBecause: String?, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let found = try c.lead(id)
        return [.dispositionRecorded(id, try disposition(of: lead, id.rawValue, handover: found.handover, existing: found.disposition, kind: kind, note: note,
                                                         lateBecause: lateBecause, c))]
    }

    static func handOverFinding(_ id: FindingID, _ destination: HandoverDestination, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let found = try c.finding(id)
        let inspection = try c.inspection(found.inspectionID)
        if inspection.stage >= .approved, inspection.report?.findingIDs.contains(id) != true {
            throw .invalid("findingID", zh: "问题\(id)未写入经审定的巡察报告，不能移交。", en: "finding \(id) is not in the approved report, so it cannot be handed over.")
        }
        return [.findingHandedOver(id, try handover(of: problem, id.rawValue, existing: found.handover, in: inspection, to: destination, c))]
    }

    static func recordFindingDisposition(_ id: FindingID, kind: DispositionKind, note: String, lateBecause: String?,
                                         _ c: DecisionContext) throws(DomainError) -> [Event] {
        let found = try c.finding(id)
        return [.findingDispositionRecorded(id, try disposition(of: problem, id.rawValue, handover: found.handover, existing: found.disposition,
                                                                kind: kind, note: note, lateBecause: lateBecause, c))]
    }

    static func complete(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .feedbackDelivered, for: LocalizedText(zh: "完成移交", en: "completing the hand-over"))
        let pending = c.state.leads(of: id).filter { $0.handover == nil }
        guard pending.isEmpty else {
            throw DomainError(.handoverIncomplete, zh: "尚有\(pending.count)条线索未移交（\(pending.map(\.id.rawValue).joined(separator: "、"))）：请逐条移交后再完成移交环节。",
                              en: "\(pending.count) lead(s) are not handed over yet (\(pending.map(\.id.rawValue).joined(separator: ", "))): hand each over first.")
        }
        return [.handoverCompleted(id, c.today), c.transition(inspection, to: .handedOver, defaultReason: "移交完成 / handed over")]
    }

    /// A hand-over made today, once, after the report's approval, with the disposition due some months later.
    private static func handover(of what: LocalizedText, _ id: String, existing: Handover?, in inspection: Inspection, to destination: HandoverDestination,
                                 _ c: DecisionContext) throws(DomainError) -> Handover {
        guard inspection.stage >= .approved else {
            throw DomainError(.handoverBeforeApproval, zh: "巡察\(inspection.id)的报告尚未经党委审定，\(what.zh)\(id)不能移交：请先报请审定。",
                              en: "Inspection \(inspection.id)'s report has not been approved, so \(what.en.lowercased()) \(id) cannot be handed over yet.")
        }
        if let existing {
            throw DomainError(.handoverOnce, zh: "\(what.zh)\(id)已于\(existing.day)移交，不能重复移交。", en: "\(what.en) \(id) was already handed over on \(existing.day).")
        }
        if case .otherUnit(let name) = destination { try Check.notBlank(name, field: "destination", zh: "移交单位") }
        if let approved = inspection.approval?.approvedOn {
            try Chronology.notBefore(approved, LocalizedText(zh: "移交", en: "The hand-over"), needs: LocalizedText(zh: "报告审定", en: "the report's approval"), c)
        }
        return Handover(destination: destination, day: c.today, dispositionDue: c.today.adding(months: c.settings.dispositionMonths))
    }

    /// The receiver's disposition of something handed over, reported once.
    private static func disposition(of what: LocalizedText, _ id: String, handover: Handover?, existing: Disposition?, kind: DispositionKind, note: String,
                                    lateBecause: String?, _ c: DecisionContext) throws(DomainError) -> Disposition {
        guard let handover else {
            throw DomainError(.disposition, zh: "\(what.zh)\(id)尚未移交，没有处置结果可报：请先移交。", en: "\(what.en) \(id) has not been handed over, so there is no disposition to report yet.")
        }
        try Chronology.notBefore(handover.day, LocalizedText(zh: "处置结果", en: "The disposition"), needs: LocalizedText(zh: "移交", en: "the hand-over"), c)
        let late = lateBecause.flatMap { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : $0 }
        if c.today > handover.dispositionDue, late == nil {
            throw DomainError(.dispositionLate, zh: "\(what.zh)\(id)的处置结果应于\(handover.dispositionDue)前报送，\(c.today)已逾期：逾期报送须写明逾期原因（lateBecause）。",
                              en: "\(what.en) \(id)'s disposition was due by \(handover.dispositionDue) and \(c.today) is late: a late disposition states why it is late (lateBecause).")
        }
        guard existing == nil else {
            throw DomainError(.disposition, zh: "\(what.zh)\(id)的处置结果已报送。", en: "\(what.en) \(id)'s disposition has already been reported.")
        }
        try Check.notBlank(note, field: "note", zh: "处置情况")
        return Disposition(kind: kind, note: note, reportedOn: c.today, reportedBy: c.actor.id, lateBecause: c.today > handover.dispositionDue ? late : nil)
    }

    static func registerLead(_ id: InspectionID, _ f: LeadFiling, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        let stage = try FieldworkRules.recording(inspection, about: f.organizationID, c)
        try Check.notBlank(f.subjectName, field: "subjectName", zh: "被反映人姓名")
        try Check.notBlank(f.subjectPost, field: "subjectPost", zh: "被反映人职务")
        try Check.notBlank(f.summary, field: "summary", zh: "线索内容")
        try FieldworkRules.onTeam([f.custodianID], inspection, field: "custodianID", c)
        if let petitionID = f.petitionID {
            let petition = try c.petition(petitionID)
            guard petition.inspectionID == id else { throw FieldworkRules.otherInspection(petitionID.rawValue) }
        }
        let lead = Lead(id: c.newID(.lead), inspectionID: id, subjectName: f.subjectName, subjectPost: f.subjectPost, organizationID: f.organizationID,
                        summary: f.summary, custodianID: f.custodianID, petitionID: f.petitionID, registeredBy: c.actor.id, registeredOn: c.today)
        return stage + [.leadRegistered(lead)]
    }
}
