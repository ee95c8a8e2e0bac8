/// Reads of the rectification ledger and the deadlines of every stage, with warning levels.
extension Engine {
    /// The rectification items `actor` may see (of one inspection, or all), by id — as they stood at the end of `day`
    /// when one is given (those that existed then, with their status then).
    public func rectificationItems(of inspection: InspectionID? = nil, asOf day: Day? = nil, as actor: Actor) -> [RectificationItem] {
        let candidates = inspection.map { state.rectificationItems(of: $0) } ?? state.rectificationItems.values.sorted { $0.id < $1.id }
        let readable = candidates.filter { AccessPolicy.canRead(actor, .rectificationItem($0.id), state: state, today: today) }
        // Nothing is recorded as happening after today (time.future), so a view as of today or later is the items as they are.
        guard let day, day < today else { return readable }
        return readable.compactMap { $0.asOf(day) }
    }

    /// One rectification item, if the actor may see it: an unknown one and a refused one each name their rule, and
    /// either attempt is kept in the audit trail.
    public mutating func rectificationItem(_ id: RectificationItemID, as actor: Actor) throws(DomainError) -> RectificationItem {
        guard let item = state.rectificationItems[id] else {
            let unknown = DomainError.unknown(.rectificationItem, id.rawValue)
            auditRefusedFileRead(.rectificationItem(id), rule: unknown.rule, exists: false, as: actor)
            throw unknown
        }
        try authorizeFileRead(.rectificationItem(id), .rectificationItem(id), as: actor)
        return item
    }

    /// Open items with their warning level on `day` (default today), by their status then, most urgent first; only yellow
    /// and red when `atRiskOnly`.
    public func itemWarnings(on day: Day? = nil, atRiskOnly: Bool = true, as actor: Actor) -> [ItemWarning] {
        let day = day ?? today
        return rectificationItems(asOf: day, as: actor).filter(\.status.isOpen).compactMap { item -> ItemWarning? in
            let level = item.warning(on: day, yellowDays: settings.yellowWarningDays)
            guard !atRiskOnly || level != .green else { return nil }
            let head = state.inspections[item.inspectionID].flatMap { state.organizations[$0.targetID]?.head?.name } ?? ""
            let notify = switch level {
            case .green: ""
            case .yellow: item.responsibleLeader
            case .red: head
            }
            return ItemWarning(item: item, level: level, daysLeft: day.days(until: item.deadline), notify: notify)
        }
        .sorted { ($0.daysLeft, $0.item.id) < ($1.daysLeft, $1.item.id) }
    }

    /// The stage deadlines still pending on `day` for the inspections `actor` may see: reports, plans, rectification reports, dispositions.
    public func pendingDeadlines(on day: Day? = nil, as actor: Actor) -> [StageDeadline] {
        let day = day ?? today
        let yellow = settings.yellowWarningDays
        var result: [StageDeadline] = []
        for inspection in inspections(as: actor) {
            if inspection.stage == .withdrawn, let withdrawn = inspection.withdrawnOn {
                let due = withdrawn.adding(days: settings.reportDueDays)
                result.append(StageDeadline(what: LocalizedText(zh: "巡察报告", en: "inspection report"), inspectionID: inspection.id, leadID: nil,
                                            due: due, level: WarningLevel(deadline: due, on: day, yellowDays: yellow)))
            }
            if let feedback = inspection.feedback {
                if inspection.rectificationPlanSubmittedOn == nil {
                    result.append(StageDeadline(what: LocalizedText(zh: "整改方案", en: "rectification plan"), inspectionID: inspection.id, leadID: nil,
                                                due: feedback.planDue, level: WarningLevel(deadline: feedback.planDue, on: day, yellowDays: yellow)))
                }
                if inspection.rectificationReport == nil {
                    result.append(StageDeadline(what: LocalizedText(zh: "整改报告", en: "rectification report"), inspectionID: inspection.id, leadID: nil,
                                                due: feedback.reportDue, level: WarningLevel(deadline: feedback.reportDue, on: day, yellowDays: yellow)))
                }
            }
            guard actor.role != .inspectedOrg else { continue }
            for lead in state.leads(of: inspection.id) {
                guard let handover = lead.handover, lead.disposition == nil else { continue }
                result.append(StageDeadline(what: LocalizedText(zh: "线索处置结果", en: "lead disposition"), inspectionID: inspection.id,
                                            leadID: AccessPolicy.canRead(actor, .lead(lead.id), state: state, today: day) ? lead.id : nil,
                                            due: handover.dispositionDue, level: WarningLevel(deadline: handover.dispositionDue, on: day, yellowDays: yellow)))
            }
            for finding in state.findings(of: inspection.id) {
                guard let handover = finding.handover, finding.disposition == nil else { continue }
                result.append(StageDeadline(what: LocalizedText(zh: "移交问题处置结果", en: "problem disposition"), inspectionID: inspection.id, leadID: nil,
                                            due: handover.dispositionDue, level: WarningLevel(deadline: handover.dispositionDue, on: day, yellowDays: yellow)))
            }
        }
        return result.sorted { ($0.due, $0.inspectionID) < ($1.due, $1.inspectionID) }
    }

    /// The term's coverage (巡察全覆盖), as of `day` (default: now), for those who may see statistics.
    public func coverage(of term: TermID, asOf day: Day? = nil, as actor: Actor) throws(DomainError) -> Coverage {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        guard let found = state.terms[term] else { throw DomainError.unknown(.term, term.rawValue) }
        return Coverage.of(term: found, in: state, asOf: day)
    }
}
