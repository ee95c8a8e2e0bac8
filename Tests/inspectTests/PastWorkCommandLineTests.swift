import Foundation
import InspectionKit
import Testing

/// An office brings its past into the record: a whole inspection that ran more than a year ago, entered from its paper
/// file through the built `inspect` with `--on` days, from planning to archive — and every rule that depends on days
/// still refuses when the days are wrong, naming itself.
@Suite("inspect: entering past work")
struct PastWorkCommandLineTests {
    @Test func entersAnInspectionThatRanAYearAgoFromPlanningToArchive() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-past-\(UUID().uuidString)")
        let today = Day(date: Date(), utcOffsetSeconds: 8 * 3_600)
        let start = today.adding(days: -420)
        func on(_ offset: Int) -> [String] { ["--on", start.adding(days: offset).iso, "--reason", "据纸质台账补录"] }
        func run(_ arguments: [String], as user: String = "zhou", lang: String = "en") throws -> InspectProcess.Output {
            try InspectProcess.run(arguments, store: store, as: user, lang: lang)
        }
        func ok(_ arguments: [String], as user: String = "zhou", lang: String = "en") throws -> String {
            let result = try run(arguments, as: user, lang: lang)
            #expect(result.status == 0, "\(arguments): \(result.err)")
            return result.out
        }
        func refused(_ rule: String, _ arguments: [String], as user: String = "zhou") throws {
            let result = try run(arguments, as: user)
            #expect(result.status == 1 && result.err.contains("[\(rule)]"), "\(arguments) should be refused by \(rule): \(result.status) \(result.err)")
        }

        // The registry as it stands today.
        _ = try ok(["store", "init", "--admin", "zhou", "--name", "周主任"])
        _ = try ok(["user", "add", "ld", "--name", "领导小组", "--role", "leadingGroup"])
        _ = try ok(["user", "add", "jw", "--name", "区纪委监委", "--role", "disciplineCommission"])
        _ = try ok(["org", "add", "--id", "QX", "--name", "中共青溪区委员会", "--kind", "countyCommittee", "--region", "青溪区", "--out-of-scope"])
        _ = try ok(["org", "add", "--id", "SQ", "--name", "中共石桥镇委员会", "--kind", "乡镇党委", "--parent", "QX", "--region", "石桥", "--head-name", "张书记", "--head-user", "head-SQ"])
        _ = try ok(["user", "add", "head-SQ", "--name", "张书记", "--role", "inspectedOrg", "--organization", "SQ"])
        for n in 1...6 {
            _ = try ok(["inspector", "add", "--id", "P\(n)", "--name", "干部\(n)", "--home", "QX", "--rank", "正科级", "--expertise", "finance", "--region", "青溪", "--user", "u-P\(n)"])
            _ = try ok(["user", "add", "u-P\(n)", "--name", "干部\(n)", "--role", "teamMember", "--inspector", "P\(n)"])
        }
        _ = try ok(["term", "open", "--name", "第十三届区委", "--committee", "QX", "--from", start.adding(days: -400).iso, "--to", start.adding(days: 1_400).iso])

