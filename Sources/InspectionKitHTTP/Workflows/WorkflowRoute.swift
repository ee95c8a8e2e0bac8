import Foundation
import Hummingbird
import InspectionKit

/// 工作环节接口 — one step of inspection work as a `POST` under `/v1`: where it is posted, the shape of its body, and
/// the command it becomes. The core decides every step (access policy and the rules of the work); the route only reads
/// the request. Routes are declared once, in `WorkflowCatalog`, and the OpenAPI document is generated from them.
struct WorkflowRoute: Sendable {
    /// The path under `/v1`, with `{id}` for the record the step acts on.
    let path: String
    /// The OpenAPI operation id.
    let operation: String
    /// The OpenAPI tag (the area of work).
    let tag: String
    /// What the step does, in English (the OpenAPI summary).
    let summary: String
    /// The body's shape. Every object body may carry `reason`, the command's stated reason (which waivers, overrides,
    /// withholding, erasure, a late disposition and past work require), and `occurredOn`, the day the thing happened
    /// (default today; a day before the office's grace period is past work, entered by the office with a reason).
    let body: BodySchema?
    /// Whether the step may be posted with no body at all (it needs nothing but may carry `reason` and `occurredOn`).
    let bodyIsOptional: Bool
    /// A body that passes the schema and builds an intent, when the schema's own example does not (for tests).
    var example: JSONValue?
    /// The largest body the step accepts, in bytes.
    let limit: Int
    /// Whether the step issues a secret (an API token): the server makes one, the intent receives its digest, and the
    /// answer carries the secret — the only time it is ever shown.
    let issuesSecret: Bool
    /// Whether the step sets a password: the body's `password` is checked against ``Passwords``' policy and hashed,
    /// and the intent receives the hash in place of a secret's digest; the password is never stored or answered.
    let hashesPassword: Bool
    /// The command's intent, from the path's `{id}`, the checked body and, for a step that issues a secret, its digest.
    let intent: @Sendable (_ id: String, _ body: WorkflowBody, _ secretDigest: String) throws -> Intent

    /// A route from its parts.
    init(path: String, operation: String, tag: String, summary: String, body: BodySchema?, example: JSONValue? = nil, limit: Int = JSONBody.limit,
         intent: @escaping @Sendable (_ id: String, _ body: WorkflowBody) throws -> Intent) {
        self.init(path: path, operation: operation, tag: tag, summary: summary, body: body, example: example, limit: limit, issuesSecret: false) { id, body, _ in
            try intent(id, body)
        }
    }

    /// A route whose intent may use the digest of a secret the server issues with the answer.
    init(path: String, operation: String, tag: String, summary: String, body: BodySchema?, example: JSONValue? = nil, limit: Int = JSONBody.limit,
         issuesSecret: Bool, hashesPassword: Bool = false, intent: @escaping @Sendable (_ id: String, _ body: WorkflowBody, _ secretDigest: String) throws -> Intent) {
        self.path = path
        self.operation = operation
        self.tag = tag
        self.summary = summary
        self.body = Self.withCommandFields(body ?? .object([]))
        bodyIsOptional = body == nil
        self.example = example
        self.limit = limit
        self.issuesSecret = issuesSecret
        self.hashesPassword = hashesPassword
        self.intent = intent
    }

    /// `schema` with the optional fields every command may carry — `reason` and `occurredOn` — unless it declares its own.
    private static func withCommandFields(_ schema: BodySchema) -> BodySchema {
        guard case .object(var fields) = schema else { return schema }
        if !fields.contains(where: { $0.name == "reason" }) { fields.append(.optional("reason", .name)) }
        if !fields.contains(where: { $0.name == "occurredOn" }) { fields.append(.unexampled("occurredOn", .day)) }
        return .object(fields)
    }

    /// A body that passes the schema and builds an intent.
    var sampleBody: JSONValue { example ?? body?.example ?? .object([:]) }

    /// Whether the path names a record.
    var takesID: Bool { path.contains("{id}") }

    /// The kind of versioned record the step acts on (`If-Match` is honoured and the answer carries its `ETag`).
    var version: RecordVersion? { RecordVersion(path: path) }

    /// The path in Hummingbird's form (`:id`).
    var routerPath: String { path.replacingOccurrences(of: "{id}", with: ":id") }
}

/// What a workflow step answers: the events it recorded (summaries never carry confidential content) and the
/// Registers every workflow route of the catalog.
struct WorkflowRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        for route in WorkflowCatalog.all {
            group.post(RouterPath(route.routerPath)) { request, context in
                try await handle(route, request, context)
            }
        }
    }

    private func handle(_ route: WorkflowRoute, _ request: Request, _ context: APIContext) async throws -> Response {
        let actor = try context.requireActor()
        let id = route.takesID ? try context.parameters.require("id") : ""
        let value = try await Self.body(of: request, schema: route.body, optional: route.bodyIsOptional, limit: route.limit, context: context)
        let secret = route.issuesSecret ? TokenSecret.generate() : nil
        var digest = secret.map(TokenSecret.digest(of:)) ?? ""
        if route.hashesPassword {
            // Who may set this password is decided before the hash is made, so that no one else can make the server
            // spend a bcrypt hash; the command is decided again, whole, when it runs.
            let state = await service.state
            do {
                try AccessPolicy.authorize(actor, .setPassword(UserID(id), digest: ""), state: state, today: service.today)
            } catch {
                throw RefusalResponse(error, language: context.language)
            }
            let password = WorkflowBody(value).optionalString("password") ?? ""
            if let problem = Passwords.problem(with: password, for: UserID(id)) {
                throw HTTPProblem.invalidBody(context.language, field: "password", zh: problem.zh, en: problem.en)
            }
            digest = try await Passwords.hash(password)
        }
        let intent: Intent
        do {
            intent = try route.intent(id, WorkflowBody(value), digest)
        } catch let violation as BodyViolation {
            throw HTTPProblem.invalidBody(context.language, field: violation.field, zh: violation.zh, en: violation.en)
        }
        let expected = request.headers[.ifMatch].flatMap { $0 == "*" ? nil : $0 }
        let reason = WorkflowBody(value).optionalString("reason") ?? ""
        let occurredOn = WorkflowBody(value).optionalDay("occurredOn")
        let (recorded, tag) = try await executeIfCurrent(Command(actor: actor, intent: intent, reason: reason, occurredOn: occurredOn), record: route.version, id: id, expected: expected,
                                                  service: service, context: context)
        let outcome = CommandOutcome(recorded, language: context.language, secret: secret)
        var headers: HTTPFields = [:]
        if let tag { headers[.eTag] = tag }
        return try JSONBody.response(outcome, status: secret == nil ? .ok : .created, headers: headers)
    }

    /// The request's body, checked against `schema` before anything is decided (an empty object when there is none,
    /// or when the body is `optional` and empty).
    static func body(of request: Request, schema: BodySchema?, optional: Bool = false, limit: Int = JSONBody.limit, context: APIContext) async throws -> JSONValue {
        guard let schema else { return .object([:]) }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPProblem.tooLarge(context.language, limit: limit)
        }
        if optional, buffer.readableBytes == 0 { return .object([:]) }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(buffer.readableBytesView))
        } catch {
            throw HTTPProblem.invalidBody(context.language, field: "$", zh: "请求体应为 JSON。", en: "the body must be JSON.", status: 400)
        }
        do {
            try schema.check(value)
        } catch {
            throw HTTPProblem.invalidBody(context.language, field: error.field, zh: error.zh, en: error.en)
        }
        return value
    }
}
