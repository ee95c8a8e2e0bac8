import InspectionKit

/// Brings the OpenAPI document up to date with the code: the workflow routes from the catalog, the reads' answers and
/// operationIds from `ReadOperations`, the component schemas from the SDK's public shapes, and the 401 answer with its
/// `WWW-Authenticate` header. The committed `openapi.json` must be a fixed point of `apply` (a test checks it).
enum OpenAPIAssembly {
    /// Applies the generated parts to `document`, leaving the hand-written ones (summaries, parameters) as they are.
    static func apply(to document: inout [String: Any]) {
        var paths = document["paths"] as? [String: [String: Any]] ?? [:]
        for (path, operations) in WorkflowCatalog.openAPIOperations { paths[path, default: [:]].merge(operations) { _, new in new } }
        for entry in ReadOperations.all {
            guard var operation = paths[entry.path]?["get"] as? [String: Any] else { continue }
            operation["operationId"] = entry.operation
            var responses = operation["responses"] as? [String: Any] ?? [:]
            responses["200"] = ["description": "OK", "content": ["application/json": ["schema": ReadOperations.schema(entry.answer)]]]
            operation["responses"] = responses
            paths[entry.path]?["get"] = operation
        }
        if var health = paths["/health"]?["get"] as? [String: Any] {
            health["operationId"] = "getHealth"
            paths["/health"]?["get"] = health
        }
        for (path, operations) in paths {
            for (method, value) in operations {
                guard var operation = value as? [String: Any], var responses = operation["responses"] as? [String: Any], responses["401"] != nil else { continue }
                responses["401"] = ["$ref": "#/components/responses/Unauthorized"]
                operation["responses"] = responses
                paths[path]?[method] = operation
            }
        }
        document["paths"] = paths
        var components = document["components"] as? [String: Any] ?? [:]
        components["schemas"] = ReadOperations.components
        var responses = components["responses"] as? [String: Any] ?? [:]
        responses["Unauthorized"] = [
            "description": "No valid bearer token: RFC 9457 problem details, and a challenge naming the scheme",
            "headers": ["WWW-Authenticate": ["description": "Bearer realm=\"inspectionkit\"", "schema": ["type": "string"]]],
            "content": ["application/problem+json": ["schema": ["$ref": "#/components/schemas/Problem"]]],
        ]
        components["responses"] = responses
        document["components"] = components
    }
}