        // The inspection of a year ago, from its file: plan, team, authorization, entry.
        _ = try ok(["round", "plan", "--term", "TERM-000001", "--number", "1", "--title", "区委第一轮巡察", "--from", start.adding(days: -20).iso,
                    "--to", start.adding(days: 300).iso] + on(-30))
        _ = try ok(["team", "form", "--round", "RND-000001", "--name", "区委第一巡察组", "--leader", "P1", "--deputies", "P2", "--members", "P3,P4,P5"] + on(-25))
        _ = try ok(["inspection", "schedule", "--round", "RND-000001", "--target", "SQ", "--team", "TEAM-000001"] + on(-25))
        // Past work is the office's, with a reason; nothing happens in the future.
        try refused("time.backdating", ["inspection", "authorize", "XC-000001", "--from", start.iso, "--to", start.adding(days: 60).iso, "--on", start.adding(days: -2).iso,
                                        "--reason", "一巡一授权"], as: "ld")
        try refused("time.backdating", ["inspection", "authorize", "XC-000001", "--from", start.iso, "--to", start.adding(days: 60).iso, "--on", start.adding(days: -2).iso])
        try refused("time.future", ["inspection", "authorize", "XC-000001", "--from", today.iso, "--to", today.adding(days: 60).iso, "--on", today.adding(days: 1).iso,
                                    "--reason", "一巡一授权"], as: "ld")
        _ = try ok(["inspection", "authorize", "XC-000001", "--from", start.iso, "--to", start.adding(days: 60).iso] + on(-2))
        _ = try ok(["inspection", "advance", "XC-000001", "mobilize"] + on(12))
        try refused("inspection.noticePeriod", ["inspection", "advance", "XC-000001", "station"] + on(9))
        try refused("time.order", ["inspection", "advance", "XC-000001", "station"] + on(11))
        _ = try ok(["inspection", "advance", "XC-000001", "station"] + on(13))

        // Fieldwork inside the window.
        try refused("authorization.outsideWindow", ["record", "add", "XC-000001", "--method", "interview", "--org", "SQ", "--participants", "P1,P2",
                                                    "--subject", "镇党委书记", "--summary", "了解班子情况"] + on(61))
        _ = try ok(["record", "add", "XC-000001", "--method", "interview", "--org", "SQ", "--participants", "P1,P2", "--subject", "镇党委书记", "--summary", "了解班子情况"] + on(15))
        // A lead, two findings reviewed by the team meeting (from its minutes), withdrawal, report, approval.
        try PastFile.leadFindingsToApproval({ try ok($0, as: $1) }, on)
        // Feedback dated before the approval is refused.
        let feedback = { (day: Int) in ["feedback", "deliver", "XC-000001", "--text", "反馈意见", "--to-head", start.adding(days: day).iso,
                                        "--to-leadership", start.adding(days: day).iso, "--copies", "区纪委监委,区委组织部"] + on(day) }
        try refused("feedback.beforeApproval", feedback(68))
        _ = try ok(feedback(75))
        _ = try ok(["lead", "handover", "LEAD-000001", "--to", "disciplineCommission"] + on(76))
        _ = try ok(["feedback", "complete-handover", "XC-000001"] + on(77))

        // The disposition came five months after the hand-over: refused unless it says why it is late.
        try refused("lead.dispositionLate", ["lead", "disposition", "LEAD-000001", "--kind", "caseFiled", "--note", "已立案"] + on(226))
        _ = try ok(["lead", "disposition", "LEAD-000001", "--kind", "caseFiled", "--note", "已立案", "--late-because", "初核延期，经批准"] + on(226))

        // Rectification: the plan, one item closed item by item, the other still open.
        let plan = store.deletingLastPathComponent().appendingPathComponent("past-plan-\(UUID().uuidString).csv")
        try Data("finding,measures,leader,department,deadline\nFND-000001,清退违规低保,张书记,民政办,\(start.adding(days: 200).iso)\nFND-000002,完善议事规则,张书记,党政办,\(start.adding(days: 200).iso)\n".utf8).write(to: plan)
        _ = try ok(["rectification", "plan", "XC-000001", plan.path] + on(100))
        _ = try ok(["rectification", "update", "RI-000001", "--status", "inProgress", "--note", "已启动"] + on(110))
        _ = try ok(["rectification", "update", "RI-000001", "--status", "rectified", "--note", "已清退"] + on(150))
        _ = try ok(["rectification", "evidence", "RI-000001", "--evidence", "清退名单=整改档案-1"] + on(151))
        _ = try ok(["rectification", "sign-off", "RI-000001"] + on(152))
        #expect(try ok(["rectification", "accept", "RI-000001"] + on(155)).contains("closed (verified)"))
        _ = try ok(["rectification", "update", "RI-000002", "--status", "inProgress", "--note", "已启动"] + on(110))
        _ = try ok(["rectification", "report", "XC-000001", "--summary", "整改报告"] + on(160))
        _ = try ok(["disclosure", "record", "XC-000001", "--public-on", start.adding(days: 165).iso, "--channel", "区纪委监委网站"] + on(165))

