import InspectionKit

/// 请求体格式 — the JSON shape of a workflow's request body, written once: the server checks bodies against it (naming
/// the first offending field) and the OpenAPI document is generated from it.
indirect enum BodySchema: Sendable {
    /// A string of at least `minLength` characters.
    case text(minLength: Int)
    /// One of these strings.
    case choice([String])
    /// A whole number in the range.
    case number(ClosedRange<Int>)
    /// One of these whole numbers.
    case numberChoice([Int])
    /// true or false.
    case flag
    /// A day, `YYYY-MM-DD`.
    case day
    /// An array of values of one shape, with at least `minItems` of them.
    case list(BodySchema, minItems: Int)
    /// An object with exactly these fields (the required ones present, no others).
    case object([BodyField])
    /// Any one of these shapes (a word, or the integer an earlier version wrote for it).
    case either([BodySchema])
    /// An array of many records of one shape (a package's findings), up to `maxItems`.
    case records(BodySchema, maxItems: Int)

    /// A non-empty string.
    static let name = BodySchema.text(minLength: 1)
    /// A record's identifier.
    static let id = BodySchema.text(minLength: 1)

    /// The raw values of a string-backed enumeration.
    static func cases<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> BodySchema where E.RawValue == String {
        .choice(type.allCases.map(\.rawValue))
    }

    /// The stable words of a word-coded enumeration (severities, forms, notice kinds: words, never their integers).
    static func cases<E: StableWordCoded>(_ type: E.Type) -> BodySchema {
        .choice(type.allCases.map(\.stableWord))
    }

    /// A list of identifiers.
    static func ids(minItems: Int = 0) -> BodySchema { .list(.id, minItems: minItems) }
}

/// One field of an object body.
struct BodyField: Sendable {
    let name: String
    let schema: BodySchema
    let required: Bool
    /// Whether the body's example shows it (a day in the past would make every example past work).
    var inExample = true

    /// A field that must be present.
    static func required(_ name: String, _ schema: BodySchema) -> BodyField { BodyField(name: name, schema: schema, required: true) }
    /// A field that may be left out.
    static func optional(_ name: String, _ schema: BodySchema) -> BodyField { BodyField(name: name, schema: schema, required: false) }
    /// A field that may be left out and that examples leave out.
    static func unexampled(_ name: String, _ schema: BodySchema) -> BodyField { BodyField(name: name, schema: schema, required: false, inExample: false) }
}

/// What was wrong with a body: the field's path and the problem in both languages.
struct BodyViolation: Error, Sendable {
    let field: String
    let zh: String
    let en: String
}

