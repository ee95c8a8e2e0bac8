import InspectionKit
/// Builds the sample district: the registry, the term and its rounds; each inspection's story is told by `InspectionPlot`.
struct SampleBuilder {
    let district: SampleDistrict
    let scheduler: SampleScheduler
    var random: SampleRandom
    var cast: SampleCast { district.cast }

    /// Top-level targets (townships, departments, enterprises, schools, hospitals) with the villages under each township.
    private var targets: [(OrganizationID, [OrganizationID])] = []
    private var pool: [InspectorID] = []
    private var usedNames: Set<String> = []

    /// Round starts: two rounds a year, the last one still under way on the sample's "today".
    static let roundStarts: [Day] = [
        "2022-09-05", "2023-03-06", "2023-09-04", "2024-03-04", "2024-09-02",
        "2025-03-03", "2025-09-01", "2026-03-02", "2026-06-08", "2026-09-10",
    ].compactMap { Day(iso: $0) }
    /// Day offsets of the inspections in the last two rounds, so that on "today" they stand at every stage of the lifecycle.
    static let stagger: [Int: [Int]] = [8: [22, 55, 81, 88, 0], 9: [0, 13, 25, 60, 70, 73, 79, 91, 111]]
    static let termWindow = DayWindow(start: Day(number: 19_144), end: Day(number: 20_969)) // 2022-06-01 … 2027-05-31

    /// Days the district is moved by: its "today" less the default one, so a district generated up to any day stands
    /// there as the default one stands on 2026-11-20 (every anchor day moved alike).
    var shift: Int { district.today.number - SampleDistrict.defaultToday.number }
    /// The term, moved with the district.
    var term: DayWindow { DayWindow(start: Self.termWindow.start.adding(days: shift), end: Self.termWindow.end.adding(days: shift)) }
    /// The round starts, moved with the district.
    var rounds: [Day] { Self.roundStarts.map { $0.adding(days: shift) } }

    init(district: SampleDistrict, scheduler: SampleScheduler) {
        self.district = district
        self.scheduler = scheduler
        random = SampleRandom(seed: district.seed)
    }

    mutating func build() throws(DomainError) {
        let setupDay = term.start.adding(days: -30)
        try registerOrganizations(on: setupDay)
        try registerInspectors(on: setupDay)
        try registerAccounts(on: setupDay)
        let termEvents = try scheduler.run(cast.officeStaff, .openTerm(name: "中共青溪区第十三届委员会", committeeID: SampleDistrict.committeeID, window: term),
                                           on: setupDay.adding(days: 1))
        guard let termID = termEvents.first({ if case .planning(.termOpened(let t)) = $0 { t.id } else { nil } }) else { return }
        try scheduler.run(cast.officeStaff, .adoptPlan(termID: termID, scope: .term, title: "区委第十三届巡察工作规划", targetIDs: targets.map(\.0)),
                          on: setupDay.adding(days: 2))
        try planRounds(termID: termID)
        try scheduler.drain()
    }

    // MARK: Registry

    private mutating func personName() -> String {
        for _ in 0..<50 {
            let name = random.pick(SampleTexts.surnames) + random.pick(SampleTexts.givenChars) + (random.chance(0.7) ? random.pick(SampleTexts.givenChars) : "")
            if usedNames.insert(name).inserted { return name }
        }
        return random.pick(SampleTexts.surnames) + String(usedNames.count)
    }

    private mutating func register(_ id: String, _ name: String, _ kind: OrganizationKind, parent: OrganizationID?, region: String,
                                   inScope: Bool, on day: Day) throws(DomainError) -> OrganizationID {
        let orgID = OrganizationID(id)
        let head = OrganizationHead(name: personName(), userID: UserID("head-\(id)"))
        try scheduler.run(cast.officeStaff, .registerOrganization(OrganizationRegistration(id: orgID, name: name, kind: kind, parentID: parent,
                                                                                           region: region, head: head, inScope: inScope)), on: day)
        return orgID
    }

