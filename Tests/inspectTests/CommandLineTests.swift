import Foundation
import InspectionKit
import InspectionKitJSON
import Testing

/// Runs the built `inspect` binary the way staff and scripts do, and checks what it prints, its exit code and the store.
@Suite("inspect on the command line")
struct CommandLineTests {
    typealias Run = InspectProcess.Output

    /// A fresh store directory with its office head `zhou`.
    private func freshStore() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-cli-\(UUID().uuidString)")
        let run = try inspect(["store", "init", "--admin", "zhou", "--name", "周主任"], store: url)
        #expect(run.status == 0, "\(run.err)")
        return url
    }

    private func inspect(_ arguments: [String], store: URL, as user: String? = nil, lang: String = "en") throws -> Run {
        try InspectProcess.run(arguments, store: store, as: user, lang: lang)
    }

    static func executable() throws -> URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("inspect")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/inspect")
    }

    private func eventCount(_ store: URL) throws -> Int {
        let opened = try JSONEventStore(at: store, keys: InspectProcess.keys, mode: .readOnly, create: false)
        defer { opened.close() }
        return try opened.lastSequence()
    }

    @Test func setsUpAStoreAndOpensAccountsOnlyForTheOfficeHead() throws {
        let store = try freshStore()
        #expect(try inspect(["store", "init", "--admin", "x", "--name", "x"], store: store).status == 64)
        #expect(try inspect(["user", "add", "lin", "--name", "林晓东", "--role", "office"], store: store, as: "zhou").status == 0)
        let refused = try inspect(["user", "add", "lg", "--name", "领导小组", "--role", "leadingGroup"], store: store, as: "lin", lang: "zh")
        #expect(refused.status == 2)
        #expect(refused.err.contains("[access.role]") && refused.err.contains("巡察办主任"))
        let nobody = try inspect(["user", "list"], store: store, as: "nobody")
        #expect(nobody.status == 64 && nobody.err.contains("no account 'nobody'"))
        let missing = try inspect(["user", "list"], store: store)
        #expect(missing.status == 64 && missing.err.contains("--as"))
        let listed = try inspect(["user", "list", "--format", "json"], store: store, as: "zhou")
        let accounts = try JSONDecoder().decode([UserAccount].self, from: Data(listed.out.utf8))
        #expect(accounts.map(\.id) == ["lin", "zhou"])
    }

    @Test func importsOrganizationsWholeOrReportsEveryBadRowAndChangesNothing() throws {
        let store = try freshStore()
        let csv = store.appendingPathComponent("../orgs-\(UUID().uuidString).csv").standardizedFileURL
        try Data("""
        id,name,kind,parent,region,head_name,head_user,in_scope
        QX,中共青溪区委员会,countyCommittee,,青溪区,,,否
        SQ,中共石桥镇委员会,乡镇党委,QX,石桥,张书记,head-SQ,是
        SQ-1,东村党支部,villageBranch,SQ,石桥,,,
        SQ-2,西村党支部,village,SQ,石桥,,,
        SQ-3,北村党支部,villageBranch,NOPE,石桥,,,
        SQ-4,南村党支部,villageBranch,SQ,石桥,,,maybe

        """.utf8).write(to: csv)
        let before = try eventCount(store)
        let refused = try inspect(["org", "import", csv.path], store: store, as: "zhou")
        #expect(refused.status == 4)
        #expect(refused.err.contains("line 5: field 'kind'"))
        #expect(refused.err.contains("line 6: [input.unknownRecord]"))
        #expect(refused.err.contains("line 7: field 'in_scope'"))
        #expect(try eventCount(store) == before)

        let skipped = try inspect(["org", "import", csv.path, "--skip-invalid"], store: store, as: "zhou", lang: "zh")
        #expect(skipped.status == 0, "\(skipped.err)")
        #expect(skipped.out.contains("已导入党组织：3"))
        let rejects = try String(contentsOfFile: csv.path + ".rejects.csv", encoding: .utf8)
        #expect(rejects.split(whereSeparator: \.isNewline).count == 4)
        let tree = try inspect(["org", "tree"], store: store, as: "zhou")
        #expect(tree.out.contains("  中共石桥镇委员会  [SQ]"))
        #expect(tree.out.contains("    东村党支部  [SQ-1]"))
    }

    @Test func importsThePoolWholeOrNotAtAll() throws {
        let store = try freshStore()
        #expect(try inspect(["org", "add", "--id", "QX", "--name", "区委", "--kind", "countyCommittee", "--region", "青溪", "--out-of-scope"], store: store, as: "zhou").status == 0)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("pool-\(UUID().uuidString).csv")
        try Data("""
        id,name,home,rank,expertise,region,user
        P1,张伟,QX,正科级,finance;audit,青溪,u-P1
        P2,李娜,QX,副科级,law,青溪,
        P3,王强,NOPE,科员,,青溪,
        P4,赵敏,QX,科员,cooking,青溪,

        """.utf8).write(to: csv)
        let before = try eventCount(store)
        let refused = try inspect(["inspector", "import", csv.path], store: store, as: "zhou")
        #expect(refused.status == 4)
        #expect(refused.err.contains("line 4: [input.unknownRecord]") && refused.err.contains("line 5: field 'expertise'"))
        #expect(try eventCount(store) == before)
        let skipped = try inspect(["inspector", "import", csv.path, "--skip-invalid", "--format", "json"], store: store, as: "zhou")
        #expect(skipped.status == 0 && skipped.out.contains("\"imported\" : 2"))
        let pool = try inspect(["inspector", "list"], store: store, as: "zhou")
        #expect(pool.out.contains("张伟") && pool.out.contains("李娜") && !pool.out.contains("王强"))
    }

    @Test func importsEarlierPostingsThatRecusalByPostLooksAt() throws {
        let store = try freshStore()
        #expect(try inspect(["org", "add", "--id", "QX", "--name", "区委", "--kind", "countyCommittee", "--region", "青溪", "--out-of-scope"], store: store, as: "zhou").status == 0)
        #expect(try inspect(["org", "add", "--id", "SQ", "--name", "石桥镇党委", "--kind", "townshipCommittee", "--parent", "QX", "--region", "石桥"], store: store, as: "zhou").status == 0)
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("postings-\(UUID().uuidString).csv")
        try Data("""
        id,name,home,rank,expertise,region,user,postings
        P1,张伟,QX,正科级,finance,青溪,,SQ:2022-03-01:2024-06-30
        P2,李娜,QX,副科级,law,青溪,,SQ-2022

        """.utf8).write(to: csv)
        let before = try eventCount(store)
        let refused = try inspect(["inspector", "import", csv.path], store: store, as: "zhou")
        #expect(refused.status == 4 && refused.err.contains("line 3: field 'postings'") && refused.err.contains("ORG:START:END"))
        #expect(try eventCount(store) == before)
        try Data("""
        id,name,home,rank,expertise,region,user,postings
        P1,张伟,QX,正科级,finance,青溪,,SQ:2022-03-01:2024-06-30; QX:2019-01-01:2022-02-28

        """.utf8).write(to: csv)
        #expect(try inspect(["inspector", "import", csv.path], store: store, as: "zhou").status == 0)
        let shown = try inspect(["inspector", "list", "--format", "json"], store: store, as: "zhou")
        #expect(shown.out.contains("\"organizationID\" : \"SQ\"") && shown.out.contains("2024-06-30") && shown.out.contains("2019-01-01"))
    }

    @Test func refusesALockedOrDamagedStoreWithAClearMessageAndChangesNothing() async throws {
        let store = try freshStore()
        let holder = try JSONEventStore(at: store, keys: InspectProcess.keys)
        let locked = try inspect(["org", "add", "--id", "QX", "--name", "区委", "--kind", "countyCommittee", "--region", "青溪"], store: store, as: "zhou")
        #expect(locked.status == 3)
        #expect(locked.err.contains("in use by process \(ProcessInfo.processInfo.processIdentifier)"))
        holder.close()

        let segment = store.appendingPathComponent("journal/000000000001.jsonl")
        let original = try Data(contentsOf: segment)
        try Data(String(decoding: original, as: UTF8.self).replacingOccurrences(of: "周主任", with: "王主任").utf8).write(to: segment)
        let tampered = try Data(contentsOf: segment)
        let damaged = try inspect(["org", "list"], store: store, as: "zhou", lang: "zh")
        #expect(damaged.status == 3)
        #expect(damaged.err.contains("000000000001.jsonl") && damaged.err.contains("第2行"))
        #expect(try Data(contentsOf: segment) == tampered)
        let verify = try inspect(["store", "verify"], store: store)
        #expect(verify.status == 3)
    }

    @Test func refusesUnknownKindsAndParentsNamingTheProblem() throws {
        let store = try freshStore()
        let kind = try inspect(["org", "add", "--name", "某村", "--kind", "village", "--region", "x"], store: store, as: "zhou")
        #expect(kind.status == 64 && kind.err.contains("countyCommittee"))
        let parent = try inspect(["org", "add", "--name", "某村", "--kind", "villageBranch", "--parent", "NOPE", "--region", "x"], store: store, as: "zhou", lang: "zh")
        #expect(parent.status == 1 && parent.err.contains("[input.unknownRecord]") && parent.err.contains("NOPE"))
        #expect(try eventCount(store) == 1)
    }

    @Test func verifiesAndExportsTheChainHead() throws {
        let store = try freshStore()
        let head = try inspect(["store", "head"], store: store)
        #expect(head.status == 0)
        let verify = try inspect(["store", "verify", "--head", head.out.trimmingCharacters(in: .whitespacesAndNewlines)], store: store)
        #expect(verify.status == 0 && verify.out.contains("Verified: 1 events"))
        let wrong = try inspect(["store", "verify", "--head", "1:" + String(repeating: "0", count: 64)], store: store)
        #expect(wrong.status == 3 && wrong.err.contains("rewritten"))
    }
}

