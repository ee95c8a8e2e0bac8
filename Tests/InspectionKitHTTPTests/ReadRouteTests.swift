import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// Reads beyond the inspection file: leads a page at a time, one petition, fieldwork records, what the office watches,
/// and the filters on lists.
@Suite("The HTTP API's reads and list filters")
struct ReadRouteTests {
    struct Items<Item: Decodable>: Decodable {
        let items: [Item]
    }

    struct Summary: Decodable {
        let id: String
        let stage: InspectionStage
    }

    static func leadReads(_ fixture: APITests.Fixture) async throws -> Int {
        try await fixture.journal().filter { if case .audit(.confidentialRecordRead(.lead)) = $0.event { true } else { false } }.count
    }

    @Test func theLeadsListAnswersOnlyReadableLeadsAndAuditsEachOneAnswered() async throws {
        let office = "u-office-head"
        let probe = try await APITests.Fixture(accounts: [])
        let member = try #require(probe.state.users.values.sorted { $0.id < $1.id }.first { $0.role == .teamMember }).actor
        let fixture = try await APITests.Fixture(accounts: [office, member.id.rawValue, "u-auditor"])
        let before = try await Self.leadReads(fixture)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let (officeLeads, memberLeads, auditor) = try await app.test(.router) { client in
            let officeLeads = try await client.execute(uri: "/v1/leads?limit=3", method: .get, headers: fixture.headers(office)) { response in
                #expect(response.status == .ok)
                return try JSONDecoder().decode(Items<Lead>.self, from: Data(buffer: response.body)).items
            }
            let memberLeads = try await client.execute(uri: "/v1/leads?limit=500", method: .get, headers: fixture.headers(member.id.rawValue)) { response in
                try JSONDecoder().decode(Items<Lead>.self, from: Data(buffer: response.body)).items
            }
            // An auditor never sees leads: refused, naming the rule, not answered with an empty list.
            let auditor = try await client.execute(uri: "/v1/leads", method: .get, headers: fixture.headers("u-auditor")) { response in
                #expect(response.status == .forbidden)
                return try APITests.problem(response).rule
            }
            return (officeLeads, memberLeads, auditor)
        }
        #expect(officeLeads.count == 3)
        #expect(auditor == "access.lead")
        let state = await fixture.service.state
        for lead in memberLeads { #expect(AccessPolicy.canRead(member, .lead(lead.id), state: state, today: fixture.today)) }
        #expect(memberLeads.count < state.leads.count)
        // Exactly the leads answered were audited: a page of three is three reads, not every lead the office may see.
        #expect(try await Self.leadReads(fixture) - before == officeLeads.count + memberLeads.count)
    }

    @Test func aPetitionCarriesItsPetitionerOnlyForTheOfficeHead() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head", "u-office-staff"])
        let petition = try #require(fixture.state.petitions.values.sorted { $0.id < $1.id }.first { $0.petitioner != nil && $0.registeredBy != "u-office-staff" })
        let name = try #require(petition.petitioner?.name)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let (head, staff) = try await app.test(.router) { client in
            let head = try await client.execute(uri: "/v1/petitions/\(petition.id)", method: .get, headers: fixture.headers("u-office-head")) { String(buffer: $0.body) }
            let staff = try await client.execute(uri: "/v1/petitions/\(petition.id)", method: .get, headers: fixture.headers("u-office-staff")) { response in
                (response.status, String(buffer: response.body))
            }
            return (head, staff)
        }
        #expect(head.contains(name))
        #expect(!staff.1.contains(name))
    }

    @Test func listFiltersNarrowTheListAndRefuseAnUnknownValueNamingTheParameter() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let headers = fixture.headers("u-office-head")
        let stationed = fixture.state.inspections.values.filter { $0.stage == .stationed }.count
        let verified = fixture.state.rectificationItems.values.filter { $0.status == .verified }.count
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/inspections?stage=stationed&limit=500", method: .get, headers: headers) { response in
                let items = try JSONDecoder().decode(Items<Summary>.self, from: Data(buffer: response.body)).items
                #expect(items.count == stationed)
                #expect(items.allSatisfy { $0.stage == .stationed })
            }
            try await client.execute(uri: "/v1/rectification-items?status=verified&limit=500", method: .get, headers: headers) { response in
                let items = try JSONDecoder().decode(Items<RectificationItem>.self, from: Data(buffer: response.body)).items
                #expect(items.count == verified)
            }
            for uri in ["/v1/inspections?stage=asleep", "/v1/rectification-items?status=done", "/v1/rectification-warnings?on=yesterday"] {
                try await client.execute(uri: uri, method: .get, headers: headers) { response in
                    #expect(response.status == .badRequest, "\(uri)")
                    let problem = try APITests.problem(response)
                    let parameter = String(uri.split(separator: "?")[1].prefix { $0 != "=" })
                    #expect(problem.detail.contains(parameter), "\(uri): \(problem.detail)")
                }
            }
        }
    }

    @Test func theOfficeWatchesCoverageRecusalsWarningsAndDeadlinesAndATeamMemberCannotReadCoverage() async throws {
        let probe = try await APITests.Fixture(accounts: [])
        let member = try #require(probe.state.users.values.sorted { $0.id < $1.id }.first { $0.role == .teamMember })
        let fixture = try await APITests.Fixture(accounts: ["u-office-head", member.id.rawValue])
        let term = try #require(fixture.state.terms.keys.sorted().first)
        let inspection = try #require(fixture.state.inspections.keys.sorted().first)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            for uri in ["/v1/terms/\(term)/coverage", "/v1/inspections/\(inspection)/recusal-report", "/v1/rectification-warnings?all=true",
                        "/v1/deadlines", "/v1/inspections/\(inspection)/work-records"] {
                try await client.execute(uri: uri, method: .get, headers: fixture.headers("u-office-head")) { response in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            try await client.execute(uri: "/v1/terms/\(term)/coverage", method: .get, headers: fixture.headers(member.id.rawValue)) { response in
                #expect(response.status == .forbidden)
                let problem = try APITests.problem(response)
                #expect(problem.rule.hasPrefix("access."))
            }
        }
    }
}

