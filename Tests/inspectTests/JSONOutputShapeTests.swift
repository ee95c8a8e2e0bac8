import Foundation
import InspectionKit
import Testing

/// `--format json` prints the same public representation as the HTTP API: each output has the declared shape of its
/// records, checked strictly (no undeclared member, no missing one, every enumeration a listed word).
@Suite("inspect --format json has the public shapes")
struct JSONOutputShapeTests {
    @Test func everyJSONOutputHasItsRecordsPublicShape() throws {
        let store = try InspectProcess.demoStore()
        let cases: [(arguments: [String], shape: PublicShape, user: String)] = [
            (["inspection", "show", "XC-000001"], .named("Inspection"), "u-office-head"),
            (["inspection", "list"], .list(.named("Inspection")), "u-office-head"),
            (["finding", "list", "XC-000001"], .list(.named("Finding")), "u-office-head"),
            (["rectification", "list"], .list(.named("RectificationItem")), "u-office-head"),
            (["petition", "list", "XC-000001"], .list(.named("PetitionView")), "u-office-staff"),
            (["record", "list", "XC-000001"], .list(.named("WorkRecord")), "u-office-head"),
            (["lead", "list", "--inspection", "XC-000001"], .list(.named("Lead")), "u-office-head"),
            (["org", "list"], .list(.named("Organization")), "u-office-head"),
            (["inspector", "list"], .list(.named("Inspector")), "u-office-head"),
            (["stats", "findings", "--by", "org:1", "--by", "status", "--with-overdue", "--percentiles", "50,90"], .named("FindingStatistics"), "u-office-head"),
            (["stats", "leads"], .named("LeadDispositionSummary"), "u-office-head"),
            (["stats", "accountability"], .named("AccountabilitySummary"), "u-office-head"),
            (["audit", "show", "--last", "50"], .list(.named("AuditLine")), "u-auditor"),
            (["org", "add", "--id", "QX-T01-V99", "--name", "青溪镇新村党支部", "--kind", "villageBranch", "--parent", "QX-T01", "--region", "青溪区"],
             .named("Organization"), "u-office-head"),
            (["org", "head", "QX-T01-V99", "--name", "王建华"], .named("CommandOutcome"), "u-office-head"),
        ]
        for (arguments, shape, user) in cases {
            let run = try InspectProcess.run(arguments + ["--format", "json"], store: store, as: user)
            #expect(run.status == 0, "\(arguments): \(run.err)")
            guard run.status == 0 else { continue }
            let value = try JSONSerialization.jsonObject(with: Data(run.out.utf8), options: [.fragmentsAllowed])
            let found = shape.violations(in: value, components: PublicSchemas.components)
            #expect(found.isEmpty, "\(arguments.joined(separator: " ")): \(found.prefix(5))")
        }
    }
}