extension BodySchema {
    /// Checks `value` against the schema; the first violation names its field (`$` is the body itself).
    func check(_ value: JSONValue, at path: String = "$") throws(BodyViolation) {
        func fail(_ zh: String, _ en: String) -> BodyViolation { BodyViolation(field: path, zh: zh, en: en) }
        switch (self, value) {
        case (.text(let minLength), .string(let text)):
            guard text.count >= minLength else { throw fail("至少 \(minLength) 个字符。", "at least \(minLength) characters.") }
            guard text.count <= 20_000 else { throw fail("不得超过 20000 个字符。", "at most 20,000 characters.") }
        case (.choice(let values), .string(let text)):
            guard values.contains(text) else { throw fail("应为 \(values.joined(separator: "、")) 之一。", "expected one of \(values.joined(separator: ", ")).") }
        case (.number(let range), .integer(let number)):
            guard range.contains(number) else {
                throw fail("应在 \(range.lowerBound) 到 \(range.upperBound) 之间。", "expected \(range.lowerBound) to \(range.upperBound).")
            }
        case (.numberChoice(let values), .integer(let number)):
            guard values.contains(number) else {
                let list = values.map(String.init)
                throw fail("应为 \(list.joined(separator: "、")) 之一。", "expected one of \(list.joined(separator: ", ")).")
            }
        case (.flag, .bool):
            break
        case (.day, .string(let text)):
            guard Day(iso: text) != nil else { throw fail("应为日期 YYYY-MM-DD。", "expected a date, YYYY-MM-DD.") }
        case (.list(let element, let minItems), .array(let items)):
            guard items.count >= minItems else { throw fail("至少 \(minItems) 项。", "at least \(minItems) items.") }
            guard items.count <= 1_000 else { throw fail("不得超过 1000 项。", "at most 1,000 items.") }
            for (position, item) in items.enumerated() { try element.check(item, at: "\(path)[\(position)]") }
        case (.either(let shapes), _):
            guard shapes.contains(where: { (try? $0.check(value, at: path)) != nil }) else {
                throw fail("不符合任何允许的格式。", "matches none of the allowed shapes.")
            }
        case (.records(let element, let maxItems), .array(let items)):
            guard items.count <= maxItems else { throw fail("不得超过 \(maxItems) 项。", "at most \(maxItems) items.") }
            for (position, item) in items.enumerated() { try element.check(item, at: "\(path)[\(position)]") }
        case (.object(let fields), .object(let members)):
            let known = Set(fields.map(\.name))
            if let unknown = members.keys.sorted().first(where: { !known.contains($0) }) {
                throw BodyViolation(field: Self.join(path, unknown), zh: "未知字段（可用：\(fields.map(\.name).joined(separator: "、"))）。",
                                    en: "unknown field (allowed: \(fields.map(\.name).joined(separator: ", "))).")
            }
            for field in fields {
                guard let member = members[field.name] else {
                    if field.required { throw BodyViolation(field: Self.join(path, field.name), zh: "缺少此字段。", en: "missing.") }
                    continue
                }
                try field.schema.check(member, at: Self.join(path, field.name))
            }
        default:
            throw fail("应为\(typeName.zh)，而不是 \(value.typeName)。", "expected \(typeName.en), found \(value.typeName).")
        }
    }

    private static func join(_ path: String, _ name: String) -> String { path == "$" ? name : "\(path).\(name)" }

    private var typeName: (zh: String, en: String) {
        switch self {
        case .text, .choice, .day: ("字符串", "a string")
        case .number, .numberChoice: ("整数", "a whole number")
        case .flag: ("布尔值", "true or false")
        case .list, .records: ("数组", "an array")
        case .either: ("允许的格式之一", "one of the allowed shapes")
        case .object: ("对象", "an object")
        }
    }

    /// The schema as an OpenAPI 3.1 (JSON Schema) object.
    var openAPI: [String: Any] {
        switch self {
        case .text(let minLength): ["type": "string", "minLength": minLength, "maxLength": 20_000]
        case .choice(let values): ["type": "string", "enum": values]
        case .number(let range): ["type": "integer", "minimum": range.lowerBound, "maximum": range.upperBound]
        case .numberChoice(let values): ["type": "integer", "enum": values]
        case .flag: ["type": "boolean"]
        case .day: ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .list(let element, let minItems): ["type": "array", "items": element.openAPI, "minItems": minItems, "maxItems": 1_000]
        case .records(let element, let maxItems): ["type": "array", "items": element.openAPI, "maxItems": maxItems]
        case .either(let shapes): ["oneOf": shapes.map(\.openAPI)]
        case .object(let fields):
            [
                "type": "object",
                "additionalProperties": false,
                "required": fields.filter(\.required).map(\.name),
                "properties": Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.schema.openAPI) }),
            ]
        }
    }
}

extension BodySchema {
    /// A body that satisfies the schema, with every optional field present: for documentation and tests.
    var example: JSONValue {
        switch self {
        case .text(let minLength): .string(String(repeating: "示", count: max(minLength, 2)))
        case .choice(let values): .string(values.first ?? "")
        case .number(let range): .integer(range.lowerBound)
        case .numberChoice(let values): .integer(values.first ?? 0)
        case .flag: .bool(true)
        case .day: .string("2026-03-02")
        case .list(let element, let minItems): .array(Array(repeating: element.example, count: max(minItems, 1)))
        case .records(let element, _): .array([element.example])
        case .either(let shapes): shapes.first?.example ?? .null
        case .object(let fields): .object(Dictionary(uniqueKeysWithValues: fields.filter(\.inExample).map { ($0.name, $0.schema.example) }))
        }
    }
}
