/// The public representation of a statistics answer: dimensions as tagged words (`{"kind":"organization","depth":1}`),
/// keys of enumerated dimensions as their stable words, and status counts as a labelled object.
extension FindingQueryResult {
    private enum Keys: String, CodingKey { case dimensions, percentiles, rows }

    /// Reads an answer in its public representation.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        dimensions = try container.decode([FindingDimension].self, forKey: .dimensions)
        percentiles = try container.decode([Percentile].self, forKey: .percentiles)
        var rows: [FindingGroup] = []
        var list = try container.nestedUnkeyedContainer(forKey: .rows)
        while !list.isAtEnd {
            let row = try list.nestedContainer(keyedBy: FindingGroup.Keys.self)
            let counts = try row.decode([String: Int].self, forKey: .statusCounts)
            rows.append(FindingGroup(
                keys: try row.decode([FindingGroupKey].self, forKey: .keys), count: try row.decode(Int.self, forKey: .count),
                statusCounts: FindingStatus.allCases.map { counts[$0.stableWord] ?? 0 }, recurrent: try row.decode(Int.self, forKey: .recurrent),
                overdue: try row.decodeIfPresent(Int.self, forKey: .overdue),
                distinctOrganizations: try row.decodeIfPresent(Int.self, forKey: .distinctOrganizations),
                daysToClose: try row.decode([Int?].self, forKey: .daysToClose)))
        }
        self.rows = rows
    }

    /// Writes the answer in its public representation.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(dimensions, forKey: .dimensions)
        try container.encode(percentiles, forKey: .percentiles)
        var list = container.nestedUnkeyedContainer(forKey: .rows)
        for group in rows {
            var row = list.nestedContainer(keyedBy: FindingGroup.Keys.self)
            let keys = zip(group.keys, dimensions).map { key, dimension in
                FindingGroupKey(code: key.code, name: dimension.stableWord(forCode: key.code) ?? key.name)
            }
            try row.encode(keys, forKey: .keys)
            try row.encode(group.count, forKey: .count)
            try row.encode(Dictionary(uniqueKeysWithValues: FindingStatus.allCases.map { ($0.stableWord, group.count($0)) }), forKey: .statusCounts)
            try row.encode(group.recurrent, forKey: .recurrent)
            try row.encodeIfPresent(group.overdue, forKey: .overdue)
            try row.encodeIfPresent(group.distinctOrganizations, forKey: .distinctOrganizations)
            try row.encode(group.daysToClose, forKey: .daysToClose)
        }
    }
}

extension FindingGroup {
    /// The members of a group's public representation.
    enum Keys: String, CodingKey { case keys, count, statusCounts, recurrent, overdue, distinctOrganizations, daysToClose }
}

extension FindingDimension {
    /// The stable word of the enumerated value `code` stands for on this dimension (nil on rounds, teams and trees).
    func stableWord(forCode code: Int) -> String? {
        switch self {
        case .round, .team, .organization, .category: nil
        case .severity: Severity(rawValue: code)?.stableWord
        case .source: FindingSourceKind(rawValue: UInt8(clamping: code))?.stableWord
        case .status: FindingStatus(rawValue: UInt8(clamping: code))?.stableWord
        }
    }

    /// The dimensions' kinds as written.
    static let kinds = ["round", "team", "organization", "category", "severity", "source", "status"]

    /// Reads `{"kind":"organization","depth":1}` (or the shape an earlier version wrote).
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "round": self = .round
        case "team": self = .team
        case "organization": self = .organization(depth: try tagged.field("depth", legacy: "depth"))
        case "category": self = .category(depth: try tagged.field("depth", legacy: "depth"))
        case "severity": self = .severity
        case "source": self = .source
        case "status": self = .status
        default: throw tagged.unknown(decoder, expected: Self.kinds)
        }
    }

    /// Writes `{"kind":…}` with the depth of a tree.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .round: _ = try TaggedWriter(encoder, kind: "round")
        case .team: _ = try TaggedWriter(encoder, kind: "team")
        case .organization(let depth): var w = try TaggedWriter(encoder, kind: "organization"); try w.field("depth", depth)
        case .category(let depth): var w = try TaggedWriter(encoder, kind: "category"); try w.field("depth", depth)
        case .severity: _ = try TaggedWriter(encoder, kind: "severity")
        case .source: _ = try TaggedWriter(encoder, kind: "source")
        case .status: _ = try TaggedWriter(encoder, kind: "status")
        }
    }
}