        // Evaluation six months after the last deadline; archiving only with no open item.
        let evaluation = ["evaluation", "record", "XC-000001", "--responsibility", "24", "--rectified", "23", "--rules", "22", "--accountability", "23"]
        try refused("evaluation.timing", evaluation + on(300))
        _ = try ok(evaluation + on(385))
        try refused("archive.preconditions", ["inspection", "archive", "XC-000001"] + on(390))
        _ = try ok(["rectification", "long-term", "RI-000002", "--review", today.adding(days: 90).iso] + on(392))
        _ = try ok(["inspection", "archive", "XC-000001"] + on(395))

        // The ledger as of a past day: the items that existed then, with the status they had then.
        let ledgerThen = try ok(["rectification", "list", "--as-of", start.adding(days: 120).iso, "--format", "json"])
        #expect(ledgerThen.contains("RI-000001") && ledgerThen.contains("\"inProgress\"") && !ledgerThen.contains("\"verified\""), "\(ledgerThen)")
        #expect(!(try ok(["rectification", "list", "--as-of", start.adding(days: 90).iso, "--format", "json"])).contains("RI-000001"), "no item before the plan")
        #expect(try ok(["rectification", "list", "--format", "json"]).contains("\"verified\""))

        // Both days in the audit trail and the timeline.
        let file = try ok(["inspection", "show", "XC-000001"])
        #expect(file.contains("archived") && file.contains("Entered") && file.contains(start.adding(days: 395).iso) && file.contains(today.iso))
        let trail = try ok(["audit", "show", "--record", "XC-000001", "--last", "3"])
        #expect(trail.contains("Occurred") && trail.contains("Recorded") && trail.contains(start.adding(days: 395).iso) && trail.contains(today.iso)
                && trail.contains("据纸质台账补录"))
        let json = try ok(["audit", "show", "--record", "XC-000001", "--format", "json", "--last", "1"])
        #expect(json.contains("\"occurredOn\" : \"\(start.adding(days: 395).iso)\"") || json.contains("\"occurredOn\":\"\(start.adding(days: 395).iso)\""))
        #expect(try ok(["store", "verify"]).contains("Verified"))
    }
}

