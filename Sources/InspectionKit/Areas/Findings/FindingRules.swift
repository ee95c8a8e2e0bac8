/// Rules for finding drafts (问题底稿) and their review by the team meeting (组务会).
enum FindingRules {
    static func draft(_ id: InspectionID, _ content: FindingContent, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let inspection = try c.inspection(id)
        let stage = try FieldworkRules.recording(inspection, about: content.organizationID, c)
        try validate(content, inspection, c)
        let number = c.state.findings(of: id).count + 1
        let finding = Finding(id: c.newID(.finding), inspectionID: id, number: number, content: content, authorID: c.actor.id, draftedOn: c.today)
        return stage + [.findingDrafted(finding)]
    }

    static func revise(_ id: FindingID, _ content: FindingContent, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let finding = try c.finding(id)
        let inspection = try c.inspection(finding.inspectionID)
        guard !finding.isApproved else {
            throw DomainError(.findingReviewed, zh: "问题底稿\(id)已经组务会审定，不能再修改。", en: "Finding \(id) was approved by the team meeting and can no longer be revised.")
        }
        let stage = try FieldworkRules.recording(inspection, about: content.organizationID, c)
        try validate(content, inspection, c)
        return stage + [.findingRevised(id, content)]
    }

    static func review(_ id: FindingID, decision: ReviewDecision, opinion: String, _ c: DecisionContext) throws(DomainError) -> [Event] {
        let finding = try c.finding(id)
        let inspection = try c.inspection(finding.inspectionID)
        try c.require(inspection, in: .stationed, .fieldwork, .withdrawn, for: LocalizedText(zh: "组务会审议问题底稿", en: "the team meeting's review"))
        guard !finding.isApproved else {
            throw DomainError(.findingReviewed, zh: "问题底稿\(id)已经组务会审定。", en: "Finding \(id) has already been approved by the team meeting.")
        }
        try Check.notBlank(opinion, field: "opinion", zh: "组务会意见")
        // Past work entered by the office carries the signature of the team's leader from the paper record.
        let transcribed = c.isEnteringPastWork ? c.state.teams[inspection.teamID]?.leaderID : nil
        guard let leader = c.actor.inspectorID ?? transcribed else {
            throw DomainError(.accessIdentity, zh: "组务会意见须由组长签字：当前操作人不是巡察干部。", en: "The team meeting's opinion is signed by the leader; the actor is not an inspector.")
        }
        return [.findingReviewed(id, FindingReview(decision: decision, opinion: opinion, signedBy: leader, reviewedOn: c.today))]
    }

    /// Every field of the 问题底稿 is present and consistent.
    static func validate(_ content: FindingContent, _ inspection: Inspection, _ c: DecisionContext) throws(DomainError) {
        let required: [(String, String, String)] = [
            (content.title, "title", "问题标题"), (content.manifestation, "manifestation", "现象描述"),
            (content.qualification, "qualification", "定性"), (content.basis, "basis", "定性依据"),
            (content.responsibleParty, "responsibleParty", "责任主体"),
        ]
        for (value, field, zh) in required {
            guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw DomainError(.findingDraft, zh: "问题底稿缺少“\(zh)”：请补全后再提交。", en: "The finding draft lacks '\(field)': complete it and submit again.")
            }
        }
        try AttachmentRules.check(content.evidence)
        guard !content.evidence.isEmpty, content.evidence.allSatisfy({ !$0.reference.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            throw DomainError(.findingDraft, zh: "问题底稿须附证据材料，且每份证据须注明存放位置（编号）。", en: "The draft needs evidence items, each with a reference to where it is kept.")
        }
        guard !content.foundBy.isEmpty else {
            throw DomainError(.findingDraft, zh: "问题底稿须注明发现人。", en: "The draft must name who found the problem.")
        }
        guard content.foundOn <= c.today else {
            throw DomainError(.findingDraft, zh: "发现时间\(content.foundOn)不能晚于今天。", en: "The day found (\(content.foundOn)) cannot be in the future.")
        }
        try FieldworkRules.onTeam(content.foundBy, inspection, field: "foundBy", c)
        guard c.state.taxonomy.isLeaf(content.categoryCode) else {
            throw DomainError(.findingCategory, zh: "问题分类“\(content.categoryCode)”不是监督重点内容清单（\(c.state.taxonomy.version)）的末级条目：请选用末级分类。",
                              en: "Category '\(content.categoryCode)' is not a leaf of the taxonomy (\(c.state.taxonomy.version)): classify at the lowest level.")
        }
        switch content.source {
        case .workRecord(let record):
            guard c.state.workRecords[record]?.inspectionID == inspection.id else { throw .unknown(.workRecord, record.rawValue) }
        case .petition(let petition):
            guard c.state.petitions[petition]?.inspectionID == inspection.id else { throw .unknown(.petition, petition.rawValue) }
        case .earlierRectification(let item):
            guard c.state.rectificationItems[item] != nil else { throw .unknown(.rectificationItem, item.rawValue) }
        case .dataComparison(let reference):
            try Check.notBlank(reference, field: "source.dataComparison", zh: "数据碰撞来源")
        }
    }
}
