/// Rules for handing leads over (移交) and tracking their disposition.
enum HandoverRules {
    static func handOver(_ id: LeadID, _ destination: HandoverDestination, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let lead = try c.lead(id)
        let inspection = try c.inspection(lead.inspectionID)
        guard inspection.stage >= .approved else {
            throw DomainError(.handoverBeforeApproval, zh: "巡察\(inspection.id)的报告尚未经党委审定，线索不能移交：请先报请审定。",
                              en: "Inspection \(inspection.id)'s report has not been approved, so leads cannot be handed over yet.")
        }
        guard lead.handover == nil else {
            throw DomainError(.handoverOnce, zh: "线索\(id)已于\(lead.handover?.day.iso ?? "")移交，不能重复移交。", en: "Lead \(id) has already been handed over.")
        }
        if case .otherUnit(let name) = destination { try Check.notBlank(name, field: "destination", zh: "移交单位") }
        let handover = Handover(destination: destination, day: c.today, dispositionDue: c.today.adding(months: c.settings.dispositionMonths))
        return [.leadHandedOver(id, handover)]
    }

    static func recordDisposition(_ id: LeadID, kind: DispositionKind, note: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let lead = try c.lead(id)
        guard lead.handover != nil else {
            throw DomainError(.disposition, zh: "线索\(id)尚未移交，没有处置结果可报：请先移交。", en: "Lead \(id) has not been handed over, so there is no disposition to report yet.")
        }
        guard lead.disposition == nil else {
            throw DomainError(.disposition, zh: "线索\(id)的处置结果已报送。", en: "Lead \(id)'s disposition has already been reported.")
        }
        try Check.notBlank(note, field: "note", zh: "处置情况")
        return [.dispositionRecorded(id, Disposition(kind: kind, note: note, reportedOn: c.today, reportedBy: c.actor.id))]
    }

    static func handOverFinding(_ id: FindingID, _ destination: HandoverDestination, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let finding = try c.finding(id)
        let inspection = try c.inspection(finding.inspectionID)
        guard inspection.stage >= .approved else {
            throw DomainError(.handoverBeforeApproval, zh: "巡察\(inspection.id)的报告尚未经党委审定，问题不能移交：请先报请审定。",
                              en: "Inspection \(inspection.id)'s report has not been approved, so problems cannot be handed over yet.")
        }
        guard inspection.report?.findingIDs.contains(id) == true else {
            throw .invalid("findingID", zh: "问题\(id)未写入经审定的巡察报告，不能移交。", en: "finding \(id) is not in the approved report, so it cannot be handed over.")
        }
        guard finding.handover == nil else {
            throw DomainError(.handoverOnce, zh: "问题\(id)已移交，不能重复移交。", en: "Finding \(id) has already been handed over.")
        }
        if case .otherUnit(let name) = destination { try Check.notBlank(name, field: "destination", zh: "移交单位") }
        return [.findingHandedOver(id, Handover(destination: destination, day: c.today, dispositionDue: c.today.adding(months: c.settings.dispositionMonths)))]
    }

    static func recordFindingDisposition(_ id: FindingID, kind: DispositionKind, note: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let finding = try c.finding(id)
        guard finding.handover != nil else {
            throw DomainError(.disposition, zh: "问题\(id)尚未移交，没有处置结果可报。", en: "Finding \(id) has not been handed over, so there is no disposition to report.")
        }
        guard finding.disposition == nil else {
            throw DomainError(.disposition, zh: "问题\(id)的处置结果已报送。", en: "Finding \(id)'s disposition has already been reported.")
        }
        try Check.notBlank(note, field: "note", zh: "处置情况")
        return [.findingDispositionRecorded(id, Disposition(kind: kind, note: note, reportedOn: c.today, reportedBy: c.actor.id))]
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
}