/// Rules that need time to pass, shown on a fresh store: an inspection entered with its past days, then looked at today
/// and as of other days.
@Suite("inspect: views as of a day")
struct AsOfCommandLineTests {
    @Test func overdueLeadsRedItemsTheLadderAndAForecastOnAFreshStore() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-asof-\(UUID().uuidString)")
        let today = Day(date: Date(), utcOffsetSeconds: 8 * 3_600)
        let start = today.adding(days: -210)
        func day(_ offset: Int) -> Day { start.adding(days: offset) }
        func on(_ offset: Int) -> [String] { ["--on", day(offset).iso, "--reason", "据纸质台账补录"] }
        func ok(_ arguments: [String], as user: String = "zhou") throws -> String {
            let result = try InspectProcess.run(arguments, store: store, as: user, lang: "en")
            #expect(result.status == 0, "\(arguments): \(result.err)")
            return result.out
        }
        _ = try ok(["store", "init", "--admin", "zhou", "--name", "周主任"])
        _ = try ok(["org", "add", "--id", "QX", "--name", "中共青溪区委员会", "--kind", "countyCommittee", "--region", "青溪区", "--out-of-scope"])
        _ = try ok(["org", "add", "--id", "SQ", "--name", "中共石桥镇委员会", "--kind", "乡镇党委", "--parent", "QX", "--region", "石桥", "--head-name", "张书记"])
        for n in 1...5 {
            _ = try ok(["inspector", "add", "--id", "P\(n)", "--name", "干部\(n)", "--home", "QX", "--rank", "正科级", "--expertise", "finance", "--region", "青溪"])
        }
        _ = try ok(["term", "open", "--name", "第十三届区委", "--committee", "QX", "--from", day(-400).iso, "--to", day(1_400).iso])
        _ = try ok(["round", "plan", "--term", "TERM-000001", "--number", "1", "--title", "区委第一轮巡察", "--from", day(-20).iso, "--to", day(300).iso] + on(-30))
        _ = try ok(["team", "form", "--round", "RND-000001", "--name", "区委第一巡察组", "--leader", "P1", "--deputies", "P2", "--members", "P3,P4,P5"] + on(-25))
        _ = try ok(["inspection", "schedule", "--round", "RND-000001", "--target", "SQ", "--team", "TEAM-000001"] + on(-25))
        _ = try ok(["inspection", "authorize", "XC-000001", "--from", day(0).iso, "--to", day(60).iso] + on(-2))
        _ = try ok(["inspection", "advance", "XC-000001", "mobilize"] + on(5))
        _ = try ok(["inspection", "advance", "XC-000001", "station"] + on(10))
        try PastFile.leadFindingsToApproval({ try ok($0, as: $1) }, on)
        _ = try ok(["feedback", "deliver", "XC-000001", "--text", "反馈意见", "--to-head", day(75).iso, "--to-leadership", day(75).iso,
                    "--copies", "区纪委监委,区委组织部"] + on(75))
        // Handed over four months ago: its disposition was due a month ago.
        _ = try ok(["lead", "handover", "LEAD-000001", "--to", "disciplineCommission", "--on", today.adding(months: -4).iso, "--reason", "据移交函补录"])
        _ = try ok(["feedback", "complete-handover", "XC-000001"] + on(95))
        // One item was due ten days ago; the other falls due in thirty days.
        let plan = store.deletingLastPathComponent().appendingPathComponent("asof-plan-\(UUID().uuidString).csv")
        try Data("finding,measures,leader,department,deadline\nFND-000001,清退违规低保,张书记,民政办,\(today.adding(days: -10).iso)\nFND-000002,完善议事规则,张书记,党政办,\(today.adding(days: 30).iso)\n".utf8).write(to: plan)
        _ = try ok(["rectification", "plan", "XC-000001", plan.path] + on(100))

        // The lead is overdue today, and was not a fortnight after its hand-over.
        let leads = try ok(["stats", "leads", "--format", "json"])
        #expect(leads.contains("\"overdue\" : 1") && leads.contains("\"awaiting\" : 1"), "\(leads)")
        let earlier = try ok(["stats", "leads", "--format", "json", "--as-of", today.adding(months: -4).adding(days: 14).iso])
        #expect(earlier.contains("\"overdue\" : 0") && earlier.contains("\"awaiting\" : 1"), "\(earlier)")
        let beforeHandover = try ok(["stats", "leads", "--format", "json", "--as-of", day(30).iso])
        #expect(beforeHandover.contains("\"notHandedOver\" : 1") && beforeHandover.contains("\"awaiting\" : 0"), "\(beforeHandover)")

