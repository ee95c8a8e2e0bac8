import InspectionKit

/// The labels of the forms' fields and choices in both languages; a name without a label shows as it is (a test
/// checks that every field of every form the workbench offers has one).
enum FieldLabels {
    static let names: [String: (String, String)] = [
        "status": ("状态", "Status"), "note": ("情况说明", "Note"), "nextReview": ("下次复查日期", "Next review"),
        "items": ("佐证材料", "Evidence"), "title": ("名称", "Title"), "reference": ("档案号或位置", "Reference"),
        "reason": ("理由", "Reason"), "occurredOn": ("发生日期（补录时填写）", "Day it happened (for past work)"),
        "password": ("新密码", "New password"), "kind": ("类型", "Kind"), "lateBecause": ("逾期原因", "Why late"),
        "destination": ("移交对象", "Hand over to"), "unit": ("其他单位名称", "Other unit"), "opinion": ("意见", "Opinion"),
        "start": ("开始日期", "Starts"), "end": ("结束日期", "Ends"), "noticeDay": ("巡察通知日", "Notice day"),
        "findingIDs": ("纳入报告的问题", "Findings in the report"), "summary": ("主要内容", "Summary"),
        "specialReports": ("专题报告", "Special reports"), "meeting": ("审定会议", "Meeting that approved it"),
        "text": ("反馈意见", "Feedback text"), "toHeadOn": ("向主要负责人反馈日期", "Fed back to the head on"),
        "toLeadershipOn": ("向领导班子反馈日期", "Fed back to the leadership on"), "copiedTo": ("抄告（分管领导、纪委监委、组织部）", "Copied to (the responsible leader, the discipline commission, the organization department)"),
        "measures": ("整改措施", "Measures"), "responsibleLeader": ("责任领导", "Responsible leader"),
        "responsibleDepartment": ("责任部门", "Responsible department"), "deadline": ("整改时限", "Deadline"),
        "grounds": ("不予公开情形", "Grounds for withholding"), "internalCircularOn": ("内部通报日期", "Circulated internally on"),
        "publicOn": ("向社会公开日期", "Made public on"), "publicChannel": ("公开渠道", "Where it was made public"),
        "withheld": ("不予公开的情形", "Grounds withheld"), "responsibility": ("整改责任落实（0–25）", "Responsibility taken (0–25)"),
        "problemsRectified": ("问题整改（0–25）", "Problems rectified (0–25)"), "rulesBuilt": ("建章立制（0–25）", "Rules built (0–25)"),
        "accountability": ("追责问责（0–25）", "Accountability (0–25)"), "remarks": ("评语", "Remarks"),
        "method": ("了解方式", "Method"), "organizationID": ("所涉党组织", "Organization concerned"),
        "participantIDs": ("参与的巡察干部", "Inspectors taking part"), "subject": ("对象或事项", "Who or what"),
        "signed": ("记录已由谈话对象签字确认", "Signed by the person interviewed"), "channel": ("来源渠道", "Channel"),
        "petitionerName": ("信访人姓名（保密）", "Petitioner's name (confidential)"),
        "petitionerContact": ("信访人联系方式（保密）", "Petitioner's contact (confidential)"), "content": ("反映内容", "What it says"),
        "outcome": ("办理方式", "Outcome"), "findingID": ("问题", "Finding"), "leadID": ("线索", "Lead"),
        "forwardedTo": ("转办单位", "Forwarded to"), "manifestation": ("问题表现", "What was found"), "qualification": ("定性", "Qualification"),
        "basis": ("定性依据", "Basis"), "evidence": ("证据", "Evidence"), "responsibilityType": ("责任类型", "Kind of responsibility"),
        "responsibleParty": ("责任主体", "Who is responsible"), "categoryCode": ("问题类别代码", "Category code"),
        "severity": ("严重程度", "Severity"), "scope": ("个性或共性", "Particular or common"), "source": ("问题来源", "Source"),
        "foundBy": ("发现人", "Found by"), "foundOn": ("发现日期", "Found on"), "immediateRectification": ("需立行立改", "Rectify at once"),
        "subjectName": ("反映对象姓名", "Subject's name"), "subjectPost": ("反映对象职务", "Subject's post"),
        "custodianID": ("专管人员", "Custodian"), "petitionID": ("来源信访件", "From petition"), "decision": ("审议结论", "Decision"),
        "id": ("编号（留空自动生成）", "Id (left empty, one is given)"), "name": ("名称或姓名", "Name"), "parentID": ("上级党组织", "Parent organization"),
        "region": ("区域", "Region"), "headName": ("主要负责人姓名", "Head's name"), "headUserID": ("主要负责人账号", "Head's account"),
        "inScope": ("纳入本届巡察范围", "In the term's scope"), "userID": ("账号", "Account"), "homeOrganizationID": ("所在单位", "Home organization"),
        "rank": ("职级", "Rank"), "expertise": ("专业特长", "Expertise"), "postings": ("任职经历", "Past posting"), "relatives": ("亲属", "Relative"),
        "relation": ("关系", "Relation"), "post": ("职务", "Post"), "completedOn": ("完成日期", "Completed on"), "hours": ("学时", "Hours"),
        "role": ("角色", "Role"), "inspectorID": ("巡察干部编号", "Inspector"), "isOfficeHead": ("巡察办主任", "Office head"),
        "committeeID": ("党委", "Committee"), "year": ("年度", "Year"), "targetIDs": ("巡察对象", "Organizations to inspect"),
        "number": ("轮次序号", "Round number"), "leaderID": ("组长", "Leader"), "deputyIDs": ("副组长", "Deputies"), "memberIDs": ("成员", "Members"),
        "targetID": ("被巡察党组织", "Organization inspected"), "extensionIDs": ("延伸巡察对象", "Extensions"), "teamID": ("巡察组", "Team"),
    ]

