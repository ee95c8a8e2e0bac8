import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// Every workflow step over HTTP takes the day it happened (`occurredOn`) beside its `reason`: past work is the
/// office's with a reason, a day to come is refused, and the journal keeps both days.
@Suite("The HTTP API: the day a step happened")
struct OccurredOnTests {
    @Test func everyWorkflowBodyTakesOccurredOnAndReason() throws {
        for route in WorkflowCatalog.all {
            guard case .object(let fields)? = route.body else {
                Issue.record("\(route.path) has no object body")
                continue
            }
            #expect(fields.contains { $0.name == "occurredOn" } && fields.contains { $0.name == "reason" }, "\(route.path)")
        }
    }

    @Test func pastWorkOverHTTPIsTheOfficesWithAReasonAndTheFutureIsRefused() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-staff"])
        let organization = try #require(fixture.state.organizations.values.filter { $0.parentID != nil }.map(\.id).sorted().first)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let staff = fixture.headers("u-office-staff")
        let past = fixture.today.adding(days: -60)
        let (noReason, future, entered) = try await app.test(.router) { client in
            let uri = "/v1/organizations/\(organization)/name"
            let noReason = try await client.execute(uri: uri, method: .post, headers: staff,
                                                    body: ByteBuffer(string: #"{"name":"新名称","occurredOn":"\#(past.iso)"}"#)) { response in
                (response.status, try APITests.problem(response).rule)
            }
            let future = try await client.execute(uri: uri, method: .post, headers: staff,
                                                  body: ByteBuffer(string: #"{"name":"新名称","occurredOn":"\#(fixture.today.adding(days: 2).iso)"}"#)) { response in
                (response.status, try APITests.problem(response).rule)
            }
            let entered = try await client.execute(uri: uri, method: .post, headers: staff,
                                                   body: ByteBuffer(string: #"{"name":"新名称","occurredOn":"\#(past.iso)","reason":"据区委文件补录"}"#)) { response in
                response.status
            }
            return (noReason, future, entered)
        }
        #expect(noReason.0 == .conflict && noReason.1 == "time.backdating")
        #expect(future.0 == .conflict && future.1 == "time.future")
        #expect(entered == .ok)
        let last = try #require(try await fixture.journal().last { $0.event.type == .organizationRenamed })
        #expect(last.occurredOn == past && last.reason == "据区委文件补录")
        #expect(last.recordedDay(utcOffsetSeconds: 8 * 3_600) == fixture.today)
    }

    @Test func aStepThatNeedsNoBodyStillTakesAnEmptyOne() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let user = try #require(fixture.state.users.values.filter { $0.active && $0.actor.role == .auditor }.map(\.actor.id).sorted().first)
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let status = try await app.test(.router) { client in
            try await client.execute(uri: "/v1/users/\(user)/deactivation", method: .post, headers: fixture.headers("u-office-head")) { $0.status }
        }
        #expect(status == .ok)
        #expect(await fixture.service.state.users[user]?.active == false)
    }

    @Test func leadStatisticsAnswerAsOfADayByTheDaysLeadsWereRegisteredHandedOverAndDisposedOf() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let first = try #require(fixture.state.leads.values.map(\.registeredOn).min())
        let (now, before, badDay) = try await app.test(.router) { client in
            let now = try await client.execute(uri: "/v1/statistics/leads", method: .get, headers: fixture.headers("u-office-head")) {
                try JSONDecoder().decode(LeadDispositionSummary.self, from: Data(buffer: $0.body))
            }
            let before = try await client.execute(uri: "/v1/statistics/leads?asOf=\(first.adding(days: -1).iso)", method: .get,
                                                  headers: fixture.headers("u-office-head")) {
                try JSONDecoder().decode(LeadDispositionSummary.self, from: Data(buffer: $0.body))
            }
            let badDay = try await client.execute(uri: "/v1/statistics/leads?asOf=yesterday", method: .get, headers: fixture.headers("u-office-head")) { $0.status }
            return (now, before, badDay)
        }
        #expect(now.registered == fixture.state.leads.count && now.registered > 0)
        #expect(before.registered == 0 && before.awaiting == 0 && before.overdue == 0)
        #expect(badDay == .badRequest)
    }

    @Test func theLedgerAsOfADayListsTheItemsThenWithTheStatusTheyHadThen() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let verified = try #require(fixture.state.rectificationItems.values.filter { $0.status == .verified && $0.statusHistory.count >= 3 }
            .sorted { $0.id < $1.id }.first)
        let verifiedOn = try #require(verified.verifiedOn)
        let created = try #require(verified.statusHistory.first?.day)
        let inspection = verified.inspectionID
        let (then, now, before) = try await app.test(.router) { client in
            func statuses(_ query: String) async throws -> [String: String] {
                try await client.execute(uri: "/v1/rectification-items?limit=500&inspection=\(inspection)\(query)", method: .get,
                                         headers: fixture.headers("u-office-head")) { response in
                    let listing = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                    let items = listing?["items"] as? [[String: Any]] ?? []
                    return Dictionary(uniqueKeysWithValues: items.compactMap { item in
                        (item["id"] as? String).flatMap { id in (item["status"] as? String).map { (id, $0) } }
                    })
                }
            }
            return (try await statuses("&asOf=\(verifiedOn.adding(days: -1).iso)"), try await statuses(""), try await statuses("&asOf=\(created.adding(days: -1).iso)"))
        }
        #expect(now[verified.id.rawValue] == "verified")
        #expect(then[verified.id.rawValue] == verified.status(on: verifiedOn.adding(days: -1)).rawValue && then[verified.id.rawValue] != "verified")
        #expect(before[verified.id.rawValue] == nil, "before its plan the item did not exist")
    }
}
