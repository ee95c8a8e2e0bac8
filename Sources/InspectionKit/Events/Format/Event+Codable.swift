/// The pinned event format: `{"type":"inspection.authorized","inspection":"…","authorization":{…}}` — a stable type
/// name (``EventType``) and named fields, written explicitly rather than by Swift's synthesized enum encoding, so
/// renaming a Swift case or argument never changes what the journal holds. The golden journal under `Tests/` pins it.
extension Event: Codable {
    /// Encodes the type and the named fields.
    public func encode(to encoder: any Encoder) throws {
        var out = EventFieldWriter(encoder.container(keyedBy: StableKey.self))
        try out.type(type)
        try encodeFields(to: &out)
    }

    /// Decodes the current format, or reads an event of the first format forward (see ``LegacyEventFormat``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StableKey.self)
        let fields: EventFieldReader
        let type: EventType
        if let name = try container.decodeIfPresent(String.self, forKey: StableKey("type")) {
            guard let known = EventType(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: StableKey("type"), in: container,
                                                       debugDescription: "event type '\(name)' is unknown to this version of InspectionKit (written by a newer one?)")
            }
            type = known
            fields = EventFieldReader(container: container, legacyKeys: nil)
        } else {
            (type, fields) = try LegacyEventFormat.reader(for: container, codingPath: decoder.codingPath)
        }
        self = try Event(type: type, fields: fields)
    }
}

/// Writes an event's type and fields.
struct EventFieldWriter {
    private var container: KeyedEncodingContainer<StableKey>
    init(_ container: KeyedEncodingContainer<StableKey>) { self.container = container }
    mutating func type(_ type: EventType) throws { try container.encode(type.rawValue, forKey: StableKey("type")) }
    mutating func callAsFunction(_ name: String, _ value: some Encodable) throws { try container.encode(value, forKey: StableKey(name)) }
}

/// Reads an event's fields by their current names, from the current format or — through a legacy key table — from
/// the first format's numbered values.
struct EventFieldReader {
    let container: KeyedDecodingContainer<StableKey>
    /// Current field name → the first format's key; nil when reading the current format.
    let legacyKeys: [String: String]?
    func callAsFunction<T: Decodable>(_ name: String) throws -> T {
        try container.decode(T.self, forKey: StableKey(legacyKeys.map { $0[name] ?? name } ?? name))
    }
}
