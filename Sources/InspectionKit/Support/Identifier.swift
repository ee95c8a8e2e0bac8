/// A typed identifier: the phantom `Entity` keeps an organization's id from being passed where an inspector's is expected.
public struct Identifier<Entity>: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The identifier as stored and shown, e.g. `ORG-0001`.
    public let rawValue: String

    /// Wraps an identifier string.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Wraps an identifier string.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Wraps a string literal, for tests and examples.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// Decodes from a bare JSON string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes as a bare JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw identifier.
    public var description: String { rawValue }

    /// Orders identifiers by their raw string.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A user of the system (a person who logs in or is named as an actor).
public enum UserTag {}

/// Identifies a user account.
public typealias UserID = Identifier<UserTag>

extension Identifier: CodingKeyRepresentable {
    /// The identifier as a dictionary key in JSON (so maps keyed by id encode as JSON objects).
    public var codingKey: any CodingKey { IdentifierKey(stringValue: rawValue) }

    /// An identifier from a JSON object key.
    public init?<T: CodingKey>(codingKey: T) { self.init(rawValue: codingKey.stringValue) }
}

/// A JSON object key holding an identifier.
struct IdentifierKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}
