import Testing
@testable import InspectionKit

/// Seed 003: the district committee's team x enters x township's committee and, through 巡镇带村, its villages.
/// Played from planning to archive: a recusal conflict resolved by changing the team, a petition triaged into a lead
/// handed to the discipline commission, an overdue rectification item, and a relapse found by a follow-up.
@Suite("Scenario: a township inspection with its villages (seed 003)")
struct TownshipInspectionScenarioTests {
    @Test func playsATownshipInspectionFromPlanningToArchive() throws {
        let clock = ManualTimeSource(day: Day(iso: "2023-12-01")!)
        var engine = try Engine(clock: clock)
        let office = Actor(id: "xcb", name: "区委巡察办", role: .office)
        let officeHead = Actor(id: "xcb-head", name: "巡察办主任", role: .office, isOfficeHead: true)
        let leadingGroup = Actor(id: "ldxz", name: "区委巡察工作领导小组", role: .leadingGroup)
        let commission = Actor(id: "jw", name: "区纪委监委", role: .disciplineCommission)
        let townHead = Actor(id: "u-town-head", name: "x镇党委书记", role: .inspectedOrg, organizationID: "TOWN")

        @discardableResult
        func run(_ actor: Actor, _ intent: Intent, on day: String, reason: String = "") throws -> [RecordedEvent] {
            clock.set(day: try #require(Day(iso: day)))
            return try engine.execute(Command(actor: actor, intent: intent, reason: reason))
        }
        func refused(_ actor: Actor, _ intent: Intent, on day: String, reason: String = "") throws -> DomainError {
            clock.set(day: try #require(Day(iso: day)))
            let before = engine.state
            do {
                try engine.execute(Command(actor: actor, intent: intent, reason: reason))
            } catch {
                #expect(engine.state == before)
                return error
            }
            Issue.record("\(intent) was not refused")
            return DomainError(.invalidInput, zh: "", en: "")
        }
        func inspector(_ id: String, leading: Bool = false) -> Actor {
            Actor(id: UserID("u-\(id)"), name: id, role: leading ? .teamLeader : .teamMember, inspectorID: InspectorID(id))
        }

        // Registry: the district, the township and its villages, the talent pool.
        try run(office, .registerOrganization(.init(id: "QU", name: "中共x区委员会", kind: .countyCommittee, parentID: nil, region: "x区", inScope: false)), on: "2023-12-01")
        try run(office, .registerOrganization(.init(id: "XCB", name: "区委巡察办", kind: .departmentPartyGroup, parentID: "QU", region: "x区", inScope: false)), on: "2023-12-01")
        try run(office, .registerOrganization(.init(id: "TOWN", name: "中共x镇委员会", kind: .townshipCommittee, parentID: "QU", region: "x镇",
                                                    head: OrganizationHead(name: "x镇党委书记", userID: "u-town-head"))), on: "2023-12-01")
        for v in 1...3 {
            try run(office, .registerOrganization(.init(id: OrganizationID("V\(v)"), name: "x镇第\(v)村党支部", kind: .villageBranch, parentID: "TOWN", region: "x镇")), on: "2023-12-01")
        }
        for n in 1...7 {
            let relatives = n == 5 ? [Relative(name: "赵某", relation: "妻弟", organizationID: "V2", post: "村委会主任")] : []
            try run(office, .registerInspector(.init(id: InspectorID("P\(n)"), name: "巡察干部\(n)", userID: UserID("u-P\(n)"), homeOrganizationID: "XCB",
                                                     rank: "正科级", expertise: [.discipline], region: "x区", relatives: relatives)), on: "2023-12-01")
        }
        let termID = try #require(try run(office, .openTerm(name: "第十二届区委", committeeID: "QU", window: DayWindow(start: Day(iso: "2022-01-01")!, end: Day(iso: "2026-12-31")!)), on: "2023-12-02")
            .lazy.compactMap { if case .planning(.termOpened(let t)) = $0.event { t.id } else { nil } }.first)
        try run(office, .adoptPlan(termID: termID, scope: .year(2024), title: "2024年度巡察工作计划", targetIDs: ["TOWN"]), on: "2023-12-05")
        let roundID = try #require(try run(office, .planRound(termID: termID, number: 3, kind: .regular, title: "区委第三轮巡察",
                                                              window: DayWindow(start: Day(iso: "2024-03-01")!, end: Day(iso: "2024-06-30")!)), on: "2024-01-10")
            .lazy.compactMap { if case .planning(.roundPlanned(let r)) = $0.event { r.id } else { nil } }.first)
        let teamID = try #require(try run(office, .formTeam(roundID: roundID, name: "区委巡察x组", composition: TeamComposition(leaderID: "P1", deputyIDs: ["P2"], memberIDs: ["P3", "P4", "P5"])), on: "2024-01-15")
            .lazy.compactMap { if case .teams(.teamFormed(let t)) = $0.event { t.id } else { nil } }.first)
        let inspectionID = try #require(try run(office, .scheduleInspection(roundID: roundID, targetID: "TOWN", extensionIDs: ["V1", "V2", "V3"], teamID: teamID), on: "2024-01-15")
            .lazy.compactMap { if case .inspection(.inspectionScheduled(let i)) = $0.event { i.id } else { nil } }.first)

        // Recusal: P5's brother-in-law heads village V2 — authorization is refused until the team changes.
        let window = DayWindow(start: Day(iso: "2024-03-01")!, end: Day(iso: "2024-05-31")!)
        let conflicts = try engine.recusalReport(for: inspectionID, as: office)
        #expect(conflicts.map { "\($0.inspectorID)/\($0.targetID)/\($0.kind)" } == ["P5/V2/kin", "P5/TOWN/kin"] || conflicts.map { "\($0.inspectorID)/\($0.targetID)/\($0.kind)" } == ["P5/TOWN/kin", "P5/V2/kin"])
        let recusal = try refused(leadingGroup, .authorize(inspectionID, window: window, noticeDay: window.start), on: "2024-03-01")
        #expect(recusal.rule == .recusalUnresolved)
        #expect(recusal.message.zh.contains("巡察干部5"))
        try run(office, .changeTeam(teamID, TeamComposition(leaderID: "P1", deputyIDs: ["P2"], memberIDs: ["P3", "P4", "P6"])), on: "2024-03-01", reason: "P5回避")
        try run(leadingGroup, .authorize(inspectionID, window: window, noticeDay: window.start), on: "2024-03-01", reason: "经区委批准")
        try run(inspector("P1", leading: true), .mobilize(inspectionID), on: "2024-03-11", reason: "动员部署会")
        try run(inspector("P1", leading: true), .station(inspectionID), on: "2024-03-12")

        // Fieldwork: interviews, documents, household visits; a petition that becomes a lead.
        try run(inspector("P1", leading: true), .recordWork(inspectionID, WorkRecordFiling(method: .interview, organizationID: "TOWN", participantIDs: ["P1", "P3"], subject: "镇党委书记", summary: "了解班子落实主体责任情况", signed: true)), on: "2024-03-13")
        let review = try #require(try run(inspector("P4"), .recordWork(inspectionID, WorkRecordFiling(method: .documentReview, organizationID: "V1", participantIDs: ["P4"], subject: "村集体账目", summary: "调阅2021—2023年账目", signed: true)), on: "2024-03-15")
            .lazy.compactMap { if case .fieldwork(.workRecorded(let r)) = $0.event { r.id } else { nil } }.first)
        try run(inspector("P3"), .recordWork(inspectionID, WorkRecordFiling(method: .householdVisit, organizationID: "V3", participantIDs: ["P3", "P6"], subject: "低保户", summary: "入户走访12户", signed: true)), on: "2024-03-18")
        let petitionID = try #require(try run(inspector("P2"), .registerPetition(inspectionID, PetitionFiling(channel: .letter, petitioner: PetitionerIdentity(name: "钱某", contact: "13800001111"), content: "反映V1村支书虚报冒领危房改造补助", organizationID: "V1")), on: "2024-03-20")
            .lazy.compactMap { if case .fieldwork(.petitionRegistered(let p)) = $0.event { p.id } else { nil } }.first)
        let leadID = try #require(try run(inspector("P2"), .registerLead(inspectionID, LeadFiling(subjectName: "孙某", subjectPost: "V1村党支部书记", organizationID: "V1", summary: "涉嫌虚报冒领危房改造补助5.6万元", custodianID: "P2", petitionID: petitionID)), on: "2024-03-22")
            .lazy.compactMap { if case .handover(.leadRegistered(let l)) = $0.event { l.id } else { nil } }.first)
        try run(inspector("P1", leading: true), .triagePetition(petitionID, .lead(leadID)), on: "2024-03-22")

        // Finding drafts, one returned and revised, one marked for immediate rectification.
        func draft(_ title: String, _ category: String, org: OrganizationID, immediate: Bool = false) -> FindingContent {
            FindingContent(title: title, manifestation: "\(title)：具体表现见底稿。", qualification: "违反有关规定", basis: "《中国共产党纪律处分条例》",
                           evidence: [EvidenceItem(title: "账目复印件", reference: "x组底稿-\(title.count)")], responsibilityType: .principal, responsibleParty: "x镇党委",
                           organizationID: org, categoryCode: category, severity: .moderate, scope: .common, source: .workRecord(review),
                           foundBy: ["P4", "P2"], foundOn: Day(iso: "2024-03-25")!, immediateRectification: immediate)
        }
        var findings: [FindingID] = []
        for (title, category, org, immediate) in [("集体资金管理混乱", "2.4.1", OrganizationID("V1"), true), ("“三会一课”落实不到位", "3.3.1", "V3", false),
                                                  ("主体责任落实不力", "2.1.1", "TOWN", false), ("上轮巡察反馈问题整改不到位", "4.1.1", "TOWN", false)] {
            let id = try #require(try run(inspector("P4"), .draftFinding(inspectionID, draft(title, category, org: org, immediate: immediate)), on: "2024-03-26")
                .lazy.compactMap { if case .findings(.findingDrafted(let f)) = $0.event { f.id } else { nil } }.first)
            findings.append(id)
        }
        try run(inspector("P1", leading: true), .reviewFinding(findings[3], decision: .returned, opinion: "需补充上轮整改台账"), on: "2024-03-28")
        try run(inspector("P4"), .reviseFinding(findings[3], draft("上轮巡察反馈问题整改不到位", "4.1.1", org: "TOWN")), on: "2024-03-29")
        for finding in findings {
            try run(inspector("P1", leading: true), .reviewFinding(finding, decision: .approved, opinion: "组务会同意"), on: "2024-04-02")
        }
        try run(townHead, .startImmediateRectification(findings[0], RectificationItemPlan(findingID: findings[0], measures: "立即追缴挪用资金", responsibleLeader: "x镇镇长",
                                                                                         responsibleDepartment: "经管站", deadline: Day(iso: "2024-04-30"))), on: "2024-04-03", reason: "立行立改")

        // Report, approval, double feedback, hand-over of the lead to the discipline commission.
        try run(inspector("P1", leading: true), .withdraw(inspectionID), on: "2024-04-12")
        #expect(try refused(officeHead, .handOverLead(leadID, .disciplineCommission), on: "2024-04-20").rule == .handoverBeforeApproval)
        try run(inspector("P1", leading: true), .submitReport(inspectionID, ReportSubmission(findingIDs: findings, summary: "x镇党委巡察报告", specialReports: ["村级巡察专题报告"])), on: "2024-05-08")
        #expect(try refused(office, .deliverFeedback(inspectionID, FeedbackDelivery(text: "反馈", toHeadOn: Day(iso: "2024-05-09")!, toLeadershipOn: Day(iso: "2024-05-09")!, copiedTo: ["区纪委监委"])), on: "2024-05-09").rule == .feedbackBeforeApproval)
        try run(leadingGroup, .approveReport(inspectionID, meeting: "区委书记专题会"), on: "2024-05-20")
        try run(office, .deliverFeedback(inspectionID, FeedbackDelivery(text: "区委第三轮巡察对x镇党委的反馈意见", toHeadOn: Day(iso: "2024-06-03")!, toLeadershipOn: Day(iso: "2024-06-04")!,
                                                                        copiedTo: ["分管区领导", "区纪委监委", "区委组织部"])), on: "2024-06-04")
        try run(officeHead, .handOverLead(leadID, .disciplineCommission), on: "2024-06-06")
        try run(office, .completeHandover(inspectionID), on: "2024-06-06")
        #expect(try engine.lead(leadID, as: commission).subjectName == "孙某")

        // Rectification: the three lists; one item runs late and gets supervised.
        let rows = findings.dropFirst().map { RectificationItemPlan(findingID: $0, measures: "完善制度、堵塞漏洞", responsibleLeader: "x镇党委书记", responsibleDepartment: "党政办",
                                                                    deadline: $0 == findings[1] ? Day(iso: "2024-09-30") : nil) }
        try run(townHead, .submitRectificationPlan(inspectionID, Array(rows)), on: "2024-06-28", reason: "经镇党委会审议")
        let items = engine.state.rectificationItems(of: inspectionID)
        #expect(items.count == 4)
        let late = try #require(items.first { $0.findingID == findings[1] })
        for item in items { try run(townHead, .updateRectification(item.id, status: .inProgress, note: "已启动"), on: "2024-07-01") }
        try run(office, .issueSupervisionNotice(late.id), on: "2024-09-25")
        clock.set(day: Day(iso: "2024-10-10")!)
        let overdue = engine.itemWarnings(as: office)
        #expect(overdue.contains { $0.item.id == late.id && $0.level == .red && $0.notify == "x镇党委书记" })
        try run(office, .issueSupervisionNotice(late.id), on: "2024-10-10")
        try run(townHead, .submitRectificationReport(inspectionID, summary: "x镇党委关于巡察整改情况的报告"), on: "2024-08-01")
        for item in items {
            let day = item.id == late.id ? "2024-10-20" : "2024-08-20"
            try run(townHead, .updateRectification(item.id, status: .rectified, note: "整改到位"), on: day)
            try run(townHead, .attachCloseOutEvidence(item.id, [EvidenceItem(title: "整改佐证", reference: "整改档案-\(item.id)")]), on: day)
            try run(townHead, .signOffCloseOut(item.id), on: day)
            try run(office, .acceptCloseOut(item.id), on: day)
            try run(inspector("P1", leading: true), .acceptCloseOut(item.id), on: day)
            try run(townHead, .acceptCloseOut(item.id), on: day)
        }
        #expect(engine.state.rectificationItems(of: inspectionID).allSatisfy { $0.status == .verified })
        try run(commission, .recordDisposition(leadID, kind: .caseFiled, note: "已立案审查调查"), on: "2024-08-15")
        try run(commission, .recordAccountability(AccountabilityFiling(inspectionID: inspectionID, leadID: leadID, personName: "孙某", form: .third, measure: "撤销党内职务")), on: "2024-11-01")
        try run(townHead, .recordRuleChange(inspectionID, findingIDs: [findings[0]], title: "x镇村级集体“三资”管理办法", kind: .created), on: "2024-09-01")
        try run(office, .recordDisclosure(inspectionID, DisclosureFiling(internalCircularOn: Day(iso: "2024-08-10"), publicOn: Day(iso: "2024-08-12"), publicChannel: "区纪委监委网站")), on: "2024-08-12")

        // Evaluation six months after the last deadline, archive, and a follow-up that finds a relapse.
        let lastDeadline = try #require(items.map(\.deadline).max())
        #expect(try refused(office, .recordEvaluation(inspectionID, scores: FourChecks(responsibility: 23, problemsRectified: 22, rulesBuilt: 24, accountability: 23), remarks: "整改到位"),
                            on: lastDeadline.adding(months: 5).iso).rule == .evaluation)
        try run(office, .recordEvaluation(inspectionID, scores: FourChecks(responsibility: 23, problemsRectified: 22, rulesBuilt: 24, accountability: 23), remarks: "整改到位"),
                on: lastDeadline.adding(months: 6).iso)
        try run(office, .archive(inspectionID), on: lastDeadline.adding(months: 6).adding(days: 10).iso)
        let relapsed = findings[0]
        let relapsedItem = try #require(items.first { $0.findingID == relapsed })
        try run(office, .recordFollowUp(inspectionID, relapsed: [relapsedItem.id], held: items.map(\.id).filter { $0 != relapsedItem.id }, satisfactionPercent: 78, remarks: "集体资金管理问题反弹"),
                on: lastDeadline.adding(months: 9).iso)

        let inspection = try #require(engine.state.inspections[inspectionID])
        #expect(inspection.stage == .archived)
        #expect(inspection.transitions.map(\.to) == [.authorized, .mobilized, .stationed, .fieldwork, .withdrawn, .reported, .approved, .feedbackDelivered,
                                                      .handedOver, .rectifying, .rectificationReported, .disclosed, .evaluated, .archived])
        #expect(engine.state.rectificationItems[relapsedItem.id]?.status == .reopened)
        #expect(engine.state.petitions[petitionID]?.triage == .lead(leadID))
        #expect(engine.state.leads[leadID]?.disposition?.kind == .caseFiled)
        #expect(engine.state.inspections[inspectionID]?.evaluation?.grade == .excellent)
        #expect(engine.journal.contains { $0.event == .confidentialRecordRead(.lead(leadID)) && $0.actor == commission.id })
        let rebuilt = try Engine(replaying: engine.journal)
        #expect(rebuilt.state == engine.state)
    }
}
