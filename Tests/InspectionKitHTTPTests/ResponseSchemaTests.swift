import Foundation
import HummingbirdTesting
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// Every answer of every read has exactly the shape the served `/openapi.json` gives it: each member documented, each
/// required one present, each word listed — checked on the sample district's real records, as several roles see them.
@Suite("Answers match the served OpenAPI document")
struct ResponseSchemaTests {
    /// A strict reader of the document's JSON Schema: an object member the schema does not declare is a violation.
    struct Checker: @unchecked Sendable {  // an immutable parsed document
        let document: [String: Any]

        func violations(_ value: Any, _ schema: [String: Any], at path: String) -> [String] {
            if let reference = schema["$ref"] as? String {
                let name = String(reference.dropFirst("#/components/schemas/".count))
                guard let components = document["components"] as? [String: Any], let schemas = components["schemas"] as? [String: Any],
                      let target = schemas[name] as? [String: Any] else { return ["\(path): unresolved \(reference)"] }
                return violations(value, target, at: path)
            }
            if let choices = schema["oneOf"] as? [[String: Any]] {
                return choices.contains { violations(value, $0, at: path).isEmpty } ? [] : ["\(path): matches no choice"]
            }
            if let words = schema["enum"] as? [String] {
                guard let text = value as? String, words.contains(text) else { return ["\(path): \(value) not in \(words)"] }
            }
            if let types = schema["type"] as? [String] {
                if value is NSNull { return types.contains("null") ? [] : ["\(path): null"] }
                var single = schema
                single["type"] = types.first { $0 != "null" }
                return violations(value, single, at: path)
            }
            switch schema["type"] as? String {
            case "string":
                guard let text = value as? String else { return ["\(path): not a string"] }
                if schema["format"] as? String == "date", Day(iso: text) == nil { return ["\(path): '\(text)' is not a date"] }
            case "integer":
                guard let number = value as? NSNumber, !Self.isBoolean(number), number.doubleValue.rounded() == number.doubleValue else { return ["\(path): not an integer"] }
            case "number":
                guard let number = value as? NSNumber, !Self.isBoolean(number) else { return ["\(path): not a number"] }
            case "boolean":
                guard let number = value as? NSNumber, Self.isBoolean(number) else { return ["\(path): not a boolean"] }
            case "null":
                guard value is NSNull else { return ["\(path): not null"] }
            case "array":
                guard let items = value as? [Any] else { return ["\(path): not an array"] }
                guard let element = schema["items"] as? [String: Any] else { return [] }
                return items.enumerated().flatMap { violations($1, element, at: "\(path)[\($0)]") }
            case "object":
                guard let members = value as? [String: Any] else { return ["\(path): not an object"] }
                let properties = schema["properties"] as? [String: Any] ?? [:]
                let additional = schema["additionalProperties"] as? [String: Any]
                var found = (schema["required"] as? [String] ?? []).filter { members[$0] == nil }.map { "\(path).\($0): missing" }
                for (name, member) in members {
                    if let property = properties[name] as? [String: Any] {
                        found += violations(member, property, at: "\(path).\(name)")
                    } else if let additional {
                        found += violations(member, additional, at: "\(path).\(name)")
                    } else {
                        found.append("\(path).\(name): not in the document")
                    }
                }
                return found
            default:
                break
            }
            return []
        }

        static func isBoolean(_ number: NSNumber) -> Bool { String(describing: type(of: number)).contains("Boolean") }

        /// Whether the document lists the status `code` among the answers of `GET path`.
        func documents(_ code: String, for path: String) -> Bool {
            let paths = document["paths"] as? [String: [String: Any]]
            let get = paths?[path]?["get"] as? [String: Any]
            return (get?["responses"] as? [String: Any])?[code] != nil
        }

