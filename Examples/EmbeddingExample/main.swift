// An agency tool embedding InspectionKit's core: register a township and its villages, form a team,
// let the access policy and the recusal rule refuse what they must, and read the state back.
//
//   swift run EmbeddingExample

import Foundation
import InspectionKit

/// A date written in the code; these literals are known to be valid.
func day(_ iso: String) -> Day { Day(iso: iso) ?? Day(number: 0) }

let clock = ManualTimeSource(day: day("2025-03-01"))
var engine = try Engine(clock: clock)

let office = Actor(id: "office", name: "区委巡察办", role: .office)
let leadingGroup = Actor(id: "leading-group", name: "区委巡察工作领导小组", role: .leadingGroup)

@MainActor
func run(_ actor: Actor, _ intent: Intent, reason: String = "") {
    do {
        try engine.execute(Command(actor: actor, intent: intent, reason: reason))
    } catch {
        print("✗ \(error.text(.chinese))")
    }
}

// 1. The organization tree and a talent pool of six inspectors; one has a declared relative in a village.
run(office, .registerOrganization(.init(id: "QX", name: "中共青溪区委员会", kind: .countyCommittee, parentID: nil, region: "青溪区", inScope: false)))
run(office, .registerOrganization(.init(id: "QX-XCB", name: "区委巡察办", kind: .departmentPartyGroup, parentID: "QX", region: "青溪区", inScope: false)))
run(office, .registerOrganization(.init(id: "SQ", name: "中共石桥镇委员会", kind: .townshipCommittee, parentID: "QX", region: "石桥")))
run(office, .registerOrganization(.init(id: "SQ-DC", name: "中共石桥镇东村支部委员会", kind: .villageBranch, parentID: "SQ", region: "石桥")))
for n in 1...6 {
    let relatives = n == 5 ? [Relative(name: "王某", relation: "配偶", organizationID: "SQ-DC", post: "村文书")] : []
    run(office, .registerInspector(.init(id: InspectorID("P\(n)"), name: "巡察干部\(n)", homeOrganizationID: "QX-XCB", rank: "正科级",
                                         expertise: [.finance], region: "青溪区", relatives: relatives)))
}

// 2. A term, a round, a team and one inspection of the township with its village (巡镇带村).
run(office, .openTerm(name: "第十三届区委", committeeID: "QX", window: DayWindow(start: day("2022-01-01"), end: day("2026-12-31"))))
let term = engine.state.terms.keys.sorted()[0]
run(office, .planRound(termID: term, number: 1, kind: .regular, title: "区委第一轮巡察", window: DayWindow(start: day("2025-03-01"), end: day("2025-06-30"))))
let round = engine.state.rounds.keys.sorted()[0]
run(office, .formTeam(roundID: round, name: "区委第一巡察组", composition: TeamComposition(leaderID: "P1", deputyIDs: ["P2"], memberIDs: ["P3", "P4", "P5"])))
let team = engine.state.teams.keys.sorted()[0]
run(office, .scheduleInspection(roundID: round, targetID: "SQ", extensionIDs: ["SQ-DC"], teamID: team))
let inspection = engine.state.inspections.keys.sorted()[0]

// 3. Refusals name their rule and change nothing: the office cannot authorize, and the recusal conflict blocks the leading group.
let window = DayWindow(start: day("2025-03-01"), end: day("2025-05-31"))
run(office, .authorize(inspection, window: window, noticeDay: window.start))
for conflict in try engine.recusalReport(for: inspection, as: office) {
    print("回避冲突：\(conflict.inspectorID) — \(conflict.targetID)（\(conflict.kind.label(.chinese))）\(conflict.detail.zh)")
}
run(leadingGroup, .authorize(inspection, window: window, noticeDay: window.start))

// 4. Change the team, then authorize.
run(office, .changeTeam(team, TeamComposition(leaderID: "P1", deputyIDs: ["P2"], memberIDs: ["P3", "P4", "P6"])), reason: "P5回避")
run(leadingGroup, .authorize(inspection, window: window, noticeDay: window.start), reason: "一巡一授权")

// 5. Read the state back.
let file = engine.state.inspections[inspection]
print("巡察 \(inspection)：\(file?.stage.label(.chinese) ?? "?")，授权期限 \(file?.authorization?.window.description ?? "-")")
for transition in file?.transitions ?? [] {
    print("  \(transition.from.label(.chinese)) → \(transition.to.label(.chinese))  由 \(transition.actor)：\(transition.reason)")
}
print("事件 \(engine.journal.count) 条；最后一条：\(engine.journal.last.map { "\($0.sequence) \($0.event)" } ?? "-")")
