import Testing
@testable import InspectionKit

/// A small district for rule tests: committee C; township T1 with villages T1-V1, T1-V2; township T2; department D1;
/// the committee's organ O1 where the inspectors work; a term, a round, a team and one inspection of T1 with its villages.
struct World {
    var engine: Engine
    let clock: ManualTimeSource

    let office = Actor(id: "office", name: "巡察办干部", role: .office)
    let officeHead = Actor(id: "office-head", name: "巡察办主任", role: .office, isOfficeHead: true)
    let leadingGroup = Actor(id: "leading", name: "领导小组", role: .leadingGroup)
    let discipline = Actor(id: "jw", name: "纪委监委", role: .disciplineCommission)
    let orgDept = Actor(id: "zzb", name: "组织部", role: .organizationDepartment)
    let auditor = Actor(id: "audit", name: "审计", role: .auditor)
    let t1Head = Actor(id: "head-T1", name: "张书记", role: .inspectedOrg, organizationID: "T1")
    let t2Head = Actor(id: "head-T2", name: "李书记", role: .inspectedOrg, organizationID: "T2")

    var term: TermID = ""
    var round: RoundID = ""
    var team: TeamID = ""
    var inspection: InspectionID = ""

    /// Day 0 of the story: 2024-03-01.
    static let start = Day(year: 2024, month: 3, day: 1) ?? Day(number: 0)
    /// The authorization window of the inspection: 2024-03-15 … 2024-05-31.
    static let window = DayWindow(start: start.adding(days: 14), end: start.adding(days: 91))

    init(settings: OfficeSettings = OfficeSettings(), inspectors: Int = 8) throws {
        clock = ManualTimeSource(day: World.start)
        engine = try Engine(settings: settings, clock: clock)
        try run(office, .registerOrganization(.init(id: "C", name: "中共青溪区委员会", kind: .countyCommittee, parentID: nil, region: "青溪区", inScope: false)))
        try run(office, .registerOrganization(.init(id: "O1", name: "区委巡察办", kind: .departmentPartyGroup, parentID: "C", region: "青溪区", inScope: false)))
        try run(office, .registerOrganization(.init(id: "T1", name: "中共石桥镇委员会", kind: .townshipCommittee, parentID: "C", region: "石桥",
                                                    head: OrganizationHead(name: "张书记", userID: "head-T1"))))
        try run(office, .registerOrganization(.init(id: "T1-V1", name: "石桥镇东村", kind: .villageBranch, parentID: "T1", region: "石桥")))
        try run(office, .registerOrganization(.init(id: "T1-V2", name: "石桥镇西村", kind: .villageBranch, parentID: "T1", region: "石桥")))
        try run(office, .registerOrganization(.init(id: "T2", name: "中共柳河镇委员会", kind: .townshipCommittee, parentID: "C", region: "柳河",
                                                    head: OrganizationHead(name: "李书记", userID: "head-T2"))))
        try run(office, .registerOrganization(.init(id: "D1", name: "中共区财政局党组", kind: .departmentPartyGroup, parentID: "C", region: "青溪区")))
        for n in 1...inspectors {
            try run(office, .registerInspector(.init(id: InspectorID("I\(n)"), name: "巡察干部\(n)", userID: UserID("u-I\(n)"), homeOrganizationID: "O1",
                                                     rank: "一级主任科员", expertise: [.finance], region: "青溪区")))
        }
        term = try created(run(office, .openTerm(name: "第十三届区委", committeeID: "C", window: DayWindow(start: Day(year: 2022, month: 1, day: 1)!, end: Day(year: 2026, month: 12, day: 31)!)))) {
            if case .planning(.termOpened(let t)) = $0 { t.id } else { nil }
        }
        round = try created(run(office, .planRound(termID: term, number: 1, kind: .regular, title: "第一轮巡察", window: World.window))) {
            if case .planning(.roundPlanned(let r)) = $0 { r.id } else { nil }
        }
        team = try formTeam(leader: "I1", deputies: ["I2"], members: ["I3", "I4", "I5"])
        inspection = try schedule(target: "T1", extensions: ["T1-V1", "T1-V2"], team: team)
    }