    /// Labels that differ in one step's form (`operation.field`).
    static let overrides: [String: (String, String)] = [
        "submitRectificationPlan.items": ("整改事项", "Items"), "recordWork.summary": ("了解到的情况", "What was learned"),
        "registerLead.summary": ("主要问题", "What it alleges"), "submitRectificationReport.summary": ("整改报告", "The report"),
        "draftFinding.title": ("问题标题", "Title"), "reviseFinding.title": ("问题标题", "Title"),
        "registerUser.id": ("账号", "Account"), "registerUser.organizationID": ("所在党组织（被巡察党组织负责人）", "Organization (for its head)"),
        "registerInspector.id": ("编号（留空自动生成）", "Id (left empty, one is given)"), "recordTraining.title": ("培训名称", "Course"),
        "formTeam.name": ("巡察组名称", "Team's name"), "openTerm.name": ("届次名称", "Term's name"), "planRound.title": ("轮次名称", "Round's title"),
        "adoptPlan.title": ("规划名称", "Plan's title"), "adoptPlan.scope": ("范围", "Scope"), "planRound.kind": ("轮次类型", "Kind of round"),
        "registerOrganization.kind": ("党组织类型", "Kind of organization"), "changeOrganizationHead.name": ("新任主要负责人姓名", "New head's name"),
        "renameOrganization.name": ("新名称", "New name"), "changeOrganizationHead.userID": ("其账号（选填）", "Their account"),
    ]

    /// Fields that take a paragraph.
    static let long: Set<String> = ["note", "summary", "text", "content", "manifestation", "qualification", "basis", "opinion", "measures", "remarks"]

    /// The label of field `name` (in the form of `operation`, when given).
    static func label(_ name: String, _ language: Language, in operation: String? = nil) -> String {
        let pair = operation.flatMap { overrides["\($0).\(name)"] } ?? names[name]
        return pair.map { language == .chinese ? $0.0 : $0.1 } ?? name
    }

    /// Words without a label of their own in the core.
    static let words: [String: (String, String)] = [
        "disciplineCommission": ("纪委监委", "discipline commission"), "organizationDepartment": ("组织部", "organization department"),
        "otherUnit": ("其他有关单位", "another unit"), "letter": ("来信", "letter"), "call": ("来电", "call"), "visit": ("来访", "visit"),
        "mailbox": ("意见箱", "mailbox"), "online": ("网络举报", "online"), "approved": ("同意", "approved"), "returned": ("退回修改", "returned for rework"),
        "individual": ("个性问题", "particular"), "common": ("共性问题", "common"), "workRecord": ("了解情况记录", "work record"),
        "petition": ("信访件", "petition"), "dataComparison": ("数据比对", "data comparison"), "earlierRectification": ("以往整改", "earlier rectification"),
        "finding": ("作为问题", "as a finding"), "lead": ("作为线索", "as a lead"), "forwarded": ("转办", "forwarded"),
        "stateSecret": ("涉及国家秘密", "state secret"), "unannouncedCase": ("涉及未公开的案件", "unannounced case"),
        "riskOfHype": ("可能引发炒作", "risk of hype"), "riskOfMassPetitions": ("可能引发群体性信访", "risk of mass petitions"),
        "otherSensitive": ("其他敏感事项", "other sensitive matter"), "term": ("五年规划", "the term"), "year": ("年度计划", "a year"),
        "finance": ("财务", "finance"), "audit": ("审计", "audit"), "discipline": ("纪检监察", "discipline"), "organization": ("组织人事", "personnel"),
        "law": ("法律", "law"), "engineering": ("工程建设", "engineering"), "ruralAffairs": ("农村工作", "rural affairs"), "writing": ("综合文字", "writing"),
    ]

    /// The label of a choice: the words of the statuses and kinds the forms offer.
    static func word(_ word: String, _ language: Language) -> String {
        if let status = RectificationStatus(rawValue: word) { return status.label(language) }
        if let kind = DispositionKind(rawValue: word) { return kind.label(language) }
        if let method = WorkMethod(rawValue: word) { return method.label(language) }
        if let type = ResponsibilityType(rawValue: word) { return type.label(language) }
        if let severity = Severity.allCases.first(where: { $0.stableWord == word }) { return severity.label(language) }
        if let role = Role(rawValue: word) { return role.label(language) }
        if let kind = OrganizationKind(rawValue: word) { return kind.label(language) }
        if let kind = RoundKind(rawValue: word) { return kind.label(language) }
        if let pair = words[word] { return language == .chinese ? pair.0 : pair.1 }
        return word
    }
}