    private mutating func registerOrganizations(on day: Day) throws(DomainError) {
        let root = try register("QX", "中共青溪区委员会", .countyCommittee, parent: nil, region: "青溪区", inScope: false, on: day)
        for (i, name) in SampleTexts.organs.enumerated() {
            _ = try register("QX-O\(Self.pad(i + 1))", name, .departmentPartyGroup, parent: root, region: "青溪区", inScope: false, on: day)
        }
        let size = district.size
        var places = SampleTexts.placeNames
        for t in 0..<size.townships {
            let place = places.isEmpty ? "第\(t + 1)" : places.removeFirst()
            let isSubdistrict = t >= size.townships - max(1, size.townships / 4)
            let townID = try register("QX-T\(Self.pad(t + 1))", "中共\(place)\(isSubdistrict ? "街道工作委员会" : "镇委员会")",
                                      isSubdistrict ? .subdistrictCommittee : .townshipCommittee, parent: root, region: place, inScope: true, on: day)
            var villages: [OrganizationID] = []
            for v in 0..<size.villagesPerTownship {
                let villagePlace = places.isEmpty ? "\(place)\(v + 1)" : random.pick(SampleTexts.placeNames) + random.pick(["", "新", "上", "下"])
                let name = isSubdistrict ? "中共\(villagePlace)社区委员会" : "中共\(place)镇\(villagePlace)村支部委员会"
                villages.append(try register("QX-T\(Self.pad(t + 1))-V\(Self.pad(v + 1))", name, isSubdistrict ? .communityBranch : .villageBranch,
                                             parent: townID, region: place, inScope: true, on: day))
            }
            targets.append((townID, villages))
        }
        let departmentNames = (0..<size.departments).map { SampleTexts.departments[$0 % SampleTexts.departments.count] + ($0 >= SampleTexts.departments.count ? "（\($0 / SampleTexts.departments.count + 1)）" : "") }
        for (i, name) in departmentNames.enumerated() {
            targets.append((try register("QX-D\(Self.pad(i + 1))", "中共\(name)党组", .departmentPartyGroup, parent: root, region: "青溪区", inScope: true, on: day), []))
        }
        for (i, name) in SampleTexts.enterprises.enumerated() {
            targets.append((try register("QX-E\(Self.pad(i + 1))", "中共\(name)委员会", .stateOwnedEnterprise, parent: root, region: "青溪区", inScope: true, on: day), []))
        }
        for (i, name) in SampleTexts.schools.enumerated() {
            targets.append((try register("QX-S\(Self.pad(i + 1))", "中共\(name)委员会", .school, parent: root, region: "青溪区", inScope: true, on: day), []))
        }
        for (i, name) in SampleTexts.hospitals.enumerated() {
            targets.append((try register("QX-H\(Self.pad(i + 1))", "中共\(name)委员会", .hospital, parent: root, region: "青溪区", inScope: true, on: day), []))
        }
        // Interleave kinds so every round mixes townships and departments.
        var mixed: [(OrganizationID, [OrganizationID])] = []
        var towns = targets.filter { !$0.1.isEmpty }
        var others = targets.filter(\.1.isEmpty)
        while !towns.isEmpty || !others.isEmpty {
            if !towns.isEmpty { mixed.append(towns.removeFirst()) }
            for _ in 0..<2 where !others.isEmpty { mixed.append(others.removeFirst()) }
        }
        targets = mixed
    }

    private mutating func registerInspectors(on day: Day) throws(DomainError) {
        let organs = (1...SampleTexts.organs.count).map { OrganizationID("QX-O\(Self.pad($0))") }
        let departments = targets.map(\.0).filter { $0.rawValue.hasPrefix("QX-D") }
        let villages = targets.flatMap(\.1)
        let townships = targets.map(\.0).filter { $0.rawValue.hasPrefix("QX-T") }
        let expertiseSets: [Set<Expertise>] = [[.finance, .audit], [.discipline, .law], [.organization], [.finance], [.ruralAffairs, .writing],
                                               [.engineering, .audit], [.discipline], [.writing, .organization]]
        for i in 0..<district.size.inspectors {
            let home = random.chance(0.7) || departments.isEmpty ? random.pick(organs) : random.pick(departments)
            var postings: [Posting] = []
            if random.chance(0.3), let earlier = townships.isEmpty ? nil : random.pick(townships) {
                let end = day.adding(days: -random.int(200...2_500))
                postings.append(Posting(organizationID: earlier, start: end.adding(days: -random.int(700...1_800)), end: end))
            }
            var relatives: [Relative] = []
            if random.chance(0.15), !villages.isEmpty {
                relatives.append(Relative(name: personName(), relation: random.pick(["配偶", "兄弟", "姐妹", "父亲", "子女"]),
                                          organizationID: random.pick(villages), post: random.pick(SampleTexts.villagePosts)))
            }
            let id = InspectorID("INS-\(Self.pad(i + 1, width: 3))")
            try scheduler.run(cast.officeStaff, .registerInspector(InspectorRegistration(
                id: id, name: personName(), userID: UserID("u-\(id)"), homeOrganizationID: home, rank: random.pick(SampleTexts.ranks),
                expertise: random.pick(expertiseSets), region: random.pick(SampleTexts.placeNames), postings: postings, relatives: relatives)), on: day)
            if random.chance(0.6) {
                try scheduler.run(cast.officeStaff, .recordTraining(id, TrainingRecord(title: "全区巡察干部业务培训班", completedOn: day.adding(days: -random.int(10...300)),
                                                                                       hours: random.int(16...40))), on: day)
            }
            pool.append(id)
        }
    }

