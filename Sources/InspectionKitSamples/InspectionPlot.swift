import InspectionKit
/// The story of one sample inspection, from authorization to archive, scheduled day by day. Later steps use the ids
/// earlier steps created, so the plot keeps them.
final class InspectionPlot {
    let inspection: Inspection
    let start: Day
    let district: SampleDistrict
    var random: SampleRandom
    var cast: SampleCast { district.cast }

    private var leader: Actor?
    private var deputy: Actor?
    private var members: [Actor] = []
    private var head: Actor?
    private var records: [WorkRecordID] = []
    private var findings: [FindingID] = []
    private var immediate: FindingID?
    private var leads: [LeadID] = []
    private var items: [RectificationItem] = []
    private var allClosedBy: Day?

    init(inspection: Inspection, start: Day, district: SampleDistrict, random: SampleRandom) {
        self.inspection = inspection
        self.start = start
        self.district = district
        self.random = random
    }

    private var id: InspectionID { inspection.id }
    private func day(_ offset: Int) -> Day { start.adding(days: offset) }

    func schedule(on s: SampleScheduler) {
        s.at(day(-14)) { s throws(DomainError) in try self.authorize(s) }
        s.at(day(-3)) { s throws(DomainError) in try s.run(self.lead(), .mobilize(self.id), on: self.day(-3)) }
        s.at(day(0)) { s throws(DomainError) in try s.run(self.lead(), .station(self.id), on: self.day(0)) }
        s.at(day(2)) { s throws(DomainError) in try self.fieldwork(s) }
        s.at(day(40)) { s throws(DomainError) in try s.run(self.lead(), .withdraw(self.id), on: self.day(40)) }
        s.at(day(52)) { s throws(DomainError) in
            try s.run(self.lead(), .submitReport(self.id, ReportSubmission(findingIDs: self.findings, summary: "巡察组对被巡察党组织贯彻落实党中央决策部署、全面从严治党、组织路线和整改情况进行了全面了解。",
                                                                          specialReports: ["关于村级集体“三资”管理问题的专题报告"])), on: self.day(52))
        }
        s.at(day(65)) { s throws(DomainError) in try s.run(self.cast.leadingGroup, .approveReport(self.id, meeting: "区委书记专题会"), on: self.day(65)) }
        s.at(day(75)) { s throws(DomainError) in
            try s.run(self.cast.officeStaff, .deliverFeedback(self.id, FeedbackDelivery(
                text: "\(s.driver.state.rounds[self.inspection.roundID]?.title ?? "区委巡察")反馈意见：党的领导弱化、党的建设缺失、全面从严治党不力等方面问题，请认真整改。",
                toHeadOn: self.day(74), toLeadershipOn: self.day(75), copiedTo: ["分管区领导", "区纪委监委", "区委组织部"])), on: self.day(75))
        }
        s.at(day(78)) { s throws(DomainError) in try self.handOver(s) }
        s.at(day(100)) { s throws(DomainError) in try self.plan(s) }
        s.at(day(135)) { s throws(DomainError) in
            try s.run(self.headActor(s), .submitRectificationReport(self.id, summary: "对照反馈问题逐项整改，建立整改台账，实行挂图作战、逐项销号。"), on: self.day(135))
        }
        s.at(day(150)) { s throws(DomainError) in try self.disclose(s) }
        s.at(day(160)) { s throws(DomainError) in try self.ruleChangesAndAccountability(s) }
    }

    // MARK: Actors

    private func lead() -> Actor { leader ?? cast.officeStaff }

    private func headActor(_ s: SampleScheduler) -> Actor {
        if let head { return head }
        let found = s.driver.state.organizations[inspection.targetID].flatMap(cast.head(of:)) ?? cast.officeStaff
        head = found
        return found
    }

