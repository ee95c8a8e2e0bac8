import InspectionKit

/// 工作环节表单 — the catalog's steps for frontends that post HTML forms (the workbench): a step by its operation id,
/// the fields its form has, and the very command the API builds from a JSON body, so that a form and a `POST /v1/…`
/// cannot differ. A step that issues a secret or takes a password is not offered as a form.
public struct WorkflowStep: Sendable {
    let route: WorkflowRoute

    /// The OpenAPI operation id (`updateRectification`, `signOffCloseOut`, …).
    public var operation: String { route.operation }
    /// The API path under `/v1` the same step is posted to.
    public var path: String { route.path }
    /// What the step does, in English.
    public var summary: String { route.summary }
    /// Whether the step names a record (`{id}` in its path).
    public var takesID: Bool { route.takesID }
    /// The form's fields, in the body's order (`reason` and `occurredOn` last).
    public var fields: [FormField] {
        guard case .object(let fields)? = route.body else { return [] }
        return fields.map { FormField(name: $0.name, kind: FormField.Kind($0.schema), required: $0.required) }
    }

    /// The kind of command the step runs (the same kind the command line's command for it runs).
    public var intentKind: IntentKind? { (try? route.intent("X-1", WorkflowBody(route.sampleBody), ""))?.kind }

    /// Whether the access policy lets `actor` take this step on record `id` today — what a page asks before offering
    /// the step's form. The core still decides the step itself when it is posted (its stage, its dates, its content).
    public func allows(_ actor: Actor, id: String, state: InspectionState, today: Day) -> Bool {
        guard let intent = try? route.intent(id, WorkflowBody(route.sampleBody), "") else { return false }
        return (try? AccessPolicy.authorize(actor, intent, state: state, today: today)) != nil
    }

    /// Every step that can be a form.
    public static var all: [WorkflowStep] {
        WorkflowCatalog.all.filter { !$0.issuesSecret && !$0.hashesPassword }.map(WorkflowStep.init)
    }

    /// The step with operation id `operation`, if it can be a form.
    public static func named(_ operation: String) -> WorkflowStep? {
        all.first { $0.operation == operation }
    }

    /// The command `actor` asks for by posting `form` on record `id`: the form's fields become the JSON body the API
    /// would take, checked against the same schema, and the same intent is built from it. Throws ``FormProblem`` naming
    /// the field when the form is incomplete or malformed (and the core's `DomainError` as it is).
    public func command(id: String, form: [String: String], actor: Actor) throws -> Command {
        let body = try Self.body(form, schema: route.body ?? .object([]))
        do {
            try route.body?.check(body)
            let checked = WorkflowBody(body)
            return Command(actor: actor, intent: try route.intent(id, checked, ""), reason: checked.optionalString("reason") ?? "",
                           occurredOn: checked.optionalDay("occurredOn"))
        } catch let violation as BodyViolation {
            throw FormProblem(field: violation.field, message: LocalizedText(zh: violation.zh, en: violation.en))
        }
    }

    /// The JSON body a form stands for: texts and choices as strings, numbers as integers, a checked box as true,
    /// lists split at commas or lines or checked one by one as `name.N`, an object's fields as `name.field`, and a list of
    /// objects' as `name.N.field` (or, for one item, `name.field`).
    static func body(_ form: [String: String], schema: BodySchema) throws(FormProblem) -> JSONValue {
        guard case .object(let fields) = schema else { return .object([:]) }
        var members: [String: JSONValue] = [:]
        for field in fields {
            if let value = try value(of: field.name, schema: field.schema, in: form) { members[field.name] = value }
        }
        return .object(members)
    }

    private static func value(of name: String, schema: BodySchema, in form: [String: String]) throws(FormProblem) -> JSONValue? {
        let text = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch schema {
        case .text, .choice, .day:
            return text.isEmpty ? nil : .string(text)
        case .number, .numberChoice:
            guard !text.isEmpty else { return nil }
            guard let number = Int(text) else {
                throw FormProblem(field: name, message: LocalizedText(zh: "应为整数。", en: "must be a whole number."))
            }
            return .integer(number)
        case .flag:
            return .bool(["on", "true", "1", "yes"].contains(text.lowercased()))
        case .list(.object(let fields), _), .records(.object(let fields), _):
            let inner = prefixed(name, form)
            let rows = indexed(inner)
            var items: [JSONValue] = []
            for row in rows.isEmpty ? [inner] : rows {
                let item = try body(row, schema: .object(fields))
                if case .object(let members) = item, !members.isEmpty { items.append(item) }
            }
            return items.isEmpty ? nil : .array(items)
        case .list:
            let checked = indexed(prefixed(name, form)).compactMap { $0[""] }
            let parts = (text.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0.isNewline }).map(String.init) + checked)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return parts.isEmpty ? nil : .array(parts.map(JSONValue.string))
        case .object:
            let object = try body(prefixed(name, form), schema: schema)
            guard case .object(let members) = object, !members.isEmpty else { return nil }
            return object
        case .either, .records:
            throw FormProblem(field: name, message: LocalizedText(zh: "此项不能通过表单填写，请使用接口或命令行。", en: "this field cannot be given in a form: use the API or the command line."))
        }
    }

    /// Entries numbered `N.field` (or just `N`, kept under the empty name) as one dictionary per number, in order.
    private static func indexed(_ form: [String: String]) -> [[String: String]] {
        var rows: [Int: [String: String]] = [:]
        for (key, value) in form {
            let parts = key.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let number = Int(parts[0]), number >= 0, number < 10_000 else { continue }
            rows[number, default: [:]][parts.count > 1 ? String(parts[1]) : ""] = value
        }
        return rows.keys.sorted().compactMap { rows[$0] }
    }

    /// The form's `name.field` entries as `field` entries.
    private static func prefixed(_ name: String, _ form: [String: String]) -> [String: String] {
        var inner: [String: String] = [:]
        for (key, value) in form where key.hasPrefix(name + ".") { inner[String(key.dropFirst(name.count + 1))] = value }
        return inner
    }
}

/// One field of a step's form.
public struct FormField: Sendable, Hashable {
    /// The field's name (as in the API's body).
    public let name: String
    /// What it takes.
    public let kind: Kind
    /// Whether it must be filled in.
    public let required: Bool

    /// What a field takes.
    public enum Kind: Sendable, Hashable {
        /// Free text.
        case text
        /// One of these words.
        case choice([String])
        /// A whole number.
        case number
        /// Yes or no.
        case flag
        /// A day.
        case day
        /// Several values, separated by commas or lines.
        case list
        /// Fields of their own, named `name.field`.
        case group([FormField])
        /// Not available in a form.
        case unavailable

        init(_ schema: BodySchema) {
            switch schema {
            case .text: self = .text
            case .choice(let words): self = .choice(words)
            case .number, .numberChoice: self = .number
            case .flag: self = .flag
            case .day: self = .day
            case .list(.object(let fields), _), .records(.object(let fields), _), .object(let fields):
                self = .group(fields.map { FormField(name: $0.name, kind: Kind($0.schema), required: $0.required) })
            case .list: self = .list
            case .either, .records: self = .unavailable
            }
        }
    }
}

/// What was wrong with a posted form: the field and the problem in both languages.
public struct FormProblem: Error, Sendable {
    /// The field (`$` for the form as a whole).
    public let field: String
    /// What was wrong.
    public let message: LocalizedText
}
