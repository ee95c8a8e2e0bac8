/// 共性问题文本聚类 — finds findings whose texts are near-identical across different organizations: MinHash
/// signatures of character bigrams, locality-sensitive hashing in 16 bands of 4 slots, candidate pairs confirmed by their estimated
/// similarity, and clusters as connected components.
public struct NearDuplicateClustering: Sendable {
    /// One text to cluster.
    public struct Text: Hashable, Sendable {
        /// The finding's key.
        public var key: UInt32
        /// The organization it was found in.
        public var organization: String
        /// The round it was found in.
        public var round: String
        /// The finding's text (title and description).
        public var text: String

        /// A text to cluster.
        public init(key: UInt32, organization: String, round: String, text: String) {
            self.key = key
            self.organization = organization
            self.round = round
            self.text = text
        }
    }

    /// A group of near-identical texts.
    public struct Cluster: Hashable, Sendable {
        /// The findings' keys, ascending.
        public var keys: [UInt32]
        /// The distinct organizations, sorted.
        public var organizations: [String]
        /// The distinct rounds, sorted.
        public var rounds: [String]
        /// The text of the cluster's first finding.
        public var representative: String
    }

    /// Texts at least this similar (estimated Jaccard of character bigrams) are joined.
    public var threshold: Double
    /// Clusters spanning fewer organizations than this are left out.
    public var minimumOrganizations: Int

    /// A clustering with a similarity threshold (0.7 by default) and a minimum spread over organizations (2).
    public init(threshold: Double = 0.7, minimumOrganizations: Int = 2) {
        self.threshold = threshold
        self.minimumOrganizations = minimumOrganizations
    }

    /// The clusters among `texts`, the widest spread first.
    public func clusters(of texts: [Text]) -> [Cluster] {
        clusters(of: texts, signatures: texts.map { MinHashSignature($0.text) })
    }

    /// The clusters among `texts` whose signatures are already computed (parallel arrays).
    public func clusters(of texts: [Text], signatures: [MinHashSignature]) -> [Cluster] {
        precondition(texts.count == signatures.count, "one signature per text")
        var components = UnionFind(count: texts.count)
        var buckets: [(UInt64, Int32)] = []
        buckets.reserveCapacity(texts.count)
        for band in 0..<MinHashSignature.bands {
            buckets.removeAll(keepingCapacity: true)
            for (position, signature) in signatures.enumerated() { buckets.append((signature.bandKey(band), Int32(position))) }
            buckets.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            var start = 0
            while start < buckets.count {
                var end = start + 1
                while end < buckets.count && buckets[end].0 == buckets[start].0 { end += 1 }
                let anchor = Int(buckets[start].1)
                for member in buckets[start + 1..<end] {
                    let other = Int(member.1)
                    if components.find(anchor) != components.find(other) && signatures[anchor].similarity(to: signatures[other]) >= threshold {
                        components.union(anchor, other)
                    }
                }
                start = end
            }
        }
        var members: [Int: [Int]] = [:]
        for position in texts.indices { members[components.find(position), default: []].append(position) }
        var result: [Cluster] = []
        for group in members.values where group.count > 1 {
            let organizations = Set(group.map { texts[$0].organization })
            guard organizations.count >= minimumOrganizations else { continue }
            let ordered = group.sorted { texts[$0].key < texts[$1].key }
            result.append(Cluster(keys: ordered.map { texts[$0].key }, organizations: organizations.sorted(),
                                  rounds: Set(group.map { texts[$0].round }).sorted(), representative: texts[ordered[0]].text))
        }
        return result.sorted { ($0.organizations.count, $1.keys.first ?? 0) > ($1.organizations.count, $0.keys.first ?? 0) }
    }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int32]
    private var size: [Int32]

    init(count: Int) {
        parent = (0..<count).map { Int32($0) }
        size = [Int32](repeating: 1, count: count)
    }

    mutating func find(_ element: Int) -> Int {
        var current = element
        while Int(parent[current]) != current {
            parent[current] = parent[Int(parent[current])]
            current = Int(parent[current])
        }
        return current
    }

    mutating func union(_ first: Int, _ second: Int) {
        var a = find(first)
        var b = find(second)
        guard a != b else { return }
        if size[a] < size[b] { swap(&a, &b) }
        parent[b] = Int32(a)
        size[a] += size[b]
    }
}
