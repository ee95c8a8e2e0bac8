import Foundation
import Testing
@testable import InspectionKit
import InspectionKitSamples

/// Every record and answer the SDK writes for others has exactly its declared public shape: replaying the sample
/// district, each record encodes with no undeclared member, no missing required one and no unlisted word.
@Suite("Public shapes")
struct PublicShapeTests {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    static func violations(_ value: some Encodable, as name: String) throws -> [String] {
        let object = try JSONSerialization.jsonObject(with: encoder.encode(value), options: [.fragmentsAllowed])
        return PublicSchemas.violations(of: object, as: name)
    }

    /// What departs from the shape `name` among `values`, and a line if there are fewer than `atLeast` of them.
    static func problems<T: Encodable>(_ values: some Sequence<T>, as name: String, atLeast: Int = 1) throws -> [String] {
        var count = 0
        for value in values {
            count += 1
            let found = try violations(value, as: name)
            if !found.isEmpty { return found.prefix(5).map { "\(name): \($0)" } }
        }
        return count >= atLeast ? [] : ["the district has \(count) \(name), fewer than \(atLeast)"]
    }

    @Test func everyRecordOfTheSampleDistrictHasItsDeclaredShape() throws {
        var problems: [String] = []
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let state = driver.engine.state
        problems += try Self.problems(state.organizations.values, as: "Organization", atLeast: 10)
        problems += try Self.problems(state.inspectors.values, as: "Inspector", atLeast: 10)
        problems += try Self.problems(state.inspections.values, as: "Inspection", atLeast: 10)
        problems += try Self.problems(state.findings.values, as: "Finding", atLeast: 50)
        problems += try Self.problems(state.leads.values, as: "Lead", atLeast: 3)
        problems += try Self.problems(state.petitions.values, as: "Petition", atLeast: 3)
        problems += try Self.problems(state.workRecords.values, as: "WorkRecord", atLeast: 10)
        problems += try Self.problems(state.rectificationItems.values, as: "RectificationItem", atLeast: 20)
        #expect(state.rectificationItems.values.contains { !$0.closeOut.acceptedBy.isEmpty }, "acceptances are exercised")
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func everyAnswerOfTheEngineHasItsDeclaredShape() throws {
        var problems: [String] = []
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let cast = SampleCast()
        let head = cast.officeHead
        var engine = driver.engine
        problems += try Self.problems(engine.inspections(as: head), as: "Inspection")
        problems += try Self.problems([head, cast.leadingGroup, cast.auditor], as: "Actor")
        problems += try Self.problems(engine.itemWarnings(atRiskOnly: false, as: head), as: "ItemWarning")
        problems += try Self.problems(engine.pendingDeadlines(as: head), as: "StageDeadline")
        for term in engine.state.terms.keys { problems += try Self.problems([try engine.coverage(of: term, as: head)], as: "Coverage") }
        for inspection in engine.state.inspections.keys.sorted(by: { $0.rawValue < $1.rawValue }).prefix(6) {
            problems += try Self.problems(try engine.fedBackFindings(of: inspection, as: head), as: "FedBackFinding", atLeast: 0)
            problems += try Self.problems(try engine.recusalReport(for: inspection, as: head), as: "RecusalConflict", atLeast: 0)
            problems += try Self.problems(try engine.petitions(of: inspection, as: head), as: "PetitionView", atLeast: 0)
            problems += try Self.problems(try engine.petitions(of: inspection, as: cast.officeStaff), as: "PetitionView", atLeast: 0)
        }
        problems += try Self.problems([try engine.leadDispositions(as: head)], as: "LeadDispositionSummary")
        problems += try Self.problems([try engine.accountabilitySummary(as: head)], as: "AccountabilitySummary")
        problems += try Self.problems([try engine.relapseSummary(as: head)], as: "RelapseSummary")
        problems += try Self.problems([try engine.exchangePackage(as: head)], as: "ExchangePackage")
        problems += try Self.problems(driver.engine.journal.suffix(300).map { AuditLine($0, language: .english) }, as: "AuditLine")
        problems += try Self.problems([CommandOutcome(Array(driver.engine.journal.suffix(3)), language: .chinese, secret: "ik_x")], as: "CommandOutcome")
        let dimensions: [[FindingDimension]] = [[], [.round], [.organization(depth: 1), .status], [.category(depth: 0), .severity], [.source, .team]]
        for groupBy in dimensions {
            let query = FindingQuery(groupBy: groupBy, measures: FindingMeasures(overdueOn: engine.today, daysToClose: [try Percentile(perMille: 500)]))
            problems += try Self.problems([try engine.findingStatistics(query, as: head)], as: "FindingStatistics")
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
    }

    @Test func statisticsAnswersReadBackAsWritten() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let engine = driver.engine
        let query = FindingQuery(groupBy: [.organization(depth: 1), .status], measures: FindingMeasures(overdueOn: engine.today))
        let answer = try engine.findingStatistics(query, as: SampleCast().officeHead)
        let read = try JSONDecoder().decode(FindingQueryResult.self, from: Self.encoder.encode(answer))
        #expect(read.dimensions == answer.dimensions)
        #expect(read.rows.map(\.statusCounts) == answer.rows.map(\.statusCounts))
        #expect(read.rows.map(\.count) == answer.rows.map(\.count))
        let leads = try engine.leadDispositions(as: SampleCast().officeHead)
        #expect(try JSONDecoder().decode(LeadDispositionSummary.self, from: Self.encoder.encode(leads)) == leads)
        let accountability = try engine.accountabilitySummary(as: SampleCast().officeHead)
        #expect(try JSONDecoder().decode(AccountabilitySummary.self, from: Self.encoder.encode(accountability)) == accountability)
    }

    @Test func theCheckerRefusesAnUndeclaredMemberAMissingOneAndAnUnlistedWord() throws {
        let shape = PublicShape.record([.required("stage", .words(InspectionStage.self)), .optional("note", .text)])
        #expect(shape.violations(in: ["stage": "fieldwork"], components: [:]).isEmpty)
        #expect(shape.violations(in: ["stage": "fieldwork", "extra": 1], components: [:]) == ["$.extra: not declared"])
        #expect(shape.violations(in: ["note": "x"], components: [:]) == ["$.stage: missing"])
        #expect(shape.violations(in: ["stage": 4], components: [:]).count == 1)
        #expect(shape.violations(in: ["stage": "nowhere"], components: [:]).count == 1)
        #expect(PublicShape.flag.violations(in: NSNumber(value: 1), components: [:]).count == 1)
        #expect(PublicShape.integer.violations(in: true, components: [:]).count == 1)
    }

    @Test func everyNamedShapeIsDeclared() {
        func references(_ shape: PublicShape) -> [String] {
            switch shape {
            case .named(let name): [name]
            case .list(let element), .nullable(let element), .table(let element): references(element)
            case .record(let fields): fields.flatMap { references($0.shape) }
            default: []
            }
        }
        let missing = PublicSchemas.components.values.flatMap(references).filter { PublicSchemas.components[$0] == nil }
        #expect(missing.isEmpty, "\(missing)")
    }
}