    private func authorize(_ s: SampleScheduler) throws(DomainError) {
        let state = s.driver.state
        guard let team = state.teams[inspection.teamID] else { throw DomainError.unknown(.team, inspection.teamID.rawValue) }
        func actor(_ id: InspectorID, leading: Bool) -> Actor? { state.inspectors[id].map { cast.inspector($0, leading: leading) } }
        leader = actor(team.leaderID, leading: true)
        deputy = team.deputyIDs.first.flatMap { actor($0, leading: false) }
        members = team.memberIDs.compactMap { actor($0, leading: false) }
        try s.run(cast.leadingGroup, .authorize(id, window: DayWindow(start: day(-14), end: day(60)), noticeDay: day(-14)), on: day(-14),
                  reason: "经区委同意，一巡一授权")
    }

    // MARK: Fieldwork

    private func fieldwork(_ s: SampleScheduler) throws(DomainError) {
        guard let leader, let deputy, let writer = members.first else { return }
        let targetSet = inspection.targetSet
        let methods: [(WorkMethod, String)] = [(.interview, "党委书记"), (.documentReview, "2023年以来“三重一大”会议记录"), (.forum, "村（社区）干部座谈"),
                                               (.householdVisit, "低保户入户走访"), (.spotCheck, "集体资金账目抽查"), (.survey, "民主测评")]
        for (offset, (method, subject)) in methods.enumerated() {
            let org = offset < 2 ? inspection.targetID : random.pick(targetSet)
            let participants = [leader.inspectorID, deputy.inspectorID].compactMap { $0 }
            let recordDay = day(2 + offset * 3)
            s.at(recordDay) { s throws(DomainError) in
                let events = try s.run(offset == 0 ? leader : writer, .recordWork(self.id, WorkRecordFiling(
                    method: method, organizationID: org, participantIDs: offset == 0 ? participants : [writer.inspectorID].compactMap { $0 } + participants.suffix(1),
                    subject: subject, summary: "了解\(subject)有关情况，形成记录并经签字确认。", signed: true)), on: recordDay)
                if let record = events.first({ if case .fieldwork(.workRecorded(let r)) = $0 { r.id } else { nil } }) { self.records.append(record) }
            }
        }
        schedulePetitions(s)
        let count = random.int(district.size.findingsPerInspection)
        for n in 0..<count {
            let draftDay = day(8 + (n * 24) / max(1, count))
            let org = n % 3 == 0 || inspection.extensionIDs.isEmpty ? inspection.targetID : random.pick(inspection.extensionIDs)
            let villageTemplates = SampleTexts.findings.filter(\.forVillages)
            let template = org == inspection.targetID ? random.pick(SampleTexts.findings) : random.pick(villageTemplates)
            let n1 = random.int(2...12)
            let m1 = random.int(3...90) * 1_000
            let year = draftDay.components.year - 1
            let severity = Severity(rawValue: random.int(0...3)) ?? .minor
            let returned = random.chance(0.15)
            let markImmediate = n == 0
            s.at(draftDay) { s throws(DomainError) in
                let orgName = s.driver.state.organizations[org]?.name ?? org.rawValue
                let shortName = orgName.replacingOccurrences(of: "中共", with: "").replacingOccurrences(of: "支部委员会", with: "").replacingOccurrences(of: "委员会", with: "")
                let text = template.manifestation.replacingOccurrences(of: "{org}", with: shortName).replacingOccurrences(of: "{n}", with: String(n1))
                    .replacingOccurrences(of: "{k}", with: String(1 + (m1 / 1_000) % n1)).replacingOccurrences(of: "{yuan}", with: String(m1))
                    .replacingOccurrences(of: "{wan}", with: String(m1 / 1_000)).replacingOccurrences(of: "{year}", with: String(year))
                let content = FindingContent(
                    title: template.title, manifestation: text, qualification: template.qualification, basis: template.basis,
                    evidence: [EvidenceItem(title: "相关台账及会议记录复印件", reference: "巡察底稿附件-\(self.id)-\(n + 1)")],
                    responsibilityType: template.responsibility, responsibleParty: shortName, organizationID: org, categoryCode: template.category,
                    severity: severity, scope: template.forVillages ? .common : .individual,
                    source: self.records.last.map(FindingSource.workRecord) ?? .dataComparison("低保与死亡人员数据比对"),
                    foundBy: [writer.inspectorID, deputy.inspectorID].compactMap { $0 }, foundOn: draftDay, immediateRectification: markImmediate)
                let events = try s.run(writer, .draftFinding(self.id, content), on: draftDay)
                guard let finding = events.first({ if case .findings(.findingDrafted(let f)) = $0 { f.id } else { nil } }) else { return }
                self.findings.append(finding)
                if markImmediate { self.immediate = finding }
                if returned {
                    try s.run(leader, .reviewFinding(finding, decision: .returned, opinion: "定性依据不充分，请补充证据后重新提交。"), on: draftDay)
                    try s.run(writer, .reviseFinding(finding, content), on: draftDay.adding(days: 1))
                }
            }
        }
        s.at(day(25)) { s throws(DomainError) in
            guard let finding = self.immediate else { return }
            try s.run(leader, .startImmediateRectification(finding, RectificationItemPlan(
                findingID: finding, measures: "立行立改：立即停止违规行为并追回资金", responsibleLeader: "党委书记", responsibleDepartment: "党政办",
                deadline: self.day(55))), on: self.day(25), reason: "边巡边改")
        }
        s.at(day(34)) { s throws(DomainError) in
            for finding in self.findings {
                try s.run(leader, .reviewFinding(finding, decision: .approved, opinion: "经组务会研究，同意写入巡察报告。"), on: self.day(34))
            }
        }
    }