    // MARK: Running commands

    @discardableResult
    mutating func run(_ actor: Actor, _ intent: Intent, reason: String = "", occurredOn: Day? = nil) throws(DomainError) -> [RecordedEvent] {
        try engine.execute(Command(actor: actor, intent: intent, reason: reason, occurredOn: occurredOn))
    }

    /// Runs on `day`.
    @discardableResult
    mutating func run(_ actor: Actor, _ intent: Intent, on day: Day, reason: String = "") throws(DomainError) -> [RecordedEvent] {
        clock.set(day: day)
        return try run(actor, intent, reason: reason)
    }

    /// Expects `intent` to be refused by `rule`, with the state and journal unchanged.
    mutating func assertRefusal(_ rule: RuleID, _ actor: Actor, _ intent: Intent, reason: String = "", occurredOn: Day? = nil,
                                sourceLocation: SourceLocation = #_sourceLocation) {
        let before = engine.state
        let journalCount = engine.journal.count
        do {
            try run(actor, intent, reason: reason, occurredOn: occurredOn)
            Issue.record("expected a refusal by \(rule.rawValue), but the command succeeded", sourceLocation: sourceLocation)
        } catch {
            #expect(error.rule == rule, "refused by \(error.rule.rawValue): \(error.text(.english))", sourceLocation: sourceLocation)
            #expect(!error.message.zh.isEmpty && !error.message.en.isEmpty, sourceLocation: sourceLocation)
        }
        #expect(engine.state == before, "a refused command changed the state", sourceLocation: sourceLocation)
        #expect(engine.journal.count == journalCount, "a refused command wrote to the journal", sourceLocation: sourceLocation)
    }

    func created<T>(_ events: [RecordedEvent], _ extract: (Event) -> T?) throws -> T {
        let found = events.compactMap { extract($0.event) }.first
        return try #require(found)
    }

    mutating func formTeam(leader: InspectorID, deputies: [InspectorID], members: [InspectorID], round: RoundID? = nil) throws -> TeamID {
        try created(run(office, .formTeam(roundID: round ?? self.round, name: "巡察组", composition: TeamComposition(leaderID: leader, deputyIDs: deputies, memberIDs: members)))) {
            if case .teams(.teamFormed(let t)) = $0 { t.id } else { nil }
        }
    }

    mutating func schedule(target: OrganizationID, extensions: [OrganizationID] = [], team: TeamID, round: RoundID? = nil) throws -> InspectionID {
        try created(run(office, .scheduleInspection(roundID: round ?? self.round, targetID: target, extensionIDs: extensions, teamID: team))) {
            if case .inspection(.inspectionScheduled(let i)) = $0 { i.id } else { nil }
        }
    }

    // MARK: Actors

    func leader(_ id: InspectorID = "I1") -> Actor { Actor(id: UserID("u-\(id)"), name: "组长", role: .teamLeader, inspectorID: id) }
    func member(_ id: InspectorID) -> Actor { Actor(id: UserID("u-\(id)"), name: "组员", role: .teamMember, inspectorID: id) }

    var current: Inspection { engine.state.inspections[inspection] ?? Inspection(id: "", roundID: "", targetID: "", extensionIDs: [], teamID: "") }
    var today: Day { engine.today }

    // MARK: Building blocks

    static func content(org: OrganizationID = "T1", category: String = "2.4.3", immediate: Bool = false, foundBy: [InspectorID] = ["I3", "I2"],
                        on day: Day = World.window.start.adding(days: 5)) -> FindingContent {
        FindingContent(title: "优亲厚友违规纳入低保", manifestation: "东村将3名村干部近亲属违规纳入低保，涉及资金4.2万元。", qualification: "优亲厚友",
                       basis: "《中国共产党纪律处分条例》第一百二十二条", evidence: [EvidenceItem(title: "低保审批表", reference: "底稿附件-1")],
                       responsibilityType: .direct, responsibleParty: "东村党支部", organizationID: org, categoryCode: category, severity: .serious,
                       scope: .individual, source: .dataComparison("低保与财政供养人员比对"), foundBy: foundBy, foundOn: day,
                       immediateRectification: immediate)
    }