/// A long progress history: the item's answer carries the latest notes and the count, the history is paged.
@Suite("A rectification item's progress history")
struct ProgressHistoryTests {
    struct Answer: Decodable {
        let progress: [ProgressNote]
        let progressTotal: Int
    }

    struct Notes: Decodable {
        let items: [ProgressNote]
        let page: Page
        struct Page: Decodable { let total: Int }
    }

    @Test func anItemAnswersItsLatestNotesAndPagesTheWholeHistory() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let item = try #require(fixture.state.rectificationItems.values.sorted { $0.id < $1.id }.first { $0.status == .inProgress })
        let headID = try #require(fixture.state.inspections[item.inspectionID].flatMap { fixture.state.organizations[$0.targetID]?.head?.userID })
        let head = try #require(fixture.state.users[headID]).actor
        for week in 1...30 {
            try await fixture.service.execute(Command(actor: head, intent: .updateRectification(item.id, status: .inProgress, note: "第\(week)周进展")))
        }
        let total = item.progress.count + 30
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/rectification-items/\(item.id)", method: .get, headers: fixture.headers("u-office-head")) { response in
                let answer = try JSONDecoder().decode(Answer.self, from: Data(buffer: response.body))
                #expect(answer.progressTotal == total)
                #expect(answer.progress.count == 20)
                #expect(answer.progress.last?.note == "第30周进展")
            }
            try await client.execute(uri: "/v1/rectification-items/\(item.id)/progress?offset=0&limit=500", method: .get,
                                     headers: fixture.headers("u-office-head")) { response in
                let notes = try JSONDecoder().decode(Notes.self, from: Data(buffer: response.body))
                #expect(notes.page.total == total)
                #expect(notes.items.count == total)
                #expect(notes.items.first == item.progress.first)
            }
        }
    }
}
