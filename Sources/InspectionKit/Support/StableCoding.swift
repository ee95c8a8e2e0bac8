/// A JSON object key made from any string.
struct StableKey: CodingKey, Hashable {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

/// An enum whose cases are written as stable words (`"fieldwork"`, not `4`), read from the word or — for records
/// written before words were pinned — from the integer the case had then.
public protocol StableWordCoded: CaseIterable, Hashable {
    /// The word this case is written as; never change it once released (add a new case instead).
    var stableWord: String { get }
    /// The integer an earlier format wrote for this case, if it wrote one.
    var legacyCode: Int? { get }
}

extension StableWordCoded {
    /// The case written as `word`, if any.
    public init?(stableWord word: String) {
        guard let found = Self.allCases.first(where: { $0.stableWord == word }) else { return nil }
        self = found
    }

    /// Decodes a word, or a legacy integer.
    static func decodeStableWord(from decoder: any Decoder) throws -> Self {
        let container = try decoder.singleValueContainer()
        if let word = try? container.decode(String.self) {
            guard let found = Self(stableWord: word) else {
                let words = Self.allCases.map(\.stableWord).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(word)' is not one of: \(words)")
            }
            return found
        }
        let code = try container.decode(Int.self)
        guard let found = Self.allCases.first(where: { $0.legacyCode == code }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(code) is not a code of an earlier format")
        }
        return found
    }

    /// Encodes the word.
    func encodeStableWord(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(stableWord)
    }
}

/// Reads a tagged value — `{"kind":"year","year":2025}` — or the shape an earlier format wrote for the same case,
/// `{"year":{"_0":2025}}` (Swift's synthesized enum encoding, which named each case and numbered unlabelled values).
struct TaggedReader {
    /// The case's stable word (current form) or Swift case name (earlier form).
    let kind: String
    /// Whether the value is in the earlier form.
    let isLegacy: Bool
    private let fields: KeyedDecodingContainer<StableKey>

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StableKey.self)
        if let kind = try container.decodeIfPresent(String.self, forKey: StableKey("kind")) {
            self.kind = kind
            isLegacy = false
            fields = container
        } else {
            guard container.allKeys.count == 1, let key = container.allKeys.first else {
                throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                                        debugDescription: "expected an object with a \"kind\""))
            }
            kind = key.stringValue
            isLegacy = true
            fields = try container.nestedContainer(keyedBy: StableKey.self, forKey: key)
        }
    }

    /// The field `name` (current form) or `legacy` (earlier form: `_0` for the first unlabelled value, or its label).
    func field<T: Decodable>(_ name: String, legacy: String = "_0") throws -> T {
        try fields.decode(T.self, forKey: StableKey(isLegacy ? legacy : name))
    }

    /// An error naming an unknown case.
    func unknown(_ decoder: any Decoder, expected: [String]) -> DecodingError {
        DecodingError.dataCorrupted(DecodingError.Context(codingPath: decoder.codingPath,
                                                          debugDescription: "'\(kind)' is not one of: \(expected.joined(separator: ", "))"))
    }
}

/// Writes a tagged value: `{"kind":"…", fields…}`.
struct TaggedWriter {
    private var container: KeyedEncodingContainer<StableKey>

    init(_ encoder: any Encoder, kind: String) throws {
        container = encoder.container(keyedBy: StableKey.self)
        try container.encode(kind, forKey: StableKey("kind"))
    }

    /// Writes one field.
    mutating func field(_ name: String, _ value: some Encodable) throws {
        try container.encode(value, forKey: StableKey(name))
    }
}

extension KeyedEncodingContainer where Key == StableKey {
    /// Encodes a set as an array sorted by its elements' words or raw values, so equal sets always write the same bytes.
    mutating func encodeSorted<T: Encodable & Hashable>(_ set: Set<T>, forKey key: String, by order: (T) -> String) throws {
        try encode(set.sorted { order($0) < order($1) }, forKey: StableKey(key))
    }
}