    private func schedulePetitions(_ s: SampleScheduler) {
        guard let registrar = deputy, let leader else { return }
        let count = random.int(1...3)
        for n in 0..<count {
            let arrival = day(5 + n * 4)
            let template = random.pick(SampleTexts.petitions)
            let outside = template.contains("邻县")
            let org = random.pick(inspection.targetSet)
            let anonymous = random.chance(0.4)
            let petitioner = anonymous ? nil : PetitionerIdentity(name: random.pick(SampleTexts.surnames) + "某某", contact: "139\(random.int(10_000_000...99_999_999))")
            let toLead = !outside && n == 0
            let subjectPost = random.pick(SampleTexts.villagePosts + SampleTexts.townshipPosts)
            let subject = random.pick(SampleTexts.surnames) + random.pick(SampleTexts.givenChars) + random.pick(SampleTexts.givenChars)
            let leadText = random.pick(SampleTexts.leadSummaries)
            s.at(arrival) { s throws(DomainError) in
                let orgName = s.driver.state.organizations[org]?.name ?? org.rawValue
                let events = try s.run(registrar, .registerPetition(self.id, PetitionFiling(channel: [.letter, .call, .visit, .mailbox][n % 4], petitioner: petitioner,
                                                                                            content: template.replacingOccurrences(of: "{org}", with: orgName), organizationID: org)),
                                       on: arrival)
                guard let petition = events.first({ if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil } }) else { return }
                let triageDay = arrival.adding(days: 3)
                if outside {
                    try s.run(leader, .triagePetition(petition, .forwarded(to: "区信访局")), on: triageDay)
                } else if toLead, let custodian = registrar.inspectorID {
                    let leadEvents = try s.run(registrar, .registerLead(self.id, LeadFiling(subjectName: subject, subjectPost: subjectPost, organizationID: org,
                                                                                          summary: leadText.replacingOccurrences(of: "{org}", with: orgName),
                                                                                          custodianID: custodian, petitionID: petition)), on: triageDay)
                    if let lead = leadEvents.first({ if case .handover(.leadRegistered(let l)) = $0 { l.id } else { nil } }) {
                        self.leads.append(lead)
                        try s.run(leader, .triagePetition(petition, .lead(lead)), on: triageDay)
                    }
                } else {
                    try s.run(leader, .triagePetition(petition, .forwarded(to: "\(orgName)（交由属地核查）")), on: triageDay)
                }
            }
        }
    }

    // MARK: After the report

    private func handOver(_ s: SampleScheduler) throws(DomainError) {
        for (n, lead) in leads.enumerated() {
            let destination: HandoverDestination = n % 3 == 2 ? .organizationDepartment : .disciplineCommission
            try s.run(cast.officeHead, .handOverLead(lead, destination), on: day(78))
            let receiver = destination == .disciplineCommission ? cast.disciplineCommission : cast.organizationDepartment
            let dispositionDay = day(78 + random.int(30...80))
            let kind = random.pick(DispositionKind.allCases)
            s.at(dispositionDay) { s throws(DomainError) in
                try s.run(receiver, .recordDisposition(lead, kind: kind, note: "经\(kind.label(.chinese))，已按规定处置。"), on: dispositionDay)
                if kind == .caseFiled {
                    try s.run(self.cast.disciplineCommission, .recordAccountability(AccountabilityFiling(
                        inspectionID: self.id, leadID: lead, personName: "被反映人", form: .third, measure: "党内严重警告、政务撤职")), on: dispositionDay)
                }
            }
        }
        // Problems of cadre selection go to the organization department (移交有关问题).
        for finding in findings where s.driver.state.findings[finding]?.content.categoryCode.hasPrefix("3.2") == true {
            try s.run(cast.officeHead, .handOverFinding(finding, .organizationDepartment), on: day(78))
            let dispositionDay = day(78 + random.int(20...70))
            s.at(dispositionDay) { s throws(DomainError) in
                try s.run(self.cast.organizationDepartment, .recordFindingDisposition(finding, kind: .organizationalHandling, note: "已责令整改并对相关人员进行组织处理"),
                          on: dispositionDay)
            }
        }
        try s.run(cast.officeStaff, .completeHandover(id), on: day(78))
    }

    private func plan(_ s: SampleScheduler) throws(DomainError) {
        let head = headActor(s)
        let state = s.driver.state
        let existing = Set(state.rectificationItems(of: id).map(\.findingID))
        guard let feedbackDay = state.inspections[id]?.feedback?.deliveredOn else { return }
        let rows = findings.filter { !existing.contains($0) }.map { finding in
            RectificationItemPlan(findingID: finding, measures: "制定专项整改措施，完善制度，堵塞漏洞", responsibleLeader: random.pick(["党委书记", "党委副书记", "纪委书记", "分管副职"]),
                                  responsibleDepartment: random.pick(["党政办", "财政所", "民政办", "党建办", "办公室"]),
                                  deadline: random.chance(0.3) ? feedbackDay.adding(months: 3) : nil)
        }
        try s.run(head, .submitRectificationPlan(id, rows), on: day(100), reason: "经党委会研究通过")
        items = s.driver.state.rectificationItems(of: id)
        for item in items { scheduleItem(item, s) }
    }

    private func scheduleItem(_ item: RectificationItem, _ s: SampleScheduler) {
        let head = headActor(s)
        let started = item.isImmediate ? day(26) : day(105)
        s.at(started) { s throws(DomainError) in try s.run(head, .updateRectification(item.id, status: .inProgress, note: "已启动整改，制定措施"), on: started) }
        let outcome = random.int(0...9)
        if outcome == 0 {
            let markDay = item.deadline.adding(days: -5)
            s.at(markDay) { s throws(DomainError) in try s.run(head, .markLongTerm(item.id, nextReview: item.deadline.adding(months: 6)), on: markDay) }
            note(closed: markDay)
            return
        }
        let late = outcome >= 8
        let doneDay = late ? item.deadline.adding(days: random.int(10...60)) : item.deadline.adding(days: -random.int(5...40))
        if late {
            let yellow = item.deadline.adding(days: -5)
            s.at(yellow) { s throws(DomainError) in try s.run(self.cast.officeStaff, .issueSupervisionNotice(item.id), on: yellow) }
            let red = item.deadline.adding(days: 5)
            s.at(red) { s throws(DomainError) in try s.run(self.cast.officeStaff, .issueSupervisionNotice(item.id), on: red) }
        }
        let rectifiedDay = max(doneDay, started.adding(days: 1))
        s.at(rectifiedDay) { s throws(DomainError) in
            try s.run(head, .updateRectification(item.id, status: .rectified, note: "问题已整改到位，相关资金已追回"), on: rectifiedDay)
            try s.run(head, .attachCloseOutEvidence(item.id, [EvidenceItem(title: "整改佐证材料", reference: "整改档案-\(item.id)")]), on: rectifiedDay)
        }
        // Now and then the head takes two months to sign, so some items wait rectified but not yet closed.
        let signDay = rectifiedDay.adding(days: outcome == 1 ? 60 : 2)
        s.at(signDay) { s throws(DomainError) in try s.run(head, .signOffCloseOut(item.id), on: signDay) }
        let acceptDay = signDay.adding(days: 5)
        s.at(acceptDay) { s throws(DomainError) in
            try s.run(self.cast.officeStaff, .acceptCloseOut(item.id), on: acceptDay)
            try s.run(self.lead(), .acceptCloseOut(item.id), on: acceptDay)
            try s.run(head, .acceptCloseOut(item.id), on: acceptDay)
        }
        note(closed: acceptDay)
    }

    private func note(closed day: Day) {
        allClosedBy = max(allClosedBy ?? day, day)
    }

    private func disclose(_ s: SampleScheduler) throws(DomainError) {
        let withhold = random.chance(0.3)
        if withhold {
            try s.run(cast.leadingGroup, .consentToWithholding(id, grounds: [.unannouncedCase]), on: day(150), reason: "部分问题线索正在审查调查，暂不公开")
        }
        try s.run(cast.officeStaff, .recordDisclosure(id, DisclosureFiling(internalCircularOn: day(150), publicOn: day(150), publicChannel: "青溪区纪委监委网站",
                                                                           withheld: withhold ? [.unannouncedCase] : [])), on: day(150))
        let lastDeadline = items.map(\.deadline).max() ?? day(150)
        let evaluationDay = lastDeadline.adding(months: 6).adding(days: 5)
        let poor = random.chance(0.12)
        let scores = poor ? FourChecks(responsibility: random.int(10...15), problemsRectified: random.int(10...15), rulesBuilt: random.int(8...14), accountability: random.int(8...14))
            : FourChecks(responsibility: random.int(18...25), problemsRectified: random.int(18...25), rulesBuilt: random.int(16...25), accountability: random.int(16...25))
        s.at(evaluationDay) { s throws(DomainError) in
            try s.run(self.cast.officeStaff, .recordEvaluation(self.id, scores: scores, remarks: poor ? "整改不力，纳入回头看名单" : "整改总体到位"), on: evaluationDay)
        }
        let archiveDay = max(evaluationDay, allClosedBy ?? evaluationDay).adding(days: 10)
        s.at(archiveDay) { s throws(DomainError) in try s.run(self.cast.officeStaff, .archive(self.id), on: archiveDay) }
        if poor || random.chance(0.25) {
            let followUpDay = archiveDay.adding(days: 60)
            s.at(followUpDay) { s throws(DomainError) in
                let closed = s.driver.state.rectificationItems(of: self.id).filter { $0.status == .verified }.map(\.id)
                guard let relapsed = closed.first else { return }
                try s.run(self.cast.officeStaff, .recordFollowUp(self.id, relapsed: poor ? [relapsed] : [], held: poor ? Array(closed.dropFirst()) : closed,
                                                                 satisfactionPercent: poor ? 62 : 91, remarks: poor ? "发现问题反弹" : "整改成果巩固"), on: followUpDay)
                if poor, self.random.chance(0.5) {
                    let reopenDay = followUpDay.adding(days: 7)
                    s.at(reopenDay) { s throws(DomainError) in
                        try s.run(self.headActor(s), .updateRectification(relapsed, status: .inProgress, note: "针对反弹问题重新整改"), on: reopenDay)
                    }
                }
            }
        }
    }

    private func ruleChangesAndAccountability(_ s: SampleScheduler) throws(DomainError) {
        let head = headActor(s)
        try s.run(head, .recordRuleChange(id, findingIDs: Array(findings.prefix(2)), title: "集体“三资”管理办法（修订）", kind: .revised), on: day(160))
        if let finding = findings.first {
            try s.run(cast.disciplineCommission, .recordAccountability(AccountabilityFiling(inspectionID: id, findingID: finding, personName: "相关责任人",
                                                                                              form: random.chance(0.7) ? .first : .second, measure: "诫勉谈话")), on: day(160))
        }
    }
}
