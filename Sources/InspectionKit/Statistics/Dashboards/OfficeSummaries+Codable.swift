/// The public representation of the office's summaries: counts per kind as labelled objects with every kind present
/// (`{"caseFiled":3,"closed":6,…}`), not Swift's alternating array of keys and values.
extension LeadDispositionSummary {
    private enum Keys: String, CodingKey { case registered, notHandedOver, byDisposition, awaiting, overdue }

    /// Reads the summary.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        registered = try container.decode(Int.self, forKey: .registered)
        notHandedOver = try container.decode(Int.self, forKey: .notHandedOver)
        byDisposition = try LabelledCounts.decode(container, .byDisposition) { DispositionKind(rawValue: $0) }
        awaiting = try container.decode(Int.self, forKey: .awaiting)
        overdue = try container.decode(Int.self, forKey: .overdue)
    }

    /// Writes the summary.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(registered, forKey: .registered)
        try container.encode(notHandedOver, forKey: .notHandedOver)
        try container.encode(LabelledCounts.object(byDisposition, word: \.rawValue), forKey: .byDisposition)
        try container.encode(awaiting, forKey: .awaiting)
        try container.encode(overdue, forKey: .overdue)
    }
}

extension AccountabilitySummary {
    private enum Keys: String, CodingKey { case byForm, rulesBuilt }

    /// Reads the summary.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        byForm = try LabelledCounts.decode(container, .byForm) { AccountabilityForm(stableWord: $0) }
        rulesBuilt = try LabelledCounts.decode(container, .rulesBuilt) { RuleChangeKind(rawValue: $0) }
    }

    /// Writes the summary.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(LabelledCounts.object(byForm, word: \.stableWord), forKey: .byForm)
        try container.encode(LabelledCounts.object(rulesBuilt, word: \.rawValue), forKey: .rulesBuilt)
    }
}

/// Counts per case of an enumeration, written as an object with every case present.
enum LabelledCounts {
    /// The object for `counts`: every case's word, zero when absent.
    static func object<K: CaseIterable & Hashable>(_ counts: [K: Int], word: (K) -> String) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: K.allCases.map { (word($0), counts[$0] ?? 0) })
    }

    /// Reads the object back, keeping the non-zero counts; an unknown word is an error.
    static func decode<K: Hashable, C: CodingKey>(_ container: KeyedDecodingContainer<C>, _ key: C, _ parse: (String) -> K?) throws -> [K: Int] {
        var counts: [K: Int] = [:]
        for (word, count) in try container.decode([String: Int].self, forKey: key) where count != 0 {
            guard let kind = parse(word) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(word)' is not a known kind")
            }
            counts[kind] = count
        }
        return counts
    }
}
