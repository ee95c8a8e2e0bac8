import Foundation
import Testing
@testable import InspectionKit
import InspectionKitSamples

/// Exchange between levels (上下联动): a county's package carries findings and their status but no leads or
/// petitions, and the city takes it in idempotently.
@Suite struct ExchangeTests {
    static let countyHead = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
    static let cityOffice = Actor(id: "city-office", name: "市委巡察办", role: .office, isOfficeHead: true)

    static func city() throws -> Engine {
        var engine = try Engine(clock: ManualTimeSource(day: SampleDistrict.defaultToday))
        try engine.execute(Command(actor: cityOffice, intent: .registerOrganization(.init(id: "SZ", name: "中共三州市委员会", kind: .countyCommittee, parentID: nil, region: "三州"))))
        return engine
    }

    @Test func exportsTheApprovedFindingsButNoLeadsOrPetitions() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let package = try driver.engine.exchangePackage(as: Self.countyHead)
        #expect(package.findings.count == driver.engine.state.findings.values.filter(\.isApproved).count)
        #expect(package.version == ExchangePackage.currentVersion)
        let json = String(decoding: try JSONEncoder().encode(package), as: UTF8.self)
        for lead in driver.engine.state.leads.values { #expect(!json.contains(lead.id.rawValue)) }
        for petition in driver.engine.state.petitions.values { #expect(!json.contains(petition.id.rawValue)) }
    }

    @Test func theCityTakesInACountyPackageIdempotently() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let package = try driver.engine.exchangePackage(as: Self.countyHead)
        var city = try Self.city()
        try city.execute(Command(actor: Self.cityOffice, intent: .importExchangePackage(package)))
        let once = try city.findingStatistics(FindingQuery(groupBy: [.organization(depth: 0)], measures: FindingMeasures(overdueOn: city.today)), as: Self.cityOffice)
        #expect(once.rows.map(\.keys.first?.name) == ["\(package.source):\(package.source)"])
        #expect(once.rows.first?.count == package.findings.count)
        try city.execute(Command(actor: Self.cityOffice, intent: .importExchangePackage(package)))
        let twice = try city.findingStatistics(FindingQuery(groupBy: [.organization(depth: 0)], measures: FindingMeasures(overdueOn: city.today)), as: Self.cityOffice)
        #expect(twice == once)
        // A later package from the same county replaces the earlier one.
        var later = package
        later.findings.removeLast(10)
        try city.execute(Command(actor: Self.cityOffice, intent: .importExchangePackage(later)))
        #expect(city.statistics.index.count == package.findings.count - 10)
        // The import survives a snapshot.
        #expect(Engine(restoring: city.state).statistics.index.facts.count == city.statistics.index.count)
    }

    @Test func refusesAPackageOfANewerVersion() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        var package = try driver.engine.exchangePackage(as: Self.countyHead)
        package.version = ExchangePackage.currentVersion + 1
        var city = try Self.city()
        try assertRefusal(.exchangePackage, package, into: &city)
    }

    @Test func refusesAPackageWithAnUnknownCategory() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        var package = try driver.engine.exchangePackage(as: Self.countyHead)
        package.findings[0].category = "9.9.9"
        var city = try Self.city()
        try assertRefusal(.exchangePackage, package, into: &city)
    }

    @Test func refusesAFindingOutsideThePackagesOrganizations() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        var package = try driver.engine.exchangePackage(as: Self.countyHead)
        package.findings[0].organization = "somewhere-else"
        var city = try Self.city()
        try assertRefusal(.exchangePackage, package, into: &city)
    }

    @Test func refusesAnImportByATeamMember() throws {
        let (_, driver) = try SampleDistrict.engine(size: .small)
        let package = try driver.engine.exchangePackage(as: Self.countyHead)
        var city = try Self.city()
        try assertRefusal(.accessRole, package, into: &city, as: Actor(id: "m", name: "组员", role: .teamMember, inspectorID: "I1"))
    }

    func assertRefusal(_ rule: RuleID, _ package: ExchangePackage, into city: inout Engine, as actor: Actor = cityOffice,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = city.state
        do {
            try city.execute(Command(actor: actor, intent: .importExchangePackage(package)))
            Issue.record("the package was accepted", sourceLocation: sourceLocation)
        } catch {
            #expect(error.rule == rule, "\(error)", sourceLocation: sourceLocation)
        }
        #expect(city.state == before, sourceLocation: sourceLocation)
    }
}
