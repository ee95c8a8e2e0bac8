/// Rules for the report, its approval and the double feedback.
enum ReportRules {
    static func submit(_ id: InspectionID, _ s: ReportSubmission, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .withdrawn, for: LocalizedText(zh: "报送巡察报告", en: "submitting the report"))
        try Check.notBlank(s.summary, field: "summary", zh: "报告综述")
        guard Set(s.findingIDs).count == s.findingIDs.count else { throw .invalid("findingIDs", zh: "报告中的问题有重复。", en: "a finding is listed twice.") }
        for findingID in s.findingIDs {
            let finding = try c.finding(findingID)
            guard finding.inspectionID == id else {
                throw .invalid("findingIDs", zh: "问题\(findingID)属于另一次巡察。", en: "finding \(findingID) belongs to another inspection.")
            }
            guard finding.isApproved else {
                throw DomainError(.findingNotApproved, zh: "问题底稿\(findingID)未经组务会审定通过，不能写入巡察报告：请先提交组务会审议。",
                                  en: "Finding draft \(findingID) has not been approved by the team meeting, so it cannot go into the report: have the team meeting review it first.")
            }
        }
        let due = (inspection.withdrawnOn ?? c.today).adding(days: c.settings.reportDueDays)
        let report = InspectionReport(findingIDs: s.findingIDs, summary: s.summary, specialReports: s.specialReports,
                                      leadIDs: c.state.leads(of: id).map(\.id), submittedOn: c.today, due: due)
        return [.reportSubmitted(id, report), c.transition(inspection, to: .reported, defaultReason: "报告领导小组 / reported")]
    }

    static func approve(_ id: InspectionID, meeting: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .reported, for: LocalizedText(zh: "审定巡察报告", en: "approving the report"))
        try Check.notBlank(meeting, field: "meeting", zh: "审定会议（如书记专题会）")
        return [.reportApproved(id, ReportApproval(meeting: meeting, approvedBy: c.actor.id, approvedOn: c.today)),
                c.transition(inspection, to: .approved, defaultReason: "党委审定 / approved")]
    }

    static func deliverFeedback(_ id: InspectionID, _ d: FeedbackDelivery, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage >= .approved, let approval = inspection.approval else {
            throw DomainError(.feedbackBeforeApproval, zh: "巡察\(id)的报告尚未经党委审定，不能反馈：请先报请审定。",
                              en: "Inspection \(id)'s report has not been approved, so feedback cannot be delivered: have the committee approve it first.")
        }
        try c.require(inspection, in: .approved, for: LocalizedText(zh: "反馈", en: "delivering feedback"))
        try Check.notBlank(d.text, field: "text", zh: "反馈意见")
        let approved = LocalizedText(zh: "报告审定", en: "the report's approval")
        try Chronology.notBefore(approval.approvedOn, LocalizedText(zh: "反馈", en: "Feedback"), needs: approved, rule: .feedbackBeforeApproval, c)
        for (day, field) in [(d.toHeadOn, "toHeadOn"), (d.toLeadershipOn, "toLeadershipOn")] {
            try Chronology.notBefore(approval.approvedOn, LocalizedText(zh: "反馈（\(field)）", en: "Feedback (\(field))"), needs: approved,
                                     rule: .feedbackBeforeApproval, on: day, c)
            guard day <= c.today else {
                throw DomainError(.doubleFeedback, zh: "反馈日期（\(field)=\(day)）不能晚于反馈的发生日（\(c.today)）。",
                                  en: "The feedback day (\(field) = \(day)) cannot be after the day the feedback is recorded as delivered (\(c.today)).")
            }
        }
        guard !d.copiedTo.filter({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }).isEmpty else {
            throw DomainError(.doubleFeedback, zh: "反馈意见须抄告分管领导、纪委监委和组织部：请填写抄告对象。",
                              en: "Copies go to the responsible leader, the discipline commission and the organization department: list them.")
        }
        let delivered = max(d.toHeadOn, d.toLeadershipOn)
        let feedback = Feedback(text: d.text, toHeadOn: d.toHeadOn, toLeadershipOn: d.toLeadershipOn, copiedTo: d.copiedTo,
                                planDue: delivered.adding(days: c.settings.planDueDays),
                                reportDue: delivered.adding(days: c.settings.rectificationReportDueDays))
        return [.feedbackDelivered(id, feedback), c.transition(inspection, to: .feedbackDelivered, defaultReason: "双反馈 / feedback delivered")]
    }
}
