import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// The workflow routes (every step of the work as a POST): each wants a token, checks its body before
/// anything changes, is decided by the core's access policy, and does the work it names.
@Suite("The HTTP API's workflow routes")
struct WorkflowRouteTests {
    static func uri(_ route: WorkflowRoute, id: String = "X-404") -> String {
        "/v1/" + route.path.replacingOccurrences(of: "{id}", with: id)
    }

    static func body(_ value: JSONValue) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONEncoder().encode(value))
    }

    @Test func everyWorkflowRouteWantsAToken() async throws {
        let fixture = try await APITests.Fixture(accounts: [])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let statuses = try await app.test(.router) { client in
            var statuses: [String: HTTPResponse.Status] = [:]
            for route in WorkflowCatalog.all {
                let body = try Self.body(route.sampleBody)
                statuses[route.path] = try await client.execute(uri: Self.uri(route), method: .post, body: body) { $0.status }
            }
            return statuses
        }
        #expect(statuses.count == WorkflowCatalog.all.count)
        for (path, status) in statuses { #expect(status == .unauthorized, "\(path)") }
        #expect(await fixture.service.state == fixture.state)
    }

    @Test func everyWorkflowBodyWithAnUnknownFieldIsRefusedNamingItAndChangesNothing() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let answers = try await app.test(.router) { client in
            var answers: [String: (HTTPResponse.Status, String)] = [:]
            for route in WorkflowCatalog.all {
                guard let schema = route.body, case .object(var fields) = schema.example else { continue }
                fields["unexpected"] = .bool(true)
                answers[route.path] = try await client.execute(uri: Self.uri(route), method: .post, headers: fixture.headers("u-office-head"),
                                                              body: Self.body(.object(fields))) { response in
                    (response.status, (try? APITests.problem(response).detail) ?? "")
                }
            }
            return answers
        }
        #expect(answers.count == WorkflowCatalog.all.filter { $0.body != nil }.count)
        for (path, (status, detail)) in answers {
            #expect(status == .unprocessableContent, "\(path)")
            #expect(detail.contains("unexpected"), "\(path): \(detail)")
        }
        #expect(await fixture.service.state == fixture.state)
    }

    @Test func malformedJSONAndWrongTypesAreRefusedNamingTheField() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/terms", method: .post, headers: fixture.headers("u-office-head"), body: ByteBuffer(string: "{\"name\": ")) { response in
                #expect(response.status == .badRequest)
            }
            let wrong = #"{"name":"第十届","committeeID":"ORG-1","start":"2026-13-01","end":"2030-12-31"}"#
            try await client.execute(uri: "/v1/terms", method: .post, headers: fixture.headers("u-office-head"), body: ByteBuffer(string: wrong)) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try APITests.problem(response)
                #expect(problem.detail.contains("start"))
            }
            let typed = #"{"title":"x","completedOn":"2026-01-01","hours":"eight"}"#
            try await client.execute(uri: "/v1/inspectors/INS-001/training", method: .post, headers: fixture.headers("u-office-head"),
                                     body: ByteBuffer(string: typed)) { response in
                #expect(response.status == .unprocessableContent)
                let problem = try APITests.problem(response)
                #expect(problem.detail.contains("hours"))
            }
        }
        #expect(await fixture.service.state == fixture.state)
    }

    @Test func theAuditorIsRefusedEveryWorkflowStepNamingAnAccessRule() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-auditor"])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let inspection = try #require(fixture.state.inspections.keys.sorted().first)
        let answers = try await app.test(.router) { client in
            var answers: [String: (HTTPResponse.Status, String)] = [:]
            for route in WorkflowCatalog.all {
                let body = try Self.body(route.sampleBody)
                let id = route.path.hasPrefix("inspections/") ? inspection.rawValue : "X-404"
                answers[route.path] = try await client.execute(uri: Self.uri(route, id: id), method: .post, headers: fixture.headers("u-auditor"),
                                                              body: body) { response in
                    (response.status, (try? APITests.problem(response).rule) ?? "")
                }
            }
            return answers
        }
        for (path, (status, rule)) in answers {
            #expect(status == .forbidden, "\(path)")
            #expect(rule.hasPrefix("access."), "\(path): \(rule)")
        }
        #expect(await fixture.service.state == fixture.state)
    }

    /// An inspection in the field, one of its team members with an account, and an account on another team.
    static func fieldwork(_ state: InspectionState) throws -> (inspection: Inspection, member: UserAccount, outsider: UserAccount) {
        let inField = state.inspections.values.sorted { $0.id < $1.id }.filter { $0.stage == .stationed || $0.stage == .fieldwork }
        for inspection in inField {
            guard let team = state.teams[inspection.teamID] else { continue }
            let onTeam = Set(team.everyone)
            let accounts = state.users.values.sorted { $0.id < $1.id }
            guard let member = accounts.first(where: { $0.role == .teamMember && $0.inspectorID.map(onTeam.contains) == true }) else { continue }
            let busy = Set(inField.compactMap { state.teams[$0.teamID] }.flatMap(\.everyone)).subtracting(onTeam)
            guard let outsider = accounts.first(where: { $0.role == .teamMember && $0.inspectorID.map(busy.contains) == true }) else { continue }
            return (inspection, member, outsider)
        }
        throw CancellationError()
    }

    @Test func aTeamMemberRecordsFieldworkAPetitionAndAFindingDraftAndAnotherTeamCannot() async throws {
        let probe = try await APITests.Fixture(accounts: [])
        let (inspection, member, outsider) = try Self.fieldwork(probe.state)
        let fixture = try await APITests.Fixture(accounts: [member.id.rawValue, outsider.id.rawValue])
        let inspector = try #require(member.inspectorID)
        let category = try #require(fixture.state.taxonomy.leaves.first).code
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let base = "/v1/inspections/\(inspection.id)"
        let colleague = try #require(fixture.state.teams[inspection.teamID]?.everyone.first { $0 != inspector })
        let alone = #"{"method":"interview","organizationID":"\#(inspection.targetID)","participantIDs":["\#(inspector)"],"subject":"办公室主任","summary":"了解公务接待情况"}"#
        let work = #"{"method":"interview","organizationID":"\#(inspection.targetID)","participantIDs":["\#(inspector)","\#(colleague)"],"subject":"办公室主任","summary":"了解公务接待情况"}"#
        let petition = #"{"channel":"letter","petitionerName":"王某某","petitionerContact":"139xxxx","content":"反映违规发放补贴","organizationID":"\#(inspection.targetID)"}"#
        let (created, petitionAnswer) = try await app.test(.router) { client in
            let refused = try await client.execute(uri: base + "/work-records", method: .post, headers: fixture.headers(outsider.id.rawValue),
                                                   body: ByteBuffer(string: work)) { response in
                (response.status, (try? APITests.problem(response).rule) ?? "")
            }
            #expect(refused.0 == .forbidden)
            #expect(refused.1.hasPrefix("access."))
            // An individual interview needs two inspectors: the rule is named, and nothing is recorded.
            let lonely = try await client.execute(uri: base + "/work-records", method: .post, headers: fixture.headers(member.id.rawValue),
                                                  body: ByteBuffer(string: alone)) { response in
                (response.status, (try? APITests.problem(response).rule) ?? "")
            }
            #expect(lonely.0 == .conflict)
            #expect(lonely.1 == "fieldwork.interviewProtocol")
            let record = try await client.execute(uri: base + "/work-records", method: .post, headers: fixture.headers(member.id.rawValue),
                                                  body: ByteBuffer(string: work)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return try JSONDecoder().decode(OutcomeLines.self, from: Data(buffer: response.body)).created
            }
            let petitionAnswer = try await client.execute(uri: base + "/petitions", method: .post, headers: fixture.headers(member.id.rawValue),
                                                          body: ByteBuffer(string: petition)) { response in
                #expect(response.status == .ok)
                return String(buffer: response.body)
            }
            let draft = #"""
            {"title":"违规发放津补贴","manifestation":"2025年向干部发放未经批准的补贴","qualification":"违反中央八项规定精神","basis":"《中国共产党纪律处分条例》",
             "evidence":[{"title":"谈话记录","reference":"\#(record.first ?? "")"}],"responsibilityType":"principal","responsibleParty":"单位党组",
             "organizationID":"\#(inspection.targetID)","categoryCode":"\#(category)","severity":"serious","scope":"individual",
             "source":{"kind":"workRecord","reference":"\#(record.first ?? "")"},"foundBy":["\#(inspector)"],"foundOn":"\#(fixture.today.iso)"}
            """#
            let finding = try await client.execute(uri: base + "/findings", method: .post, headers: fixture.headers(member.id.rawValue),
                                                   body: ByteBuffer(string: draft)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return try JSONDecoder().decode(OutcomeLines.self, from: Data(buffer: response.body)).created
            }
            return (record + finding, petitionAnswer)
        }
        #expect(created.count == 2)
        #expect(await fixture.service.state.workRecords.count == fixture.state.workRecords.count + 1)
        #expect(!petitionAnswer.contains("王某某"))
        let state = await fixture.service.state
        #expect(state.workRecords[WorkRecordID(created[0])]?.subject == "办公室主任")
        #expect(state.findings[FindingID(created[1])]?.content.title == "违规发放津补贴")
        #expect(state.petitions.values.contains { $0.petitioner?.name == "王某某" && $0.inspectionID == inspection.id })
    }

    @Test func theOfficeOpensATermAdoptsItsPlanAndPlansARoundThroughTheAPI() async throws {
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"])
        let current = try #require(fixture.state.terms.values.sorted { $0.window.end < $1.window.end }.last)
        let start = current.window.end.adding(days: 1)
        let end = start.adding(days: 5 * 365)
        let targets = fixture.state.organizations.values.filter { $0.inScope && $0.parentID == current.committeeID }.map(\.id.rawValue).sorted()
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let head = fixture.headers("u-office-head", language: "zh")
        let (term, plan, round, summary) = try await app.test(.router) { client in
            let termBody = #"{"name":"下一届","committeeID":"\#(current.committeeID)","start":"\#(start.iso)","end":"\#(end.iso)"}"#
            let (term, summary) = try await client.execute(uri: "/v1/terms", method: .post, headers: head, body: ByteBuffer(string: termBody)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                let answer = try JSONDecoder().decode(WorkflowOutcomeAnswer.self, from: Data(buffer: response.body))
                return (answer.created.first ?? "", answer.events.first?.summary ?? "")
            }
            let targetList = targets.map { "\"\($0)\"" }.joined(separator: ",")
            let plan = try await client.execute(uri: "/v1/terms/\(term)/plans", method: .post, headers: head,
                                                body: ByteBuffer(string: #"{"scope":"term","title":"本届巡察规划","targetIDs":[\#(targetList)]}"#)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return try JSONDecoder().decode(WorkflowOutcomeAnswer.self, from: Data(buffer: response.body)).created.first ?? ""
            }
            let roundBody = #"{"number":1,"kind":"regular","title":"第一轮巡察","start":"\#(start.adding(days: 60).iso)","end":"\#(start.adding(days: 120).iso)"}"#
            let round = try await client.execute(uri: "/v1/terms/\(term)/rounds", method: .post, headers: head, body: ByteBuffer(string: roundBody)) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return try JSONDecoder().decode(WorkflowOutcomeAnswer.self, from: Data(buffer: response.body)).created.first ?? ""
            }
            return (term, plan, round, summary)
        }
        let state = await fixture.service.state
        #expect(state.terms[TermID(term)]?.window == DayWindow(start: start, end: end))
        #expect(state.plans[PlanID(plan)]?.termID == TermID(term))
        #expect(state.rounds[RoundID(round)]?.termID == TermID(term))
        #expect(summary.contains("开启届次"))
    }

    @Test func aRevisionWithAStaleETagIsRefusedAndChangesNothing() async throws {
        let probe = try await APITests.Fixture(accounts: [])
        let (inspection, member, _) = try Self.fieldwork(probe.state)
        let fixture = try await APITests.Fixture(accounts: [member.id.rawValue])
        let inspector = try #require(member.inspectorID)
        let category = try #require(fixture.state.taxonomy.leaves.first).code
        let headers = fixture.headers(member.id.rawValue)
        @Sendable func draft(_ title: String) -> ByteBuffer {
            ByteBuffer(string: #"""
            {"title":"\#(title)","manifestation":"公车私用","qualification":"违反中央八项规定精神","basis":"《条例》","evidence":[{"title":"车辆轨迹","reference":"附件3"}],"responsibilityType":"direct",
             "responsibleParty":"办公室","organizationID":"\#(inspection.targetID)","categoryCode":"\#(category)","severity":"moderate","scope":"individual",
             "source":{"kind":"dataComparison","reference":"车辆轨迹比对"},"foundBy":["\#(inspector)"],"foundOn":"\#(fixture.today.iso)"}
            """#)
        }
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let (finding, statuses) = try await app.test(.router) { client in
            let finding = try await client.execute(uri: "/v1/inspections/\(inspection.id)/findings", method: .post, headers: headers, body: draft("公车私用")) { response in
                #expect(response.status == .ok, "\(String(buffer: response.body))")
                return try JSONDecoder().decode(OutcomeLines.self, from: Data(buffer: response.body)).created.first ?? ""
            }
            let read = try await client.execute(uri: "/v1/findings/\(finding)", method: .get, headers: headers) { $0.headers[.eTag] ?? "" }
            var stale = headers
            stale[.ifMatch] = "\"0000000000000000\""
            let refused = try await client.execute(uri: "/v1/findings/\(finding)/revision", method: .post, headers: stale, body: draft("改一")) { $0.status }
            var current = headers
            current[.ifMatch] = read
            let (revised, newTag) = try await client.execute(uri: "/v1/findings/\(finding)/revision", method: .post, headers: current, body: draft("改二")) {
                ($0.status, $0.headers[.eTag] ?? "")
            }
            // The first reader's tag is now stale too: the second writer cannot overwrite unseen.
            let late = try await client.execute(uri: "/v1/findings/\(finding)/revision", method: .post, headers: current, body: draft("改三")) { $0.status }
            return (finding, [refused, revised, late, read.isEmpty || newTag.isEmpty || newTag == read ? .internalServerError : .ok])
        }
        #expect(statuses == [.preconditionFailed, .ok, .preconditionFailed, .ok])
        #expect(await fixture.service.state.findings[FindingID(finding)]?.content.title == "改二")
    }

    /// A workflow answer as a client reads it.
    struct WorkflowOutcomeAnswer: Decodable {
        struct Line: Decodable {
            let kind: String
            let summary: String
        }

        let events: [Line]
        let created: [String]
    }

    /// The part of a workflow answer the tests read.
    struct OutcomeLines: Decodable {
        let created: [String]
    }
}
