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

    @Test func theCommittedDocumentDescribesEveryWorkflowRouteAsGenerated() throws {
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: Self.documentURL)) as? [String: Any])
        var paths = try #require(document["paths"] as? [String: [String: Any]])
        var components = try #require(document["components"] as? [String: Any])
        var schemas = try #require(components["schemas"] as? [String: Any])
        if ProcessInfo.processInfo.environment["INSPECTIONKIT_WRITE_OPENAPI"] == "1" {
            for (path, operations) in WorkflowCatalog.openAPIOperations { paths[path, default: [:]].merge(operations) { _, new in new } }
            schemas["WorkflowOutcome"] = WorkflowCatalog.outcomeSchema
            components["schemas"] = schemas
            document["paths"] = paths
            document["components"] = components
            let data = try JSONSerialization.data(withJSONObject: document, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            try (data + Data("\n".utf8)).write(to: Self.documentURL)
            return
        }
        for (path, operations) in WorkflowCatalog.openAPIOperations {
            let committed = try #require(paths[path]?["post"], "\(path) is not in openapi.json: run INSPECTIONKIT_WRITE_OPENAPI=1 swift test --filter WorkflowOpenAPITests")
            #expect(try Self.canonical(committed) == Self.canonical(operations["post"] as Any), "\(path) differs from the catalog")
        }
        #expect(try Self.canonical(schemas["WorkflowOutcome"] as Any) == Self.canonical(WorkflowCatalog.outcomeSchema))
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
