import Foundation
@testable import InspectionKit
import InspectionKitSamples
import Testing

/// The audit trail tells oversight who did what to which record — never what a confidential record says, and a
/// search of it is never an oracle for content.
@Suite("Audit search")
struct AuditSearchTests {
    private static func service() async throws -> (InspectionService, InspectionState) {
        let driver = try SampleDistrict.engine(size: .small).driver
        let store = InMemoryEventStore()
        try await store.append(driver.engine.journal, expectedLastSequence: 0)
        return (try await InspectionService(store: store, clock: ManualTimeSource(day: SampleDistrict.defaultToday)), driver.engine.state)
    }

    @Test func searchingForAnyPetitionerOrLeadSubjectFindsNothingForAnyOversightRole() async throws {
        let (service, state) = try await Self.service()
        let roles = state.users.values.filter { [.office, .leadingGroup, .auditor].contains($0.role) }.map(\.actor)
        #expect(Set(roles.map(\.role)) == [.office, .leadingGroup, .auditor])
        var queries = Set<String>()
        for petition in state.petitions.values {
            if let identity = petition.petitioner { queries.formUnion([identity.name, identity.contact]) }
            queries.insert(petition.content)
        }
        for lead in state.leads.values { queries.formUnion([lead.subjectName, lead.subjectPost, lead.summary]) }
        queries.remove("")
        #expect(queries.count > 20)
        for actor in roles {
            for query in queries {
                let found = try await service.auditTrail(as: actor, matching: query)
                #expect(found.isEmpty, "\(actor.id) found \(found.count) events searching '\(query)'")
            }
        }
    }

    @Test func theTrailNamesRecordsButWithholdsTheirContent() async throws {
        let (service, state) = try await Self.service()
        let auditor = try #require(state.users.values.first { $0.role == .auditor }).actor
        let lead = try #require(state.leads.values.sorted { $0.id < $1.id }.first)
        let found = try await service.auditTrail(as: auditor, matching: lead.id.rawValue)
        #expect(found.contains { if case .handover(.leadRegistered(let registered)) = $0.event { registered.id == lead.id } else { false } })
        for event in found {
            if case .handover(.leadRegistered(let registered)) = event.event {
                #expect(registered.subjectName.isEmpty && registered.summary.isEmpty && registered.subjectPost.isEmpty)
            }
        }
        #expect(try await service.auditTrail(as: auditor, matching: "leadRegistered").count == state.leads.count)
    }
}
