/// Rules for closing an inspection: withholding and disclosure, evaluation, follow-up, accountability and rule changes, archiving and access to the archive.
enum ClosingRules {
    static func consentToWithholding(_ id: InspectionID, grounds: Set<WithholdingGround>, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage >= .feedbackDelivered, inspection.stage < .disclosed else {
            throw DomainError(.lifecycle, zh: "不予公开的同意须在反馈之后、公开之前作出。", en: "Consent to withhold is given after feedback and before disclosure.")
        }
        guard !grounds.isEmpty else {
            throw DomainError(.disclosureWithholding, zh: "须写明不予公开的情形（五种情形之一或多项）。", en: "Name the grounds for withholding (one or more of the five).")
        }
        try Check.reason(c.reason, rule: .disclosureWithholding, what: LocalizedText(zh: "不予公开", en: "Withholding"))
        return [.withholdingConsented(id, WithholdingConsent(grounds: grounds, reason: c.reason, consentedBy: c.actor.id, consentedOn: c.today))]
    }

    static func recordDisclosure(_ id: InspectionID, _ f: DisclosureFiling, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .rectificationReported, for: LocalizedText(zh: "公开整改情况", en: "disclosure"))
        if let publicOn = f.publicOn {
            guard let channel = f.publicChannel, !channel.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DomainError(.disclosureRecord, zh: "公开须记录公开渠道（如门户网站、公开栏）。", en: "A public disclosure records its channel (website, notice board…).")
            }
            guard publicOn <= c.today else {
                throw DomainError(.disclosureRecord, zh: "公开日期\(publicOn)不能晚于今天。", en: "The disclosure day \(publicOn) cannot be in the future.")
            }
        }
        if f.publicOn == nil, f.withheld.isEmpty {
            throw DomainError(.disclosureRecord, zh: "须记录公开日期和渠道；不予公开的，须写明情形并经领导小组同意。",
                              en: "Record the public disclosure's date and channel, or the grounds for withholding with the leading group's consent.")
        }
        if !f.withheld.isEmpty {
            let consented = inspection.withholdingConsent?.grounds ?? []
            let missing = f.withheld.subtracting(consented)
            guard missing.isEmpty else {
                throw DomainError(.disclosureWithholding, zh: "以下不予公开情形未经领导小组同意：\(missing.map(\.rawValue).sorted().joined(separator: "、"))。",
                                  en: "The leading group has not consented to withhold on: \(missing.map(\.rawValue).sorted().joined(separator: ", ")).")
            }
        }
        let disclosure = Disclosure(internalCircularOn: f.internalCircularOn, publicOn: f.publicOn, publicChannel: f.publicChannel,
                                    withheld: f.withheld, recordedOn: c.today)
        return [.disclosureRecorded(id, disclosure), c.transition(inspection, to: .disclosed, defaultReason: "公开 / disclosed")]
    }

    static func recordEvaluation(_ id: InspectionID, scores: FourChecks, remarks: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .disclosed, for: LocalizedText(zh: "整改评估", en: "evaluation"))
        guard scores.all.allSatisfy({ (0...FourChecks.maximumPerCheck).contains($0) }) else {
            throw .invalid("scores", zh: "“四个到位”每项得分须在0至\(FourChecks.maximumPerCheck)之间。", en: "each of the four checks scores 0–\(FourChecks.maximumPerCheck).")
        }
        let lastDeadline = c.state.rectificationItems(of: id).map(\.deadline).max() ?? inspection.feedback?.deliveredOn ?? c.today
        let earliest = lastDeadline.adding(months: c.settings.evaluationDelayMonths)
        guard c.today >= earliest else {
            throw DomainError(.evaluation, zh: "整改评估在整改时限届满\(c.settings.evaluationDelayMonths)个月后进行，最早\(earliest)。",
                              en: "Evaluation comes \(c.settings.evaluationDelayMonths) months after the last deadline; the earliest day is \(earliest).")
        }
        return [.evaluationRecorded(id, Evaluation(scores: scores, remarks: remarks, evaluatedOn: c.today)),
                c.transition(inspection, to: .evaluated, defaultReason: "整改评估 / evaluated")]
    }

    static func recordFollowUp(_ id: InspectionID, relapsed: [RectificationItemID], held: [RectificationItemID], satisfaction: Int, remarks: String,
                               _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage >= .rectificationReported else {
            throw DomainError(.lifecycle, zh: "“回头看”在报送整改报告之后进行。", en: "A follow-up comes after the rectification report.")
        }
        guard (0...100).contains(satisfaction) else {
            throw .invalid("satisfactionPercent", zh: "满意度须在0至100之间。", en: "satisfaction is a percentage, 0–100.")
        }
        guard !relapsed.isEmpty || !held.isEmpty else {
            throw DomainError(.followUp, zh: "“回头看”须列明检查的整改事项。", en: "A follow-up lists the items it checked.")
        }
        guard Set(relapsed).isDisjoint(with: held), Set(relapsed).count == relapsed.count, Set(held).count == held.count else {
            throw DomainError(.followUp, zh: "同一整改事项不能重复列出或既反弹又巩固。", en: "An item is listed twice, or both as relapsed and as held.")
        }
        for itemID in relapsed + held {
            let item = try c.item(itemID)
            guard item.inspectionID == id else {
                throw DomainError(.followUp, zh: "整改事项\(itemID)属于另一次巡察。", en: "Item \(itemID) belongs to another inspection.")
            }
            guard item.status == .verified || item.status == .longTerm else {
                throw DomainError(.followUp, zh: "整改事项\(itemID)尚未销号，谈不上反弹或巩固。", en: "Item \(itemID) is not closed, so it cannot have relapsed or held.")
            }
        }
        return [.followUpRecorded(FollowUp(id: c.newID(.followUp), inspectionID: id, relapsedItemIDs: relapsed, heldItemIDs: held,
                                           relapseDeadline: c.today.adding(months: c.settings.itemDefaultMonths), satisfactionPercent: satisfaction, remarks: remarks, day: c.today))]
    }

    static func archive(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        try c.require(inspection, in: .evaluated, for: LocalizedText(zh: "归档", en: "archiving"))
        let openItems = c.state.rectificationItems(of: id).filter { $0.status != .verified && !($0.status == .longTerm && $0.nextReviewOn != nil) }
        let leads = c.state.leads(of: id)
        let notHandedOver = leads.filter { $0.handover == nil }
        let undisposed = leads.filter { $0.handover != nil && $0.disposition == nil }
        let undisposedProblems = c.state.findings(of: id).filter { $0.handover != nil && $0.disposition == nil }
        guard openItems.isEmpty, notHandedOver.isEmpty, undisposed.isEmpty, undisposedProblems.isEmpty else {
            var zh: [String] = []
            var en: [String] = []
            if !openItems.isEmpty {
                zh.append("未销号的整改事项：\(openItems.map(\.id.rawValue).joined(separator: "、"))")
                en.append("open items: \(openItems.map(\.id.rawValue).joined(separator: ", "))")
            }
            if !notHandedOver.isEmpty {
                zh.append("未移交的线索：\(notHandedOver.map(\.id.rawValue).joined(separator: "、"))")
                en.append("leads not handed over: \(notHandedOver.map(\.id.rawValue).joined(separator: ", "))")
            }
            if !undisposed.isEmpty {
                zh.append("未报处置结果的线索：\(undisposed.map(\.id.rawValue).joined(separator: "、"))")
                en.append("leads without a disposition: \(undisposed.map(\.id.rawValue).joined(separator: ", "))")
            }
            if !undisposedProblems.isEmpty {
                zh.append("移交问题未报处置结果：\(undisposedProblems.map(\.id.rawValue).joined(separator: "、"))")
                en.append("handed-over problems without a disposition: \(undisposedProblems.map(\.id.rawValue).joined(separator: ", "))")
            }
            throw DomainError(.archivePreconditions, zh: "巡察\(id)不能归档——\(zh.joined(separator: "；"))。请销号（或标注长期坚持并定复查日期）并催报处置结果后再归档。",
                              en: "Inspection \(id) cannot be archived — \(en.joined(separator: "; ")). Close the items (or mark them long-term with a review date) and obtain the dispositions first.")
        }
        return [.archived(id, c.today), c.transition(inspection, to: .archived, defaultReason: "归档 / archived")]
    }

    static func grantArchiveAccess(_ id: InspectionID, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage >= .withdrawn else {
            throw DomainError(.lifecycle, zh: "巡察组尚在授权期内工作，无需授予档案查阅权限。", en: "The team is still at work; archive access is granted only after withdrawal.")
        }
        return [.archiveAccessGranted(id, inspection.teamID)]
    }

    static func recordAccountability(_ f: AccountabilityFiling, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(f.inspectionID)
        guard inspection.stage >= .approved else {
            throw DomainError(.lifecycle, zh: "巡察报告审定前不能记录问责结果。", en: "Accountability is recorded only after the report is approved.")
        }
        try Check.notBlank(f.personName, field: "personName", zh: "被问责人")
        try Check.notBlank(f.measure, field: "measure", zh: "问责方式")
        if let findingID = f.findingID, try c.finding(findingID).inspectionID != inspection.id {
            throw .invalid("findingID", zh: "问题\(findingID)属于另一次巡察。", en: "finding \(findingID) belongs to another inspection.")
        }
        if let leadID = f.leadID, try c.lead(leadID).inspectionID != inspection.id {
            throw .invalid("leadID", zh: "线索\(leadID)属于另一次巡察。", en: "lead \(leadID) belongs to another inspection.")
        }
        return [.accountabilityRecorded(AccountabilityRecord(id: c.newID(.accountability), inspectionID: inspection.id, findingID: f.findingID, leadID: f.leadID,
                                                             personName: f.personName, form: f.form, measure: f.measure, decidedOn: c.today))]
    }

    static func recordRuleChange(_ id: InspectionID, findingIDs: [FindingID], title: String, kind: RuleChangeKind, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        guard inspection.stage >= .feedbackDelivered else {
            throw DomainError(.lifecycle, zh: "反馈前不能记录建章立制。", en: "Rule changes are recorded after feedback.")
        }
        try Check.notBlank(title, field: "title", zh: "制度名称")
        for findingID in findingIDs where try c.finding(findingID).inspectionID != id {
            throw .invalid("findingIDs", zh: "问题\(findingID)属于另一次巡察。", en: "finding \(findingID) belongs to another inspection.")
        }
        return [.ruleChangeRecorded(RuleChange(id: c.newID(.ruleChange), inspectionID: id, findingIDs: findingIDs, title: title, kind: kind, issuedOn: c.today))]
    }
}