        /// The schema of the 200 answer of `GET path`.
        func answerSchema(_ path: String) -> [String: Any]? {
            let paths = document["paths"] as? [String: [String: Any]]
            let get = paths?[path]?["get"] as? [String: Any]
            let ok = (get?["responses"] as? [String: Any])?["200"] as? [String: Any]
            return ((ok?["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any]
        }
    }

    @Test func everyReadAnswersInTheShapeTheDocumentGivesIt() async throws {
        let probe = try await APITests.Fixture(accounts: [])
        let state = probe.state
        let member = try #require(state.users.values.sorted { $0.id < $1.id }.first { $0.role == .teamMember })
        let orgHead = try #require(state.users.values.sorted { $0.id < $1.id }.first { $0.role == .inspectedOrg })
        let accounts = ["u-office-head", "u-office-staff", "u-discipline", "u-leading-group", member.id.rawValue, orgHead.id.rawValue]
        let fixture = try await APITests.Fixture(accounts: accounts)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.data)) as? [String: Any])
        let checker = Checker(document: document)
        let inspections = state.inspections.keys.map(\.rawValue).sorted()
        let findingID = try #require(state.findings.keys.map(\.rawValue).min())
        let leadID = try #require(state.leads.keys.map(\.rawValue).min())
        let petitionID = try #require(state.petitions.values.filter { $0.petitioner != nil }.map(\.id.rawValue).min())
        let itemID = try #require(state.rectificationItems.values.filter { !$0.closeOut.acceptedBy.isEmpty }.map(\.id.rawValue).min())
        let termID = try #require(state.terms.keys.map(\.rawValue).min())
        var requests: [(template: String, uri: String)] = [
            ("/v1/me", "/v1/me"), ("/v1/inspections", "/v1/inspections?limit=500"),
            ("/v1/findings/{id}", "/v1/findings/\(findingID)"), ("/v1/petitions/{id}", "/v1/petitions/\(petitionID)"),
            ("/v1/leads", "/v1/leads?limit=500"), ("/v1/leads/{id}", "/v1/leads/\(leadID)"),
            ("/v1/rectification-items", "/v1/rectification-items?limit=500"), ("/v1/rectification-items/{id}", "/v1/rectification-items/\(itemID)"),
            ("/v1/rectification-items/{id}/progress", "/v1/rectification-items/\(itemID)/progress?limit=5"),
            ("/v1/rectification-warnings", "/v1/rectification-warnings?limit=500"), ("/v1/deadlines", "/v1/deadlines?limit=500"),
            ("/v1/terms/{id}/coverage", "/v1/terms/\(termID)/coverage"),
            ("/v1/statistics/findings", "/v1/statistics/findings?by=org:1&by=status&withOverdue=true&percentiles=50,90"),
            ("/v1/statistics/findings", "/v1/statistics/findings?by=severity&by=source"),
            ("/v1/statistics/leads", "/v1/statistics/leads"), ("/v1/statistics/accountability", "/v1/statistics/accountability"),
            ("/v1/statistics/relapse", "/v1/statistics/relapse"), ("/v1/statistics/summary", "/v1/statistics/summary?year=2025"),
            ("/v1/exchange-package", "/v1/exchange-package"),
            ("/v1/audit", "/v1/audit?last=200"), ("/openapi.json", "/openapi.json"),
        ]
        for id in inspections {
            for suffix in ["", "/findings?limit=500", "/fed-back-findings?limit=500", "/petitions?limit=500", "/work-records?limit=500", "/recusal-report"] {
                let template = "/v1/inspections/{id}" + (suffix.split(separator: "?").first.map(String.init) ?? "")
                requests.append((template, "/v1/inspections/\(id)\(suffix)"))
            }
        }
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        let all = requests
        let (answered, problems) = try await app.test(.router) { client in
            var answered: Set<String> = []
            var problems: [String] = []
            for account in accounts {
                for request in all {
                    let found: [String]? = try await client.execute(uri: request.uri, method: .get, headers: fixture.headers(account)) { response in
                        guard response.status == .ok else {
                            let code = String(response.status.code)
                            return checker.documents(code, for: request.template) ? nil : ["GET \(request.template) answered \(code), which the document does not list"]
                        }
                        guard let schema = checker.answerSchema(request.template) else { return ["\(request.template): no answer schema"] }
                        let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body), options: [.fragmentsAllowed])
                        return Array(checker.violations(body, schema, at: "\(account) GET \(request.uri)").prefix(3))
                    }
                    guard let found else { continue }
                    if found.first?.contains("does not list") == true { problems += found; continue }
                    answered.insert(request.template)
                    problems += found
                }
            }
            return (answered, problems)
        }
        #expect(problems.isEmpty, "\(problems.prefix(10))")
        let documented = Set(ReadOperations.all.map(\.path))
        #expect(answered == documented, "answered but not listed, or listed but never answered: \(answered.symmetricDifference(documented))")
    }

    @Test func aMissingTokenIsAChallengeNamingTheBearerScheme() async throws {
        let fixture = try await APITests.Fixture(accounts: [])
        let app = Application(router: InspectionAPI.router(service: fixture.service))
        try await app.test(.router) { client in
            try await client.execute(uri: "/v1/inspections", method: .get) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == #"Bearer realm="inspectionkit""#)
            }
            try await client.execute(uri: "/v1/inspections", method: .get, headers: [.authorization: "Bearer ik_wrong"]) { response in
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] != nil)
            }
        }
    }
}
