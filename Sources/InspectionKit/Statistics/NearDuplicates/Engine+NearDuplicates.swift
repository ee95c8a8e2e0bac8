/// Near-identical finding texts across organizations ("from the individual find the general").
extension Engine {
    /// Clusters of approved findings whose titles and descriptions are near-identical across organizations.
    public func nearDuplicateFindings(threshold: Double = 0.7, minimumOrganizations: Int = 2, as actor: Actor) throws(DomainError) -> [CommonProblemText] {
        try AccessPolicy.authorizeRead(actor, .statistics, state: state, today: today)
        guard (0.0...1.0).contains(threshold), minimumOrganizations >= 1 else {
            throw DomainError(.invalidInput, zh: "相似度阈值应在 0 到 1 之间，单位数至少为 1。", en: "The threshold lies between 0 and 1, and at least one organization is needed.")
        }
        let texts: [NearDuplicateClustering.Text] = state.findings.values.filter(\.isApproved).sorted { $0.id < $1.id }.compactMap { finding in
            guard let key = statistics.keys[finding.id], let inspection = state.inspections[finding.inspectionID] else { return nil }
            return NearDuplicateClustering.Text(key: key, organization: finding.content.organizationID.rawValue, round: inspection.roundID.rawValue,
                                                text: finding.content.title + "：" + finding.content.manifestation)
        }
        var findings: [UInt32: FindingID] = [:]
        for (id, key) in statistics.keys { findings[key] = id }
        return NearDuplicateClustering(threshold: threshold, minimumOrganizations: minimumOrganizations).clusters(of: texts).map { cluster in
            CommonProblemText(findings: cluster.keys.compactMap { findings[$0] }, organizations: cluster.organizations.map { OrganizationID($0) },
                              rounds: cluster.rounds.map { RoundID($0) }, text: cluster.representative)
        }
    }
}

/// 共性问题（文本） — findings in several organizations whose texts are near-identical.
public struct CommonProblemText: Hashable, Sendable, Codable {
    /// The findings, in identifier order.
    public var findings: [FindingID]
    /// The organizations they were found in.
    public var organizations: [OrganizationID]
    /// The rounds they were found in.
    public var rounds: [RoundID]
    /// The first finding's title and description.
    public var text: String
}
