import InspectionKit

/// The read routes' part of the OpenAPI document: each `GET`'s operationId and the named shape of its answer. The
/// committed `openapi.json` is checked against this table by a test, and the answers against the document.
enum ReadOperations {
    /// What a read answers with.
    enum Answer {
        /// One record of the named shape.
        case one(String)
        /// A page of records of the named shape (`{"items":[…],"page":{…}}`).
        case page(String)
        /// A bare array of records of the named shape.
        case array(String)
    }

    /// One `GET` route.
    struct Entry {
        /// The path under the server's root.
        let path: String
        /// The operationId, a verb phrase a generated client names its method after.
        let operation: String
        /// What it answers with.
        let answer: Answer
    }

    /// Every authenticated read, by path.
    static let all: [Entry] = [
        Entry(path: "/v1/me", operation: "getMe", answer: .one("Actor")),
        Entry(path: "/v1/inspections", operation: "listInspections", answer: .page("InspectionSummary")),
        Entry(path: "/v1/inspections/{id}", operation: "getInspection", answer: .one("Inspection")),
        Entry(path: "/v1/inspections/{id}/findings", operation: "listFindings", answer: .page("Finding")),
        Entry(path: "/v1/inspections/{id}/fed-back-findings", operation: "listFedBackFindings", answer: .page("FedBackFinding")),
        Entry(path: "/v1/inspections/{id}/petitions", operation: "listPetitions", answer: .page("PetitionView")),
        Entry(path: "/v1/inspections/{id}/work-records", operation: "listWorkRecords", answer: .page("WorkRecord")),
        Entry(path: "/v1/inspections/{id}/recusal-report", operation: "getRecusalReport", answer: .array("RecusalConflict")),
        Entry(path: "/v1/findings/{id}", operation: "getFinding", answer: .one("Finding")),
        Entry(path: "/v1/petitions/{id}", operation: "getPetition", answer: .one("PetitionView")),
        Entry(path: "/v1/leads", operation: "listLeads", answer: .page("Lead")),
        Entry(path: "/v1/leads/{id}", operation: "getLead", answer: .one("Lead")),
        Entry(path: "/v1/rectification-items", operation: "listRectificationItems", answer: .page("RectificationItem")),
        Entry(path: "/v1/rectification-items/{id}", operation: "getRectificationItem", answer: .one("RectificationItem")),
        Entry(path: "/v1/rectification-items/{id}/progress", operation: "listProgressNotes", answer: .page("ProgressNote")),
        Entry(path: "/v1/rectification-warnings", operation: "listRectificationWarnings", answer: .page("ItemWarning")),
        Entry(path: "/v1/deadlines", operation: "listDeadlines", answer: .page("StageDeadline")),
        Entry(path: "/v1/terms/{id}/coverage", operation: "getCoverage", answer: .one("Coverage")),
        Entry(path: "/v1/statistics/findings", operation: "getFindingStatistics", answer: .one("FindingStatistics")),
        Entry(path: "/v1/statistics/leads", operation: "getLeadStatistics", answer: .one("LeadDispositionSummary")),
        Entry(path: "/v1/statistics/accountability", operation: "getAccountabilityStatistics", answer: .one("AccountabilitySummary")),
        Entry(path: "/v1/statistics/relapse", operation: "getRelapseStatistics", answer: .one("RelapseSummary")),
        Entry(path: "/v1/statistics/summary", operation: "getPeriodSummary", answer: .one("PeriodSummary")),
        Entry(path: "/v1/exchange-package", operation: "getExchangePackage", answer: .one("ExchangePackage")),
        Entry(path: "/v1/audit", operation: "getAuditTrail", answer: .array("AuditLine")),
        Entry(path: "/openapi.json", operation: "getOpenAPIDocument", answer: .one("OpenAPIDocument")),
    ]

    /// The schema of an answer.
    static func schema(_ answer: Answer) -> [String: Any] {
        switch answer {
        case .one(let name): ["$ref": "#/components/schemas/\(name)"]
        case .page(let name): ["$ref": "#/components/schemas/\(name)Page"]
        case .array(let name): ["type": "array", "items": ["$ref": "#/components/schemas/\(name)"]]
        }
    }

    /// The shape of this document itself, down to its operations (whose insides OpenAPI 3.1 defines).
    private static var openAPIDocument: [String: Any] {
        let anything: [String: Any] = [:]
        let operation: [String: Any] = ["type": "object", "description": "an operation, as OpenAPI 3.1 defines it", "additionalProperties": anything]
        let byName: [String: Any] = ["type": "object", "description": "components of one kind, by name", "additionalProperties": anything]
        return [
            "type": "object", "required": ["openapi", "info", "paths", "components"],
            "properties": [
                "openapi": ["type": "string"],
                "info": PublicShape.record([.required("title", .text), .required("version", .text), .optional("description", .text)]).jsonSchema,
                "servers": PublicShape.list(.record([.required("url", .text), .optional("description", .text)])).jsonSchema,
                "security": ["type": "array", "items": ["type": "object", "description": "a scheme and its scopes", "additionalProperties": PublicShape.list(.text).jsonSchema]],
                "paths": ["type": "object", "description": "the operations by path, then by method",
                          "additionalProperties": ["type": "object", "description": "a path item", "additionalProperties": operation]],
                "components": ["type": "object", "description": "schemas, responses and security schemes", "additionalProperties": byName],
            ],
        ]
    }

    /// The component schemas: the SDK's public shapes, one page per listed shape, and the API's own answers.
    static var components: [String: Any] {
        var schemas: [String: Any] = PublicSchemas.components.mapValues(\.jsonSchema)
        for entry in all {
            guard case .page(let name) = entry.answer else { continue }
            schemas["\(name)Page"] = [
                "type": "object", "required": ["items", "page"],
                "properties": ["items": ["type": "array", "items": ["$ref": "#/components/schemas/\(name)"]], "page": ["$ref": "#/components/schemas/Page"]],
            ]
        }
        schemas["Problem"] = ProblemDetails.shape.jsonSchema
        schemas["Page"] = PublicShape.record([.required("total", .integer), .required("offset", .integer), .required("limit", .integer)]).jsonSchema
        schemas["OpenAPIDocument"] = openAPIDocument
        return schemas
    }
}
