import Foundation
import InspectionKit
@testable import InspectionKitHTTP
import Testing

/// The committed OpenAPI document carries every workflow route exactly as the catalog generates it.
/// `INSPECTIONKIT_WRITE_OPENAPI=1 swift test --filter WorkflowOpenAPITests` rewrites the document after a catalog change.
@Suite struct WorkflowOpenAPITests {
    static let documentURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/InspectionKitHTTP/OpenAPI/openapi.json")

    static func canonical(_ value: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes]), as: UTF8.self)
    }

    @Test func theCommittedDocumentIsAsGeneratedFromTheCode() throws {
        let committed = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.documentURL)) as? [String: Any])
        var document = committed
        OpenAPIAssembly.apply(to: &document)
        if ProcessInfo.processInfo.environment["INSPECTIONKIT_WRITE_OPENAPI"] == "1" {
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try (data + Data("\n".utf8)).write(to: Self.documentURL)
            return
        }
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let committedPaths = try #require(committed["paths"] as? [String: [String: Any]])
        for (path, operations) in paths {
            #expect(try Self.canonical(committedPaths[path] as Any) == Self.canonical(operations),
                    "\(path) differs from the code: run INSPECTIONKIT_WRITE_OPENAPI=1 swift test --filter WorkflowOpenAPITests")
        }
        #expect(try Self.canonical(committed["components"] as Any) == Self.canonical(document["components"] as Any),
                "the components differ from the code: run INSPECTIONKIT_WRITE_OPENAPI=1 swift test --filter WorkflowOpenAPITests")
    }

    @Test func everyOperationHasAnOperationIdAndNoAnswerIsABareObject() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.data)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        var ids: [String] = []
        for (path, operations) in paths {
            for (method, value) in operations {
                let operation = try #require(value as? [String: Any])
                let id = operation["operationId"] as? String
                #expect(id != nil, "\(method.uppercased()) \(path) has no operationId")
                ids += id.map { [$0] } ?? []
            }
        }
        #expect(Set(ids).count == ids.count, "operationIds are unique")
        // Walk every schema: an object schema always says what it holds (properties, or the shape of its members).
        func bare(_ value: Any, at path: String) -> [String] {
            if let object = value as? [String: Any] {
                var found: [String] = []
                if object["type"] as? String == "object", object["properties"] == nil, !(object["additionalProperties"] is [String: Any]) {
                    found.append(path)
                }
                for (key, member) in object { found += bare(member, at: "\(path)/\(key)") }
                return found
            }
            if let array = value as? [Any] { return array.enumerated().flatMap { bare($1, at: "\(path)/\($0)") } }
            return []
        }
        let bareObjects = bare(document, at: "#")
        #expect(bareObjects.isEmpty, "bare objects: \(bareObjects)")
    }

    @Test func everySampleBodyPassesItsSchemaAndBuildsACommand() throws {
        for route in WorkflowCatalog.all {
            guard let body = route.body else { continue }
            #expect(throws: Never.self, "\(route.path)") { try body.check(route.sampleBody) }
            #expect(throws: Never.self, "\(route.path)") { _ = try route.intent("X-1", WorkflowBody(route.sampleBody), "digest") }
        }
    }

    @Test func theSchemaNamesTheFirstOffendingFieldAtAnyDepth() throws {
        let schema = WorkflowCatalog.findingContent
        guard case .object(var fields) = schema.example else { Issue.record("not an object"); return }
        fields["source"] = .object(["kind": .string("rumour"), "reference": .string("x")])
        #expect(throws: BodyViolation.self) { try schema.check(.object(fields)) }
        do {
            try schema.check(.object(fields))
        } catch {
            #expect(error.field == "source.kind")
        }
        fields["evidence"] = .array([.object(["title": .string("t"), "reference": .string("r"), "extra": .bool(true)])])
        fields["source"] = nil
        do {
            try schema.check(.object(fields))
        } catch {
            #expect(error.field == "evidence[0].extra")
        }
    }
}

/// One road for writes: every intent the core accepts is a workflow route of the catalog, and the API has no other
/// write route (every POST of the served document is the catalog's).
@Suite struct WorkflowCoverageTests {
    @Test func everyIntentOfTheCoreHasAWorkflowRoute() throws {
        var kinds: [IntentKind: String] = [:]
        for route in WorkflowCatalog.all {
            kinds[try route.intent("X-1", WorkflowBody(route.sampleBody), "digest").kind] = route.path
        }
        let missing = IntentKind.allCases.filter { kinds[$0] == nil }.map(\.rawValue)
        #expect(missing.isEmpty, "intents without a route: \(missing)")
    }

    @Test func everyPostOfTheServedDocumentIsACatalogRoute() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.data)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        let posts = Set(paths.filter { $0.value["post"] != nil }.keys)
        #expect(posts == Set(WorkflowCatalog.all.map { "/v1/" + $0.path }))
        let operations = paths.values.flatMap { $0.values.compactMap { ($0 as? [String: Any])?["operationId"] as? String } }
        #expect(Set(operations).isSuperset(of: WorkflowCatalog.all.map(\.operation)))
    }
}