/// A whole inspection's first half on the command line: set-up, a recusal conflict resolved by changing the team,
/// authorization, entry, and the timeline — in Chinese, English and JSON.
@Suite("inspect: an inspection from set-up to entry")
struct InspectionWorkflowCommandLineTests {
    private func run(_ arguments: [String], _ store: URL, as user: String, lang: String = "zh") throws -> (status: Int32, out: String, err: String) {
        let result = try InspectProcess.run(arguments, store: store, as: user, lang: lang)
        return (result.status, result.out, result.err)
    }

    @Test func authorizesAfterTheTeamChangesAndEnters() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-flow-\(UUID().uuidString)")
        let today = Day(date: Date(), utcOffsetSeconds: 8 * 3_600)
        func ok(_ arguments: [String], as user: String = "zhou", lang: String = "zh") throws -> String {
            let result = try run(arguments, store, as: user, lang: lang)
            #expect(result.status == 0, "\(arguments): \(result.err)")
            return result.out
        }
        _ = try ok(["store", "init", "--admin", "zhou", "--name", "周主任"])
        _ = try ok(["user", "add", "ld", "--name", "领导小组", "--role", "leadingGroup"])
        _ = try ok(["org", "add", "--id", "QX", "--name", "中共青溪区委员会", "--kind", "countyCommittee", "--region", "青溪区", "--out-of-scope"])
        _ = try ok(["org", "add", "--id", "SQ", "--name", "中共石桥镇委员会", "--kind", "乡镇党委", "--parent", "QX", "--region", "石桥", "--head-name", "张书记", "--head-user", "head-SQ"])
        _ = try ok(["org", "add", "--id", "SQ-1", "--name", "东村党支部", "--kind", "villageBranch", "--parent", "SQ", "--region", "石桥"])
        for n in 1...6 {
            _ = try ok(["inspector", "add", "--id", "P\(n)", "--name", "干部\(n)", "--home", "QX", "--rank", "正科级", "--expertise", "finance", "--region", "青溪", "--user", "u-P\(n)"])
            _ = try ok(["user", "add", "u-P\(n)", "--name", "干部\(n)", "--role", "teamMember", "--inspector", "P\(n)"])
        }
        _ = try ok(["inspector", "relative", "P5", "--name", "王某", "--relation", "配偶", "--organization", "SQ-1", "--post", "村文书"])
        _ = try ok(["term", "open", "--name", "第十三届区委", "--committee", "QX", "--from", today.adding(days: -400).iso, "--to", today.adding(days: 1_000).iso])
        _ = try ok(["round", "plan", "--term", "TERM-000001", "--number", "1", "--title", "区委第一轮巡察", "--from", today.adding(days: -20).iso, "--to", today.adding(days: 90).iso])
        _ = try ok(["team", "form", "--round", "RND-000001", "--name", "区委第一巡察组", "--leader", "P1", "--deputies", "P2", "--members", "P3,P4,P5"])
        _ = try ok(["inspection", "schedule", "--round", "RND-000001", "--target", "SQ", "--extend", "SQ-1", "--team", "TEAM-000001"])