        // The first item is red; the ladder is climbed in order, each notice by kind.
        let atRisk = try ok(["rectification", "list", "--overdue"])
        #expect(atRisk.contains("RI-000001") && !atRisk.contains("RI-000002"), "\(atRisk)")
        let ladder = ["supervision notice", "reminder", "admonition", "accountability notice"]
        for (step, offset) in [-6, -5, -4, -2].enumerated() {
            let issued = try ok(["rectification", "notice", "RI-000001", "--on", today.adding(days: offset).iso])
            #expect(issued.lowercased().contains(ladder[step]), "step \(step): \(issued)")
        }
        let backwards = try InspectProcess.run(["rectification", "notice", "RI-000001", "--on", today.adding(days: -3).iso], store: store, as: "zhou", lang: "en")
        #expect(backwards.status == 1 && backwards.err.contains("[time.order]"), "a notice before the previous one: \(backwards.err)")
        let beyondTheTop = try InspectProcess.run(["rectification", "notice", "RI-000001"], store: store, as: "zhou", lang: "en")
        #expect(beyondTheTop.status == 1 && beyondTheTop.err.contains("[rectification.supervisionNotice]"), "the ladder's top is reached: \(beyondTheTop.err)")
        let outOfOrder = try InspectProcess.run(["rectification", "notice", "RI-000002", "--on", today.iso], store: store, as: "zhou", lang: "en")
        #expect(outOfOrder.status == 1 && outOfOrder.err.contains("[rectification.supervisionNotice]"), "a green item gets no notice: \(outOfOrder.err)")
        let timeline = try ok(["inspection", "show", "XC-000001"])
        for kind in ladder { #expect(timeline.lowercased().contains(kind), "the timeline names the \(kind)") }
        #expect(try ok(["rectification", "list", "--overdue"]).lowercased().contains("accountability notice"))

        // A future day forecasts: in 25 days the second item is yellow, in 35 red.
        let soon = try ok(["rectification", "list", "--overdue", "--as-of", today.adding(days: 25).iso, "--format", "json"])
        #expect(soon.contains("RI-000002") && soon.contains("\"yellow\""), "\(soon)")
        let later = try ok(["rectification", "list", "--overdue", "--as-of", today.adding(days: 35).iso, "--format", "json"])
        #expect(later.components(separatedBy: "\"red\"").count - 1 == 2, "\(later)")
        // The file and the coverage as of a past day, by the days things happened.
        let earlyFile = try ok(["inspection", "show", "XC-000001", "--as-of", day(8).iso])
        #expect(earlyFile.contains("mobilized (as of \(day(8).iso))") && !earlyFile.contains("→ stationed") && !earlyFile.lowercased().contains("reminder"), "\(earlyFile)")
        #expect(try ok(["coverage", "--as-of", day(9).iso]).contains("inspected 0"))
        #expect(try ok(["coverage", "--as-of", day(10).iso]).contains("inspected 1"))
        // --as-of is for views: a step recorded with it is refused as a usage error, changing nothing.
        let misuse = try InspectProcess.run(["rectification", "notice", "RI-000002", "--as-of", today.iso], store: store, as: "zhou", lang: "en")
        #expect(misuse.status == 64 && misuse.err.contains("--on"))
    }
}

/// Steps both past-work tests take, from the file of an inspection in the field: a lead on day 16, two findings drafted
/// on day 20 and approved by the team meeting on day 22, withdrawal on day 45, the report on day 55, approval on day 70.
enum PastFile {
    static func leadFindingsToApproval(_ ok: ([String], String) throws -> String, _ on: (Int) -> [String]) throws {
        _ = try ok(["lead", "register", "XC-000001", "--subject-name", "王某", "--subject-post", "镇财政所所长", "--org", "SQ", "--summary", "涉嫌虚报冒领",
                    "--custodian", "P2"] + on(16), "zhou")
        for title in ["优亲厚友违规纳入低保", "三重一大决策不规范"] {
            _ = try ok(["finding", "draft", "XC-000001", "--title", title, "--manifestation", "经查阅台账发现", "--qualification", "违反规定", "--basis", "纪律处分条例",
                        "--evidence", "审批表=底稿附件-1", "--responsibility", "direct", "--party", "石桥镇党委", "--org", "SQ", "--category", "2.4.3",
                        "--severity", "serious", "--found-by", "P3,P2", "--from-data", "低保与财政供养人员比对"] + on(20), "zhou")
        }
        for finding in ["FND-000001", "FND-000002"] { _ = try ok(["finding", "review", finding, "--approve", "--opinion", "同意"] + on(22), "zhou") }
        _ = try ok(["inspection", "advance", "XC-000001", "withdraw"] + on(45), "zhou")
        _ = try ok(["report", "submit", "XC-000001", "--findings", "FND-000001,FND-000002", "--summary", "巡察报告"] + on(55), "zhou")
        _ = try ok(["report", "approve", "XC-000001", "--meeting", "区委书记专题会"] + on(70), "zhou")
    }
}
