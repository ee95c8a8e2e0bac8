import Testing
@testable import InspectionKit
import InspectionKitSamples

/// The projection from events: the sample district's index holds exactly the approved findings, with statuses from
/// their items, whether built event by event or from a snapshot.
@Suite struct FindingStatisticsProjectionTests {
    static let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)

    @Test func indexesEveryApprovedFindingWithItsRectificationStatus() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let engine = driver.engine
        let projection = engine.statistics
        #expect(projection.refusals.isEmpty)
        let approved = engine.state.findings.values.filter(\.isApproved)
        #expect(!approved.isEmpty)
        #expect(projection.index.count == approved.count)
        for finding in approved {
            let key = try #require(projection.keys[finding.id])
            let fact = try #require(projection.index.fact(key))
            let items = engine.state.rectificationItems.values.filter { $0.findingID == finding.id }
            #expect(fact.status == FindingFact.status(of: Array(items)))
            #expect(fact.organization == finding.content.organizationID.rawValue)
            #expect(fact.category == finding.content.categoryCode)
        }
        let statuses = Set(projection.index.facts.map(\.status))
        #expect(statuses.count >= 3, "the sample district should show findings in several statuses, saw \(statuses)")
    }

    @Test func aSnapshotRestoresTheSameStatistics() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let replayed = try Engine(replaying: driver.engine.journal)
        let restored = Engine(restoring: driver.engine.state)
        let query = FindingQuery(groupBy: [.round, .category(depth: 0)], measures: FindingMeasures(overdueOn: SampleDistrict.defaultToday, daysToClose: [.median]))
        let live = try driver.engine.findingStatistics(query, as: Self.head)
        #expect(try replayed.findingStatistics(query, as: Self.head) == live)
        #expect(try restored.findingStatistics(query, as: Self.head) == live)
        #expect(live.rows.reduce(0) { $0 + $1.count } == driver.engine.state.findings.values.filter(\.isApproved).count)
    }

    @Test func theDashboardFamiliesAnswerForTheOffice() throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        let engine = driver.engine
        let common = try engine.commonProblems(as: Self.head)
        #expect(!common.rows.isEmpty)
        #expect(zip(common.rows, common.rows.dropFirst()).allSatisfy { ($0.distinctOrganizations ?? 0) >= ($1.distinctOrganizations ?? 0) })
        let overview = try engine.rectificationOverview(by: .organization(depth: 1), as: Self.head)
        #expect(overview.rows.allSatisfy { $0.overdue != nil && $0.daysToClose.count == 2 })
        let leads = try engine.leadDispositions(as: district.cast.disciplineCommission)
        #expect(leads.registered == engine.state.leads.count)
        #expect(leads.notHandedOver + leads.awaiting + leads.byDisposition.values.reduce(0, +) == leads.registered)
        let accountability = try engine.accountabilitySummary(as: Self.head)
        #expect(accountability.byForm.values.reduce(0, +) == engine.state.accountability.count)
        let relapse = try engine.relapseSummary(as: Self.head)
        #expect(relapse.relapsedItems <= relapse.checkedItems)
        if let organization = engine.state.findings.values.first(where: \.isApproved)?.content.organizationID {
            let profile = try engine.politicalEcologyProfile(of: organization, as: Self.head)
            #expect(!profile.rows.isEmpty)
        }
    }

    @Test func refusesStatisticsToATeamMemberNamingTheRule() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let member = Actor(id: "u-INS-001", name: "组员", role: .teamMember, inspectorID: "INS-001")
        #expect(throws: DomainError.self) { try driver.engine.findingStatistics(FindingQuery(), as: member) }
        do {
            _ = try driver.engine.leadDispositions(as: member)
            Issue.record("a team member read lead statistics")
        } catch {
            #expect(error.rule == .accessRole)
        }
    }

    @Test func refusesAQueryNamingAnUnknownOrganization() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        do {
            _ = try driver.engine.findingStatistics(FindingQuery(filter: FindingFilter(organizations: ["不存在的单位"])), as: Self.head)
            Issue.record("a query over an unknown organization succeeded")
        } catch {
            #expect(error.rule == .invalidInput)
            #expect(error.message.en.contains("不存在的单位"))
        }
    }
}