        let report = try ok(["inspection", "recusal", "XC-000001"])
        #expect(report.contains("公务回避") && report.contains("未解决"))
        let window = ["--from", today.adding(days: -12).iso, "--to", today.adding(days: 60).iso]
        let refused = try run(["inspection", "authorize", "XC-000001"] + window, store, as: "ld", lang: "en")
        #expect(refused.status == 1 && refused.err.contains("[recusal.unresolved]"))
        let officeCannot = try run(["inspection", "authorize", "XC-000001"] + window, store, as: "zhou", lang: "zh")
        #expect(officeCannot.status == 2 && officeCannot.err.contains("[access.role]"))
        _ = try ok(["team", "change", "TEAM-000001", "--leader", "P1", "--deputies", "P2", "--members", "P3,P4,P6", "--reason", "P5回避"])
        #expect(try ok(["inspection", "recusal", "XC-000001"], lang: "en").contains("No recusal conflicts"))
        _ = try ok(["inspection", "authorize", "XC-000001"] + window + ["--reason", "一巡一授权"], as: "ld")
        let memberCannot = try run(["inspection", "advance", "XC-000001", "mobilize"], store, as: "u-P3")
        #expect(memberCannot.status == 2)
        _ = try ok(["inspection", "advance", "XC-000001", "mobilize"], as: "u-P1")
        #expect(try ok(["inspection", "advance", "XC-000001", "station"], as: "u-P1", lang: "en").contains("is now stationed"))