    /// Accounts for everyone who acts: the office head opens the first, then the others.
    private func registerAccounts(on day: Day) throws(DomainError) {
        let head = cast.officeHead
        let staff: [Actor] = [head, cast.officeStaff, cast.leadingGroup, cast.disciplineCommission, cast.organizationDepartment, cast.auditor]
        for actor in staff {
            try scheduler.run(head, .registerUser(UserAccount(id: actor.id, name: actor.name, role: actor.role, isOfficeHead: actor.isOfficeHead)), on: day)
        }
        let state = scheduler.driver.state
        for organization in state.organizations.values.sorted(by: { $0.id < $1.id }) {
            guard let account = cast.head(of: organization) else { continue }
            try scheduler.run(head, .registerUser(UserAccount(id: account.id, name: account.name, role: .inspectedOrg, organizationID: organization.id)), on: day)
        }
        for inspector in state.inspectors.values.sorted(by: { $0.id < $1.id }) {
            let account = cast.inspector(inspector, leading: false)
            try scheduler.run(head, .registerUser(UserAccount(id: account.id, name: account.name, role: .teamMember, inspectorID: inspector.id)), on: day)
        }
    }

    // MARK: Rounds and teams

    private mutating func planRounds(termID: TermID) throws(DomainError) {
        let roundCount = Self.roundStarts.count
        // The last two rounds are still under way on "today": keep four targets for the ninth and the rest for the tenth.
        let perRound = max(1, (targets.count - 13 + 7) / (roundCount - 2))
        var remaining = targets
        var plotSeed = random.next()
        for (index, start) in rounds.enumerated() {
            let batch = Array(remaining.prefix(index == roundCount - 1 ? remaining.count : index == roundCount - 2 ? 4 : perRound))
            remaining.removeFirst(batch.count)
            guard !batch.isEmpty else { break }
            let planDay = start.adding(days: -30)
            let kind: RoundKind = index == 4 ? .specialTopic : index == 7 ? .cross : .regular
            let roundEvents = try scheduler.run(cast.officeStaff, .planRound(termID: termID, number: index + 1, kind: kind, title: "区委第\(index + 1)轮巡察",
                                                                             window: DayWindow(start: start.adding(days: -20), end: start.adding(days: 100))), on: planDay)
            guard let roundID = roundEvents.first({ if case .planning(.roundPlanned(let r)) = $0 { r.id } else { nil } }) else { continue }
            var busy: Set<InspectorID> = []
            for (slot, target) in batch.enumerated() {
                let offsets = Self.stagger[index] ?? [0]
                let startDay = start.adding(days: offsets[slot % offsets.count] + 120 * (slot / offsets.count))
                let team = try formTeam(round: roundID, target: target, busy: &busy, name: "区委第\(slot + 1)巡察组", on: planDay)
                let events = try scheduler.run(cast.officeStaff, .scheduleInspection(roundID: roundID, targetID: target.0, extensionIDs: target.1, teamID: team),
                                               on: planDay)
                guard let inspection = events.first({ if case .inspection(.inspectionScheduled(let i)) = $0 { i } else { nil } }) else { continue }
                plotSeed = plotSeed &* 6_364_136_223_846_793_005 &+ 1
                let plot = InspectionPlot(inspection: inspection, start: startDay, district: district, random: SampleRandom(seed: plotSeed))
                plot.schedule(on: scheduler)
            }
        }
    }

    /// Forms a team of five with no recusal conflict with the target set, from inspectors not yet busy in this round.
    private mutating func formTeam(round: RoundID, target: (OrganizationID, [OrganizationID]), busy: inout Set<InspectorID>, name: String,
                                   on day: Day) throws(DomainError) -> TeamID {
        let state = scheduler.driver.state
        var chosen: [InspectorID] = []
        var candidates = pool.filter { !busy.contains($0) }
        candidates.shuffle(using: &random)
        for candidate in candidates where chosen.count < 5 {
            let conflicts = RecusalCheck.conflicts(people: [candidate], targets: [target.0] + target.1, committeeID: SampleDistrict.committeeID,
                                                   asOf: day, state: state, settings: OfficeSettings())
            if conflicts.isEmpty { chosen.append(candidate) }
        }
        // A pool too small for the round falls back on inspectors already busy elsewhere (a team may inspect twice in a round).
        for candidate in pool where chosen.count < 5 && !chosen.contains(candidate) {
            let conflicts = RecusalCheck.conflicts(people: [candidate], targets: [target.0] + target.1, committeeID: SampleDistrict.committeeID,
                                                   asOf: day, state: state, settings: OfficeSettings())
            if conflicts.isEmpty { chosen.append(candidate) }
        }
        busy.formUnion(chosen)
        guard chosen.count == 5 else {
            throw DomainError(.teamComposition, zh: "示例人才库不足以组建无回避冲突的巡察组。", en: "The sample talent pool is too small to form a conflict-free team.")
        }
        let composition = TeamComposition(leaderID: chosen[0], deputyIDs: [chosen[1]], memberIDs: Array(chosen[2...]))
        let events = try scheduler.run(cast.officeStaff, .formTeam(roundID: round, name: name, composition: composition), on: day)
        guard let team = events.first({ if case .teams(.teamFormed(let t)) = $0 { t.id } else { nil } }) else {
            throw DomainError.unknown(.team, name)
        }
        return team
    }

    static func pad(_ n: Int, width: Int = 2) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
