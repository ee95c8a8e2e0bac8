import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitClient
import InspectionKitHTTP
import InspectionKitSamples
import Logging
import Testing

/// The client swift-openapi-generator makes from the served `/openapi.json` reads the live API as typed values: an
/// inspection, a list of findings, statistics — with words as enumerations and labelled counts.
@Suite("The generated client")
struct GeneratedClientTests {
    /// A server on a loopback port over the sample district, and a token for the office head.
    static func withServer(_ body: @Sendable (Client, InspectionState) async throws -> Void) async throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let store = InMemoryEventStore()
        try await store.append(driver.engine.journal, expectedLastSequence: 0)
        let service = try await InspectionService(store: store, clock: driver.clock)
        let head = SampleCast().officeHead
        let secret = TokenSecret.generate()
        try await service.execute(Command(actor: head, intent: .issueToken(userID: head.id, digest: TokenSecret.digest(of: secret),
                                                                            expiresOn: service.today.adding(days: 30))))
        let state = await service.state
        let app = InspectionAPI.application(service: service, host: "127.0.0.1", port: 0, logger: Logger(label: "client-test"))
        try await app.test(.live) { client in
            let port = try #require(client.port)
            let url = try #require(URL(string: "http://127.0.0.1:\(port)"))
            try await body(Client.inspectionKit(serverURL: url, secret: secret), state)
        }
    }

    @Test func readsAnInspectionAFindingListAndStatisticsAsTypedValues() async throws {
        try await Self.withServer { client, state in
            let held = try #require(state.inspections.values.filter { $0.approval != nil }.min { $0.id < $1.id })
            let inspection = try await client.getInspection(path: .init(id: held.id.rawValue)).ok.body.json
            #expect(inspection.id == held.id.rawValue)
            #expect(inspection.stage.rawValue == held.stage.stableWord)
            #expect(inspection.approval?.approvedOn == held.approval.map { "\($0.approvedOn)" })
            #expect(inspection.transitions.count == held.transitions.count)

            let page = try await client.listFindings(path: .init(id: held.id.rawValue), query: .init(limit: 500)).ok.body.json
            let findings = state.findings.values.filter { $0.inspectionID == held.id }
            #expect(page.page.total == findings.count)
            #expect(Set(page.items.map(\.id)) == Set(findings.map(\.id.rawValue)))
            let first = try #require(page.items.first)
            let original = try #require(state.findings[FindingID(first.id)])
            #expect(first.content.severity.rawValue == original.content.severity.stableWord)
            #expect(first.content.source.kind.rawValue.isEmpty == false)

            let statistics = try await client.getFindingStatistics(query: .init(by: "severity")).ok.body.json
            #expect(statistics.dimensions.map(\.kind) == [.severity])
            #expect(statistics.rows.map(\.keys[0].name) == ["minor", "moderate", "serious", "grave"])
            let counted = statistics.rows.reduce(0) { $0 + $1.count }
            let byStatus = statistics.rows.reduce(0) { total, row in
                let counts = row.statusCounts
                return total + counts.open + counts.inProgress + counts.rectified + counts.verified + counts.longTerm
            }
            #expect(counted > 0 && byStatus == counted)
        }
    }

    @Test func aRefusalArrivesAsTypedProblemDetails() async throws {
        try await Self.withServer { client, _ in
            let answer = try await client.getInspection(path: .init(id: "XC-NOPE"))
            guard case .notFound(let problem) = answer else {
                Issue.record("expected 404, got \(answer)")
                return
            }
            let details = try problem.body.applicationProblemJson
            #expect(details.rule == "input.unknownRecord")
        }
    }
}