        let timeline = try ok(["inspection", "show", "XC-000001"])
        #expect(timeline.contains("已计划 → 已授权") && timeline.contains("一巡一授权") && timeline.contains("已动员部署 → 已进驻"))
        let json = try ok(["inspection", "show", "XC-000001", "--format", "json"], lang: "en")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let file = try decoder.decode(Inspection.self, from: Data(json.utf8))
        #expect(file.stage == .stationed)
        #expect(file.transitions.map(\.to) == [.authorized, .mobilized, .stationed])
        // Another member's view is limited to the team; an inspector of no team sees nothing.
        #expect(try ok(["inspection", "list"], as: "u-P3").contains("XC-000001"))
        #expect(!(try ok(["inspection", "list"], as: "u-P5").contains("XC-000001")))

        // Fieldwork: an interview, a petition triaged into a lead, a finding drafted, returned, approved.
        _ = try ok(["user", "add", "head-SQ", "--name", "张书记", "--role", "inspectedOrg", "--organization", "SQ"])
        _ = try ok(["user", "add", "jw", "--name", "区纪委监委", "--role", "disciplineCommission"])
        let unsigned = try run(["record", "add", "XC-000001", "--method", "interview", "--org", "SQ", "--participants", "P1", "--subject", "镇党委书记", "--summary", "谈话"], store, as: "u-P1", lang: "en")
        #expect(unsigned.status == 1 && unsigned.err.contains("[fieldwork.interviewProtocol]"))
        _ = try ok(["record", "add", "XC-000001", "--method", "interview", "--org", "SQ", "--participants", "P1,P2", "--subject", "镇党委书记", "--summary", "了解班子情况"], as: "u-P1")
        _ = try ok(["petition", "register", "XC-000001", "--channel", "letter", "--org", "SQ-1", "--content", "反映东村低保优亲厚友", "--petitioner-name", "刘某", "--petitioner-contact", "139"], as: "u-P2")
        _ = try ok(["lead", "register", "XC-000001", "--subject-name", "王某", "--subject-post", "东村支书", "--org", "SQ-1", "--summary", "涉嫌优亲厚友",
                    "--custodian", "P2", "--petition", "PET-000001"], as: "u-P2")
        _ = try ok(["petition", "triage", "PET-000001", "--lead", "LEAD-000001"], as: "u-P1")
        #expect(try ok(["petition", "list", "XC-000001"], as: "u-P1").contains("（已隐去）"))
        #expect(try ok(["petition", "list", "XC-000001"], as: "u-P2").contains("刘某"))
        let draft = ["finding", "draft", "XC-000001", "--title", "优亲厚友违规纳入低保", "--manifestation", "东村将3名村干部近亲属纳入低保", "--qualification", "优亲厚友",
                     "--basis", "纪律处分条例", "--evidence", "低保审批表=底稿附件-1", "--responsibility", "direct", "--party", "东村党支部", "--org", "SQ-1",
                     "--category", "2.4.3", "--severity", "serious", "--from-petition", "PET-000001", "--found-by", "P3,P2"]
        _ = try ok(draft, as: "u-P3")
        let badCategory = try run(draft.map { $0 == "2.4.3" ? "2.4" : $0 }, store, as: "u-P3", lang: "en")
        #expect(badCategory.status == 1 && badCategory.err.contains("[finding.category]"))
        _ = try ok(["finding", "review", "FND-000001", "--return", "--opinion", "补充证据"], as: "u-P1")
        _ = try ok(["finding", "review", "FND-000001", "--approve", "--opinion", "同意"], as: "u-P1")
        #expect(try ok(["finding", "list", "XC-000001"], as: "u-P3").contains("已审定"))

