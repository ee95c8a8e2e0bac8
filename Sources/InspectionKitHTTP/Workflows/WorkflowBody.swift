import InspectionKit

/// A request body that has passed its `BodySchema`: typed reads of its fields. A read that still fails (a schema
/// and a route out of step) is a 422 naming the field, never a crash.
struct WorkflowBody: Sendable {
    let fields: [String: JSONValue]
    let path: String

    init(_ value: JSONValue, path: String = "") {
        if case .object(let fields) = value { self.fields = fields } else { fields = [:] }
        self.path = path
    }

    private func field(_ name: String) -> String { path.isEmpty ? name : "\(path).\(name)" }

    private func missing(_ name: String) -> BodyViolation { BodyViolation(field: field(name), zh: "缺少此字段或类型不符。", en: "missing or of the wrong type.") }

    func string(_ name: String) throws(BodyViolation) -> String {
        guard case .string(let text)? = fields[name] else { throw missing(name) }
        return text
    }

    func optionalString(_ name: String) -> String? {
        if case .string(let text)? = fields[name] { text } else { nil }
    }

    func integer(_ name: String) throws(BodyViolation) -> Int {
        guard case .integer(let number)? = fields[name] else { throw missing(name) }
        return number
    }

    func bool(_ name: String, default value: Bool) -> Bool {
        if case .bool(let flag)? = fields[name] { flag } else { value }
    }

    func day(_ name: String) throws(BodyViolation) -> Day {
        guard let day = optionalDay(name) else { throw missing(name) }
        return day
    }

    func optionalDay(_ name: String) -> Day? {
        optionalString(name).flatMap { Day(iso: $0) }
    }

    func strings(_ name: String) -> [String] {
        guard case .array(let items)? = fields[name] else { return [] }
        return items.compactMap { if case .string(let text) = $0 { text } else { nil } }
    }

    func ids<Entity>(_ name: String, as _: Entity.Type = Entity.self) -> [Identifier<Entity>] {
        strings(name).map { Identifier<Entity>($0) }
    }

    func objects(_ name: String) -> [WorkflowBody] {
        guard case .array(let items)? = fields[name] else { return [] }
        return items.enumerated().map { WorkflowBody($0.element, path: "\(field(name))[\($0.offset)]") }
    }

    func object(_ name: String) -> WorkflowBody? {
        guard let value = fields[name], case .object = value else { return nil }
        return WorkflowBody(value, path: field(name))
    }

    /// A string-backed enumeration's case.
    func value<E: RawRepresentable>(_ name: String, as _: E.Type = E.self) throws(BodyViolation) -> E where E.RawValue == String {
        guard let value = E(rawValue: try string(name)) else { throw missing(name) }
        return value
    }

    /// The string-backed enumeration cases listed under `name`.
    func values<E: RawRepresentable>(_ name: String, as _: E.Type = E.self) -> [E] where E.RawValue == String {
        strings(name).compactMap(E.init(rawValue:))
    }

    /// A stable word, or the integer an earlier version wrote for it.
    func word<E: StableWordCoded>(_ name: String, as _: E.Type = E.self) throws(BodyViolation) -> E {
        if let text = optionalString(name), let found = E(stableWord: text) { return found }
        if let code = try? integer(name), let found = E.allCases.first(where: { $0.legacyCode == code }) { return found }
        throw missing(name)
    }
}