    /// Authorizes, mobilizes and stations the inspection; the clock ends on the entry day.
    mutating func station() throws {
        try run(leadingGroup, .authorize(inspection, window: World.window, noticeDay: World.window.start), on: World.window.start, reason: "一巡一授权")
        try run(leader(), .mobilize(inspection), on: World.window.start.adding(days: 9))
        try run(leader(), .station(inspection), on: World.window.start.adding(days: 10))
    }

    /// Drafts and approves `count` findings; returns their ids.
    mutating func approvedFindings(_ count: Int, immediate: Bool = false) throws -> [FindingID] {
        var ids: [FindingID] = []
        for n in 0..<count {
            let id = try created(run(member("I3"), .draftFinding(inspection, World.content(immediate: immediate && n == 0, on: today)))) {
                if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil }
            }
            try run(leader(), .reviewFinding(id, decision: .approved, opinion: "同意写入报告"))
            ids.append(id)
        }
        return ids
    }

    /// Registers a lead kept by the deputy.
    mutating func registerLead() throws -> LeadID {
        try created(run(member("I2"), .registerLead(inspection, LeadFiling(subjectName: "王某", subjectPost: "东村党支部书记", organizationID: "T1-V1",
                                                                         summary: "反映其虚报冒领低保资金。", custodianID: "I2")))) {
            if case .handover(.leadRegistered(let l)) = $0 { l.id } else { nil }
        }
    }

    /// Withdraws, reports and has the report approved; findings and leads as given. The clock ends on approval day.
    mutating func approve(findings: [FindingID]) throws {
        try run(leader(), .withdraw(inspection), on: World.window.start.adding(days: 45))
        try run(leader(), .submitReport(inspection, ReportSubmission(findingIDs: findings, summary: "巡察报告综述")), on: World.window.start.adding(days: 60))
        try run(leadingGroup, .approveReport(inspection, meeting: "区委书记专题会"), on: World.window.start.adding(days: 70))
    }

    /// Delivers the double feedback on the clock's day.
    mutating func deliverFeedback() throws {
        try run(office, .deliverFeedback(inspection, FeedbackDelivery(text: "反馈意见", toHeadOn: today, toLeadershipOn: today, copiedTo: ["区纪委监委", "区委组织部"])))
    }

    /// From stationed to rectifying with `findings` approved findings and the given leads handed to the discipline commission.
    mutating func rectifying(findings count: Int = 2) throws -> (findings: [FindingID], items: [RectificationItem]) {
        try station()
        let findings = try approvedFindings(count)
        try approve(findings: findings)
        try deliverFeedback()
        try run(office, .completeHandover(inspection))
        try run(t1Head, .submitRectificationPlan(inspection, findings.map {
            RectificationItemPlan(findingID: $0, measures: "清退违规低保", responsibleLeader: "张书记", responsibleDepartment: "民政办")
        }), on: today.adding(days: 20))
        return (findings, engine.state.rectificationItems(of: inspection))
    }

    /// Closes an item: rectified, evidence, sign-off, three acceptances.
    mutating func close(_ item: RectificationItemID) throws {
        try run(t1Head, .updateRectification(item, status: .inProgress, note: "启动整改"))
        try run(t1Head, .updateRectification(item, status: .rectified, note: "整改完成"))
        try run(t1Head, .attachCloseOutEvidence(item, [EvidenceItem(title: "清退记录", reference: "整改档案-1")]))
        try run(t1Head, .signOffCloseOut(item))
        try run(office, .acceptCloseOut(item))
        try run(leader(), .acceptCloseOut(item))
        try run(t1Head, .acceptCloseOut(item))
    }
}
