import Testing
@testable import InspectionKit
import InspectionKitSamples

/// Near-identical finding texts across organizations are clustered; different texts and single organizations are not.
@Suite struct NearDuplicateClusteringTests {
    typealias Text = NearDuplicateClustering.Text

    static let texts: [Text] = [
        Text(key: 1, organization: "青溪镇", round: "R1", text: "村务公开不及时，2023年第三季度财务收支未按规定公示。"),
        Text(key: 2, organization: "白沙镇", round: "R1", text: "村务公开不及时，2023年第三季度财务收支未按规定公示"),
        Text(key: 3, organization: "石桥镇", round: "R2", text: "村务公开不及时，2023年第三季度的财务收支未按规定公示。"),
        Text(key: 4, organization: "石桥镇", round: "R2", text: "公务用车管理混乱，存在私车公养、加油卡使用无台账的情况。"),
        Text(key: 5, organization: "石桥镇", round: "R2", text: "干部选拔任用程序不规范，考察谈话范围不够。"),
        Text(key: 6, organization: "石桥镇", round: "R3", text: "干部选拔任用程序不规范，考察谈话范围不够！"),
    ]

    @Test func clustersNearIdenticalTextsAcrossOrganizations() {
        let clusters = NearDuplicateClustering().clusters(of: Self.texts)
        #expect(clusters.count == 1)
        #expect(clusters.first?.keys == [1, 2, 3])
        #expect(clusters.first?.organizations == ["白沙镇", "石桥镇", "青溪镇"])
        #expect(clusters.first?.rounds == ["R1", "R2"])
    }

    @Test func keepsSameOrganizationRepeatsOutUnlessAskedFor() {
        let clusters = NearDuplicateClustering(minimumOrganizations: 1).clusters(of: Self.texts)
        #expect(clusters.map(\.keys) == [[1, 2, 3], [5, 6]])
    }

    @Test func estimatesSimilarity() {
        let first = MinHashSignature(Self.texts[0].text)
        #expect(first.similarity(to: MinHashSignature(Self.texts[1].text)) == 1)
        #expect(first.similarity(to: MinHashSignature(Self.texts[3].text)) < 0.2)
    }

    @Test func findsCommonProblemTextsInTheSampleDistrict() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
        let clusters = try driver.engine.nearDuplicateFindings(minimumOrganizations: 2, as: head)
        for cluster in clusters {
            #expect(cluster.organizations.count >= 2)
            #expect(cluster.findings.count >= 2)
        }
        #expect(throws: DomainError.self) { try driver.engine.nearDuplicateFindings(threshold: 2, as: head) }
    }
}
