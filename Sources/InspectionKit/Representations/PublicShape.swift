import Foundation

/// 公开表示的格式 — the JSON shape a record is written in wherever it leaves the SDK (the HTTP API, the CLI's
/// `--format json`), declared once: the API's OpenAPI components are generated from it, and tests check that what the
/// SDK writes has exactly this shape (every member documented, every required one present).
package indirect enum PublicShape: Sendable {
    /// A string.
    case text
    /// A day, `YYYY-MM-DD`.
    case day
    /// An instant, ISO 8601 (`2026-03-02T08:00:00Z`).
    case instant
    /// A whole number.
    case integer
    /// A number, possibly with a fraction.
    case number
    /// true or false.
    case flag
    /// One of these stable words.
    case word([String])
    /// An array of values of one shape.
    case list(PublicShape)
    /// A value of this shape, or null.
    case nullable(PublicShape)
    /// A named component (`#/components/schemas/NAME`).
    case named(String)
    /// An object with these members (the required ones always present, the others left out when there is nothing).
    case record([PublicField])
    /// Labelled counts: an object with one whole number per word, every word present.
    case counts([String])
    /// An object whose members are named by the data (e.g. a table of translations); each of one shape.
    case table(PublicShape)

    /// The stable words of a word-coded enumeration.
    package static func words<E: StableWordCoded>(_ type: E.Type) -> PublicShape { .word(E.allCases.map(\.stableWord)) }

    /// The raw values of a string-backed enumeration.
    package static func words<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> PublicShape where E.RawValue == String {
        .word(E.allCases.map(\.rawValue))
    }

    /// A list of identifiers.
    package static let ids = PublicShape.list(.text)
}

/// One member of a record.
package struct PublicField: Sendable {
    /// The member's name.
    package let name: String
    /// Its shape.
    package let shape: PublicShape
    /// Whether it is always present.
    package let required: Bool

    /// A member that is always present.
    package static func required(_ name: String, _ shape: PublicShape) -> PublicField { PublicField(name: name, shape: shape, required: true) }
    /// A member left out when there is nothing to say.
    package static func optional(_ name: String, _ shape: PublicShape) -> PublicField { PublicField(name: name, shape: shape, required: false) }
}

extension PublicShape {
    /// The shape as a JSON Schema (OpenAPI 3.1) object. Records do not forbid further members, so that a client
    /// generated today keeps reading answers that gain a member tomorrow; the tests hold the SDK to the exact shape.
    package var jsonSchema: [String: Any] {
        switch self {
        case .text: ["type": "string"]
        case .day: ["type": "string", "format": "date"]
        case .instant: ["type": "string", "format": "date-time"]
        case .integer: ["type": "integer"]
        case .number: ["type": "number"]
        case .flag: ["type": "boolean"]
        case .word(let words): ["type": "string", "enum": words]
        case .list(let element): ["type": "array", "items": element.jsonSchema]
        case .nullable(let shape): Self.nullable(shape.jsonSchema)
        case .named(let name): ["$ref": "#/components/schemas/\(name)"]
        case .record(let fields):
            [
                "type": "object",
                "required": fields.filter(\.required).map(\.name),
                "properties": Dictionary(uniqueKeysWithValues: fields.map { ($0.name, $0.shape.jsonSchema) }),
            ]
        case .counts(let words):
            [
                "type": "object",
                "required": words,
                "properties": Dictionary(uniqueKeysWithValues: words.map { ($0, ["type": "integer", "minimum": 0] as [String: Any]) }),
            ]
        case .table(let value): ["type": "object", "additionalProperties": value.jsonSchema]
        }
    }

    /// `schema` or null. OpenAPI 3.1 spells a nullable simple value as a list of types, which generated clients read
    /// as an optional.
    private static func nullable(_ schema: [String: Any]) -> [String: Any] {
        guard let type = schema["type"] as? String else { return ["oneOf": [schema, ["type": "null"]]] }
        var nullable = schema
        nullable["type"] = [type, "null"]
        return nullable
    }

    /// What in `value` (a `JSONSerialization` object) departs from the shape, strictly: a member not declared, a
    /// required one missing, a word not listed. Empty when the value has exactly this shape.
    package func violations(in value: Any, components: [String: PublicShape], at path: String = "$") -> [String] {
        func wrong(_ expected: String) -> [String] { ["\(path): expected \(expected), found \(Self.describe(value))"] }
        switch self {
        case .text:
            return value is String ? [] : wrong("a string")
        case .day:
            guard let text = value as? String else { return wrong("a day") }
            return Day(iso: text) == nil ? ["\(path): '\(text)' is not a day YYYY-MM-DD"] : []
        case .instant:
            guard let text = value as? String else { return wrong("an instant") }
            return (try? Date(text, strategy: .iso8601)) == nil ? ["\(path): '\(text)' is not an ISO 8601 instant"] : []
        case .integer:
            guard let number = value as? NSNumber, !Self.isBoolean(number), number.doubleValue == number.doubleValue.rounded() else { return wrong("a whole number") }
            return []
        case .number:
            guard let number = value as? NSNumber, !Self.isBoolean(number) else { return wrong("a number") }
            return []
        case .flag:
            guard let number = value as? NSNumber, Self.isBoolean(number) else { return wrong("true or false") }
            return []
        case .word(let words):
            guard let text = value as? String else { return wrong("a word") }
            return words.contains(text) ? [] : ["\(path): '\(text)' is not one of \(words.joined(separator: ", "))"]
        case .list(let element):
            guard let items = value as? [Any] else { return wrong("an array") }
            return items.enumerated().flatMap { element.violations(in: $1, components: components, at: "\(path)[\($0)]") }
        case .nullable(let shape):
            return value is NSNull ? [] : shape.violations(in: value, components: components, at: path)
        case .named(let name):
            guard let shape = components[name] else { return ["\(path): no component named \(name)"] }
            return shape.violations(in: value, components: components, at: path)
        case .record(let fields):
            guard let members = value as? [String: Any] else { return wrong("an object") }
            let declared = Set(fields.map(\.name))
            var found = members.keys.filter { !declared.contains($0) }.sorted().map { "\(path).\($0): not declared" }
            for field in fields {
                guard let member = members[field.name] else {
                    if field.required { found.append("\(path).\(field.name): missing") }
                    continue
                }
                found += field.shape.violations(in: member, components: components, at: "\(path).\(field.name)")
            }
            return found
        case .counts(let words):
            guard let members = value as? [String: Any] else { return wrong("an object of counts") }
            guard Set(members.keys) == Set(words) else { return ["\(path): counts \(members.keys.sorted()) instead of \(words)"] }
            return members.flatMap { PublicShape.integer.violations(in: $1, components: components, at: "\(path).\($0)") }
        case .table(let shape):
            guard let members = value as? [String: Any] else { return wrong("an object") }
            return members.flatMap { shape.violations(in: $1, components: components, at: "\(path).\($0)") }
        }
    }

    /// JSONSerialization reads `true` and `false` as a boolean kind of NSNumber (`__NSCFBoolean` on every platform).
    private static func isBoolean(_ number: NSNumber) -> Bool { String(describing: type(of: number)).contains("Boolean") }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is String: "a string"
        case let number as NSNumber: isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "\(type(of: value))"
        }
    }
}