        // Withdrawal, report, approval, feedback, hand-over of the lead.
        _ = try ok(["inspection", "advance", "XC-000001", "withdraw"], as: "u-P1")
        _ = try ok(["report", "submit", "XC-000001", "--findings", "FND-000001", "--summary", "巡察报告"], as: "u-P1")
        let early = try run(["lead", "handover", "LEAD-000001", "--to", "disciplineCommission"], store, as: "zhou", lang: "en")
        #expect(early.status == 1 && early.err.contains("[handover.beforeApproval]"))
        let noFeedback = try run(["feedback", "deliver", "XC-000001", "--text", "反馈", "--to-head", today.iso, "--to-leadership", today.iso, "--copies", "区纪委监委"], store, as: "zhou", lang: "en")
        #expect(noFeedback.status == 1 && noFeedback.err.contains("[feedback.beforeApproval]"))
        _ = try ok(["report", "approve", "XC-000001", "--meeting", "区委书记专题会"], as: "ld")
        _ = try ok(["feedback", "deliver", "XC-000001", "--text", "反馈意见", "--to-head", today.iso, "--to-leadership", today.iso, "--copies", "区纪委监委,区委组织部"])
        _ = try ok(["lead", "handover", "LEAD-000001", "--to", "disciplineCommission"])
        let leads = try ok(["lead", "list", "--format", "json"], as: "jw", lang: "en")
        #expect(leads.contains("LEAD-000001"))
        // The inspected organization's head never sees leads: refused (exit 2) naming the rule, not an empty list.
        let leadsRefused = try run(["lead", "list"], store, as: "head-SQ", lang: "en")
        #expect(leadsRefused.status == 2 && leadsRefused.err.contains("[access.lead]") && !leadsRefused.out.contains("LEAD-000001"))
        let petitions = try run(["petition", "list", "XC-000001"], store, as: "head-SQ", lang: "en")
        #expect(petitions.status == 2 && petitions.err.contains("[access.fieldwork]"))
        _ = try ok(["lead", "disposition", "LEAD-000001", "--kind", "preliminaryVerification", "--note", "已初核"], as: "jw")
        _ = try ok(["feedback", "complete-handover", "XC-000001"])
        let fedBack = try ok(["finding", "list", "XC-000001"], as: "head-SQ", lang: "en")
        #expect(fedBack.contains("优亲厚友违规纳入低保"))

