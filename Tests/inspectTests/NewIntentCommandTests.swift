import Foundation
import InspectionKit
import Testing

/// The commands that reach intents the command line used to lack, run as an office runs them: the built `inspect`,
/// on a store, as an account; each success prints the core's event summary, each refusal names its rule.
@Suite("Commands for every intent")
struct NewIntentCommandTests {
    let store = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-intents-\(UUID().uuidString)")
    let today = Day(date: Date(), utcOffsetSeconds: 8 * 3_600)

    func run(_ arguments: [String], as user: String = "zhou", lang: String = "en") throws -> InspectProcess.Output {
        try InspectProcess.run(arguments, store: store, as: user, lang: lang)
    }

    @discardableResult
    func ok(_ arguments: [String], as user: String = "zhou", lang: String = "en") throws -> String {
        let result = try run(arguments, as: user, lang: lang)
        #expect(result.status == 0, "\(arguments): \(result.err)")
        return result.out
    }

    func registry() throws {
        try ok(["store", "init", "--admin", "zhou", "--name", "周主任"])
        try ok(["org", "add", "--id", "QX", "--name", "中共青溪区委员会", "--kind", "countyCommittee", "--region", "青溪区", "--out-of-scope"])
        try ok(["org", "add", "--id", "SQ", "--name", "中共石桥镇委员会", "--kind", "乡镇党委", "--parent", "QX", "--region", "石桥"])
        try ok(["org", "add", "--id", "HT", "--name", "中共河田镇委员会", "--kind", "乡镇党委", "--parent", "QX", "--region", "河田"])
    }

    @Test func recordsAHeadAPlanAPostingAndARotationOverride() throws {
        try registry()
        #expect(try ok(["org", "head", "SQ", "--name", "王新"]).contains("SQ's head is now 王新"))
        #expect(try ok(["org", "head", "HT", "--name", "李平"], lang: "zh").contains("HT 主要负责人变更为 李平"))
        let unknown = try run(["org", "head", "NOPE", "--name", "某人"])
        #expect(unknown.status != 0 && unknown.err.contains("[input.unknownRecord]"))

        let posted = try ok(["inspector", "add", "--id", "P1", "--name", "干部一", "--home", "QX", "--rank", "正科级", "--region", "青溪",
                             "--posting", "SQ:\(today.adding(days: -900).iso):\(today.adding(days: -300).iso)", "--format", "json"])
        #expect(posted.contains("\"postings\"") && posted.contains("\"organizationID\" : \"SQ\""))
        let badPosting = try run(["inspector", "add", "--name", "干部二", "--home", "QX", "--rank", "正科级", "--region", "青溪", "--posting", "SQ-2024"])
        #expect(badPosting.status == 64 && badPosting.err.contains("--posting"))

        try ok(["term", "open", "--name", "第十三届区委", "--committee", "QX", "--from", today.adding(days: -400).iso, "--to", today.adding(days: 1_000).iso])
        let plan = try ok(["term", "adopt-plan", "TERM-000001", "--title", "届内巡察规划", "--targets", "SQ,HT", "--format", "json"])
        #expect(plan.contains("\"kind\" : \"planning.planAdopted\"") && plan.contains("PLAN-"))
        let outside = try run(["term", "adopt-plan", "TERM-000001", "--title", "年度计划", "--year", "2026", "--targets", "QX"])
        #expect(outside.status == 1 && outside.err.contains("[round.targetOutsideCommittee]"))

        let rotation = try ok(["team", "override-rotation", "--term", "TERM-000001", "--leader", "P1", "--org", "SQ", "--reason", "专项巡察需要"])
        #expect(rotation.contains("override"))
    }

    @Test func renamesAnOrganizationAndShowsTheNewNameInTheTree() throws {
        try registry()
        #expect(try ok(["org", "rename", "SQ", "--name", "中共石桥街道工作委员会"]).contains("SQ is now named 中共石桥街道工作委员会"))
        #expect(try ok(["org", "list"]).contains("中共石桥街道工作委员会"))
        let same = try run(["org", "rename", "SQ", "--name", "中共石桥街道工作委员会"], lang: "zh")
        #expect(same.status == 1 && same.err.contains("[input.invalid]") && same.err.contains("新名称须与现名称不同"))
        let unknown = try run(["org", "rename", "NOPE", "--name", "某镇党委"])
        #expect(unknown.status != 0 && unknown.err.contains("[input.unknownRecord]"))
    }

    @Test func adoptsAnOfficesOwnTaxonomyAndRefusesABrokenOne() throws {
        try registry()
        let good = store.deletingLastPathComponent().appendingPathComponent("taxonomy-\(UUID().uuidString).json")
        try Data(#"{"name":{"zh":"试行清单","en":"Trial list"},"version":"2026.1","nodes":[{"code":"A","zh":"党的领导","en":"Party leadership"},{"code":"A1","parent":"A","zh":"贯彻落实","en":"Implementation"},{"code":"A1a","parent":"A1","zh":"重大决策部署","en":"Major decisions"}]}"#.utf8).write(to: good)
        #expect(try ok(["taxonomy", "adopt", good.path]).contains("Adopted taxonomy 2026.1"))
        let broken = store.deletingLastPathComponent().appendingPathComponent("taxonomy-\(UUID().uuidString).json")
        try Data(#"{"name":{"zh":"坏","en":"Bad"},"version":"1","nodes":[{"code":"B1","parent":"B","zh":"x","en":"x"}]}"#.utf8).write(to: broken)
        let refused = try run(["taxonomy", "adopt", broken.path])
        #expect(refused.status == 4 && refused.err.contains("not valid"))
    }

    @Test func findingStepsReachTheCoreAndItsRules() throws {
        let demo = try InspectProcess.demoStore()
        func demoRun(_ arguments: [String], as user: String) throws -> InspectProcess.Output {
            try InspectProcess.run(arguments, store: demo, as: user)
        }
        let findings = try demoRun(["audit", "show", "--record", "findingReviewed", "--last", "1", "--format", "json"], as: "u-auditor")
        #expect(findings.status == 0)
        // A finding that does not exist is refused by name, through each new command.
        for arguments in [["finding", "handover", "F-NOPE", "--to", "disciplineCommission"],
                          ["finding", "disposition", "F-NOPE", "--kind", "caseFiled", "--note", "立案"],
                          ["rectification", "immediate", "F-NOPE", "--measures", "立即整改", "--leader", "张三", "--department", "办公室"]] {
            let refused = try demoRun(arguments, as: "u-office-head")
            #expect(refused.status != 0 && refused.err.contains("["), "\(arguments): \(refused.err)")
        }
        let kind = try demoRun(["finding", "disposition", "F-NOPE", "--kind", "whatever", "--note", "x"], as: "u-office-head")
        #expect(kind.status == 64 && kind.err.contains("caseFiled"))
    }
}
