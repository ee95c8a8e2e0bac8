/// Rules for the rectification plan and its items: deadlines, progress, long-term items, supervision notices.
enum RectificationRules {
    static func submitPlan(_ id: InspectionID, _ rows: [RectificationItemPlan], _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .handedOver, for: LocalizedText(zh: "报送整改方案", en: "submitting the rectification plan"))
        guard let feedback = inspection.feedback, let report = inspection.report else {
            throw DomainError(.lifecycle, zh: "巡察\(id)尚无反馈意见。", en: "Inspection \(id) has no feedback yet.")
        }
        let fedBack = Set(report.findingIDs)
        let alreadyOpen = Set(c.state.rectificationItems(of: id).map(\.findingID))
        var items: [RectificationItem] = []
        for (offset, row) in rows.enumerated() {
            guard fedBack.contains(row.findingID) else {
                throw DomainError(.rectificationPlan, zh: "问题\(row.findingID)不在反馈的问题清单中（第\(offset + 1)项）。",
                                  en: "Finding \(row.findingID) (row \(offset + 1)) is not among the findings fed back.")
            }
            items.append(try makeItem(row, inspection: inspection, feedbackDay: feedback.deliveredOn, offset: offset, immediate: false, c))
        }
        let covered = alreadyOpen.union(rows.map(\.findingID))
        let missing = report.findingIDs.filter { !covered.contains($0) }
        guard missing.isEmpty else {
            throw DomainError(.rectificationPlan, zh: "整改方案须对反馈的每个问题列出整改任务，以下问题缺少任务：\(missing.map(\.rawValue).joined(separator: "、"))。",
                              en: "The plan needs a task for every finding fed back; these have none: \(missing.map(\.rawValue).joined(separator: ", ")).")
        }
        return [.rectificationPlanSubmitted(id, c.today, items), c.transition(inspection, to: .rectifying, defaultReason: "整改方案 / plan submitted")]
    }

    static func startImmediate(_ findingID: FindingID, _ row: RectificationItemPlan, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let finding = try c.finding(findingID)
        let inspection = try c.inspection(finding.inspectionID)
        guard finding.content.immediateRectification else {
            throw DomainError(.immediateRectification, zh: "问题\(findingID)未标注“立行立改”，整改须待反馈后按整改方案进行。",
                              en: "Finding \(findingID) is not marked for immediate rectification; it is rectified under the plan after feedback.")
        }
        try c.require(inspection, in: .stationed, .fieldwork, for: LocalizedText(zh: "立行立改", en: "immediate rectification"), rule: .immediateRectification)
        guard row.findingID == findingID else { throw .invalid("findingID", zh: "整改任务对应的问题与所选问题不一致。", en: "the task names a different finding.") }
        guard !c.state.rectificationItems.values.contains(where: { $0.findingID == findingID }) else {
            throw DomainError(.immediateRectification, zh: "问题\(findingID)已有整改任务。", en: "Finding \(findingID) already has a rectification task.")
        }
        return [.immediateRectificationStarted(try makeItem(row, inspection: inspection, feedbackDay: c.today, offset: 0, immediate: true, c))]
    }

    private static func makeItem(_ row: RectificationItemPlan, inspection: Inspection, feedbackDay: Day, offset: Int, immediate: Bool,
                                 _ c: DecisionContext) throws(DomainError) -> RectificationItem {
        let fields = [(row.measures, "measures", "整改措施"), (row.responsibleLeader, "responsibleLeader", "责任领导"),
                      (row.responsibleDepartment, "responsibleDepartment", "责任部门")]
        for (value, field, zh) in fields where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw DomainError(.rectificationPlan, zh: "整改任务（问题\(row.findingID)）缺少“\(zh)”：“三个清单”须列明措施、责任领导和责任部门。",
                              en: "The task for finding \(row.findingID) lacks '\(field)': each task names its measures, responsible leader and department.")
        }
        let hardLimit = feedbackDay.adding(months: c.settings.itemHardLimitMonths)
        let deadline = row.deadline ?? feedbackDay.adding(months: c.settings.itemDefaultMonths)
        guard deadline > c.today else {
            throw DomainError(.rectificationDeadline, zh: "整改时限\(deadline)不能早于或等于今天。", en: "The deadline \(deadline) must be after today.")
        }
        guard deadline <= hardLimit else {
            throw DomainError(.rectificationDeadline, zh: "整改时限\(deadline)超过了反馈后\(c.settings.itemHardLimitMonths)个月的最长期限（\(hardLimit)）：确需长期坚持的，到期后标注“长期坚持”。",
                              en: "The deadline \(deadline) passes the limit of \(c.settings.itemHardLimitMonths) months after feedback (\(hardLimit)); mark the item long-term later if it must continue.")
        }
        return RectificationItem(id: c.newID(.rectificationItem, offset: offset), inspectionID: inspection.id, findingID: row.findingID,
                                 measures: row.measures, responsibleLeader: row.responsibleLeader, responsibleDepartment: row.responsibleDepartment,
                                 deadline: deadline, isImmediate: immediate)
    }

    static func update(_ id: RectificationItemID, status: RectificationStatus, note: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        try Check.notBlank(note, field: "note", zh: "整改进展说明")
        let allowed: [RectificationStatus: Set<RectificationStatus>] = [
            .inProgress: [.notStarted, .inProgress, .reopened],
            .rectified: [.inProgress],
        ]
        guard let from = allowed[status], from.contains(item.status) else {
            throw DomainError(.itemTransition, zh: "整改事项\(id)当前为“\(item.status.label(.chinese))”，不能直接改为“\(status.label(.chinese))”：状态依次为未启动→整改中→已整改→销号。",
                              en: "Item \(id) is \(item.status.label(.english)) and cannot become \(status.label(.english)): items go not started → in progress → rectified → verified.")
        }
        return [.rectificationProgressed(id, status, ProgressNote(day: c.today, note: note, author: c.actor.id))]
    }

    static func markLongTerm(_ id: RectificationItemID, nextReview: Day, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        guard item.status == .inProgress || item.status == .rectified || item.status == .longTerm else {
            throw DomainError(.itemTransition, zh: "整改事项\(id)须已启动整改，才能标注为长期坚持。", en: "Item \(id) must be under way before it can be marked long-term.")
        }
        guard nextReview > c.today else {
            throw DomainError(.longTermReview, zh: "长期坚持事项须确定今后的复查日期（须晚于今天）。", en: "A long-term item needs a future review date.")
        }
        return [.rectificationMarkedLongTerm(id, nextReview: nextReview)]
    }

    static func issueNotice(_ id: RectificationItemID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let item = try c.item(id)
        let level = item.warning(on: c.today, yellowDays: c.settings.yellowWarningDays)
        guard level != .green else {
            throw DomainError(.supervisionNotice, zh: "整改事项\(id)为绿灯，无需督办。", en: "Item \(id) is green: no supervision notice is due.")
        }
        if let previous = item.notices.last {
            try Chronology.notBefore(previous.issuedOn, LocalizedText(zh: "督办", en: "The notice"), needs: LocalizedText(zh: "上一级督办", en: "the previous notice"), c)
        }
        let next: SupervisionNoticeKind
        if let last = item.notices.last?.kind {
            guard let following = SupervisionNoticeKind(rawValue: last.rawValue + 1) else {
                throw DomainError(.supervisionNotice, zh: "整改事项\(id)已发出问责书，督办已到最高一级：请启动问责程序。",
                                  en: "Item \(id) already has an accountability notice, the top of the ladder: start accountability proceedings.")
            }
            next = following
        } else {
            next = .supervisionNotice
        }
        if next > .supervisionNotice, level != .red {
            throw DomainError(.supervisionNotice, zh: "升级督办（\(next.label(.chinese))）仅适用于逾期（红灯）事项。", en: "Escalating to a \(next.label(.english)) needs the item to be overdue (red).")
        }
        return [.supervisionNoticeIssued(id, SupervisionNotice(kind: next, issuedOn: c.today, issuedBy: c.actor.id,
                                                                      enteredOn: c.enteredLater, reason: c.statedReason))]
    }

    static func submitReport(_ id: InspectionID, summary: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .rectifying, for: LocalizedText(zh: "报送整改报告", en: "submitting the rectification report"))
        try Check.notBlank(summary, field: "summary", zh: "整改报告")
        return [.rectificationReportSubmitted(id, RectificationReport(summary: summary, submittedOn: c.today)),
                c.transition(inspection, to: .rectificationReported, defaultReason: "整改报告 / rectification reported")]
    }

}
