import InspectionKit

/// The workflow routes' part of the OpenAPI document, generated from the catalog so that it cannot drift from what
/// the server accepts (the committed `openapi.json` is checked against it by a test, which can also rewrite it).
extension WorkflowCatalog {
    /// The path items (`/v1/...` → `post` operation) of every workflow route.
    static var openAPIOperations: [String: [String: Any]] {
        var paths: [String: [String: Any]] = [:]
        for route in all {
            var parameters: [[String: Any]] = []
            if route.takesID { parameters.append(["name": "id", "in": "path", "required": true, "schema": ["type": "string", "minLength": 1]]) }
            parameters.append(["name": "Accept-Language", "in": "header", "schema": ["type": "string"], "description": "zh or en (default zh)"])
            var done: [String: Any] = [
                "description": "Done: the events recorded and the records created",
                "content": ["application/json": ["schema": ["$ref": "#/components/schemas/CommandOutcome"]]],
            ]
            var problems = ["400", "401", "403", "404", "409", "413", "422"]
            if route.version != nil {
                parameters.append(["name": "If-Match", "in": "header", "schema": ["type": "string"],
                                   "description": "the record's ETag as read; a stale one is 412 and changes nothing"])
                done["headers"] = ["ETag": ["description": "the record's version after this step", "schema": ["type": "string"]]]
                problems.append("412")
            }
            var responses: [String: Any] = [route.issuesSecret ? "201" : "200": done]
            for code in problems { responses[code] = ["$ref": "#/components/responses/Problem"] }
            var operation: [String: Any] = [
                "operationId": route.operation, "summary": route.summary, "tags": [route.tag], "parameters": parameters, "responses": responses,
            ]
            if let body = route.body {
                operation["requestBody"] = ["required": !route.bodyIsOptional, "content": ["application/json": ["schema": body.openAPI]]]
            }
            paths["/v1/" + route.path] = ["post": operation]
        }
        return paths
    }
}