        // Rectification: the plan from CSV, progress, evidence, the head's sign-off, three-party acceptance.
        let plan = store.deletingLastPathComponent().appendingPathComponent("plan-\(UUID().uuidString).csv")
        try Data("finding,measures,leader,department,deadline\nFND-000001,清退违规低保并追回资金,张书记,民政办,\n".utf8).write(to: plan)
        let badPlan = plan.deletingLastPathComponent().appendingPathComponent("bad-\(UUID().uuidString).csv")
        try Data("finding,measures,leader,department,deadline\nFND-000001,清退,张书记,民政办,next month\n".utf8).write(to: badPlan)
        let refusedPlan = try run(["rectification", "plan", "XC-000001", badPlan.path], store, as: "head-SQ", lang: "en")
        #expect(refusedPlan.status == 4 && refusedPlan.err.contains("line 2: field 'deadline'"))
        #expect(try run(["rectification", "plan", "XC-000001", plan.path], store, as: "u-P3").status == 2)
        _ = try ok(["rectification", "plan", "XC-000001", plan.path], as: "head-SQ")
        _ = try ok(["rectification", "update", "RI-000001", "--status", "inProgress", "--note", "已启动"], as: "head-SQ")
        _ = try ok(["rectification", "update", "RI-000001", "--status", "rectified", "--note", "已清退"], as: "head-SQ")
        _ = try ok(["rectification", "evidence", "RI-000001", "--evidence", "清退名单=整改档案-1"], as: "head-SQ")
        #expect(try run(["rectification", "sign-off", "RI-000001"], store, as: "zhou").status == 2)
        _ = try ok(["rectification", "sign-off", "RI-000001"], as: "head-SQ")
        _ = try ok(["rectification", "accept", "RI-000001"])
        _ = try ok(["rectification", "accept", "RI-000001"], as: "u-P1")
        #expect(try ok(["rectification", "accept", "RI-000001"], as: "head-SQ", lang: "en").contains("closed (verified)"))
        _ = try ok(["rectification", "report", "XC-000001", "--summary", "整改报告"], as: "head-SQ")
        let ledger = try ok(["rectification", "list", "--format", "json"], lang: "en")
        #expect(ledger.contains("\"verified\""))

        // Accountability, rules built, disclosure; evaluation waits six months after the last deadline.
        _ = try ok(["accountability", "record", "XC-000001", "--person", "王某", "--form", "first", "--measure", "诫勉谈话", "--lead", "LEAD-000001"], as: "jw")
        _ = try ok(["rule-change", "record", "XC-000001", "--title", "东村低保评审办法", "--findings", "FND-000001"], as: "head-SQ")
        let unconsented = try run(["disclosure", "record", "XC-000001", "--public-on", today.iso, "--channel", "区纪委监委网站", "--withheld", "riskOfHype"], store, as: "zhou", lang: "en")
        #expect(unconsented.status == 1 && unconsented.err.contains("[disclosure.withholding]"))
        _ = try ok(["disclosure", "consent", "XC-000001", "--grounds", "riskOfHype", "--reason", "可能引发炒作"], as: "ld")
        _ = try ok(["disclosure", "record", "XC-000001", "--public-on", today.iso, "--channel", "区纪委监委网站", "--withheld", "riskOfHype"])
        let tooEarly = try run(["evaluation", "record", "XC-000001", "--responsibility", "24", "--rectified", "23", "--rules", "22", "--accountability", "23"], store, as: "zhou", lang: "en")
        #expect(tooEarly.status == 1 && tooEarly.err.contains("[evaluation.timing]"))
        let notYet = try run(["inspection", "archive", "XC-000001"], store, as: "zhou", lang: "en")
        #expect(notYet.status == 1 && notYet.err.contains("[inspection.lifecycle]"))
        _ = try ok(["follow-up", "record", "XC-000001", "--relapsed", "RI-000001", "--satisfaction", "70", "--remarks", "问题反弹"])
        #expect(try ok(["rectification", "list"], lang: "en").contains("reopened"))
        #expect(try ok(["inspection", "show", "XC-000001"], lang: "en").contains("disclosed"))
        let trail = try ok(["audit", "show", "--record", "LEAD-000001", "--format", "json"], lang: "en")
        #expect(trail.contains("confidentialRecordRead"))
        #expect(try ok(["coverage"], lang: "en").contains("In scope 2, inspected 2"))
        let verify = try ok(["store", "verify"], lang: "en")
        #expect(verify.contains("Verified"))
    }
}
