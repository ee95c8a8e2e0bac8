import Foundation
import InspectionKit
import InspectionKitSamples
import InspectionKitJSON
import Testing

/// `inspect stats`, `export` and `import` run as built, over the demo store and a city store that takes it in.
@Suite("inspect stats, export and import")
struct StatisticsCommandLineTests {
    private func run(_ arguments: [String], store: URL, as user: String? = "u-office-head", lang: String = "en") throws -> InspectProcess.Output {
        try InspectProcess.run(arguments, store: store, as: user, lang: lang)
    }

    private func demoStore() throws -> URL { try InspectProcess.demoStore() }

    private func events(_ store: URL) throws -> Int {
        let opened = try JSONEventStore(at: store, keys: InspectProcess.keys, mode: .readOnly, create: false)
        defer { opened.close() }
        return try opened.lastSequence()
    }

    private func total(_ json: String) throws -> Int {
        let result = try JSONDecoder().decode(FindingQueryResult.self, from: Data(json.utf8))
        return result.rows.reduce(0) { $0 + $1.count }
    }

    @Test func groupsFindingsByTwoDimensionsInBothLanguagesAndJSON() throws {
        let store = try demoStore()
        let all = try run(["stats", "findings", "--format", "json"], store: store)
        #expect(all.status == 0, "\(all.err)")
        let byAreaAndSeverity = try run(["stats", "findings", "--by", "area", "--by", "severity", "--with-overdue", "--percentiles", "50,90", "--format", "json"], store: store)
        #expect(try total(byAreaAndSeverity.out) == total(all.out))
        let chinese = try run(["stats", "rectification", "--by", "org:1"], store: store, lang: "zh")
        #expect(chinese.status == 0 && chinese.out.contains("整改率") && chinese.out.contains("逾期"))
        let english = try run(["stats", "common", "--top", "3"], store: store)
        #expect(english.status == 0 && english.out.contains("Organizations"))
        let texts = try run(["stats", "common", "--texts"], store: store)
        #expect(texts.status == 0, "\(texts.err)")
        for family in ["leads", "accountability", "relapse"] {
            #expect(try run(["stats", family], store: store).status == 0)
        }
    }

    @Test func summarizesAYearAsAnOfficeReportsItAndAgreesWithTheFindingStatisticsOfThatYear() throws {
        let store = try demoStore()
        // The demo lives in the present: its years are the last few before today.
        let thisYear = Day(date: Date(), utcOffsetSeconds: 8 * 3_600).components.year
        var years = 0
        for year in (thisYear - 3)...thisYear {
            let json = try run(["stats", "summary", "--year", String(year), "--format", "json"], store: store)
            #expect(json.status == 0, "\(json.err)")
            let summary = try JSONDecoder().decode(PeriodSummary.self, from: Data(json.out.utf8))
            #expect(summary.period.window == DayWindow(start: Day(year: year, month: 1, day: 1) ?? Day(number: 0), end: Day(year: year, month: 12, day: 31) ?? Day(number: 0)))
            let findings = try run(["stats", "findings", "--year", String(year), "--format", "json"], store: store)
            let byRange = try run(["stats", "findings", "--from", "\(year)-01-01", "--to", "\(year)-12-31", "--by", "area", "--format", "json"], store: store)
            let (plain, ranged) = (try total(findings.out), try total(byRange.out))
            #expect(summary.findingCount == plain && summary.findingCount == ranged, "\(year)")
            if summary.findingCount > 0 { years += 1 }
            let halves = try ["H1", "H2"].map { half in
                try JSONDecoder().decode(PeriodSummary.self, from: Data(try run(["stats", "summary", "--period", "\(year)\(half)", "--format", "json"], store: store).out.utf8))
            }
            #expect(halves.map(\.findingCount).reduce(0, +) == summary.findingCount && halves.map(\.rulesBuilt).reduce(0, +) == summary.rulesBuilt)
            #expect(halves.map(\.peopleHeldAccountable).reduce(0, +) == summary.peopleHeldAccountable)
        }
        #expect(years >= 2, "the sample district spans several years")
        let lastYear = thisYear - 1
        let chinese = try run(["stats", "summary", "--year", String(lastYear)], store: store, lang: "zh")
        #expect(chinese.status == 0 && chinese.out.contains("\(lastYear)年巡察工作情况（截至\(lastYear)-12-31）") && chinese.out.contains("发现问题") && chinese.out.contains("问责"))
        let english = try run(["stats", "summary", "--year", String(lastYear)], store: store)
        #expect(english.out.contains("Inspection work in the year \(lastYear)") && english.out.contains("Findings:"))
        let none = try run(["stats", "summary"], store: store)
        #expect(none.status == 64 && none.err.contains("--year"))
        let bad = try run(["stats", "summary", "--period", "2025H3"], store: store)
        #expect(bad.status == 64 && bad.err.contains("2025H3"))
        let member = try run(["stats", "summary", "--year", "2025"], store: store, as: "u-INS-003")
        #expect(member.status == 2 && member.err.contains("[access."))
    }

    @Test func refusesStatisticsToATeamMemberAndBadArgumentsClearly() throws {
        let store = try demoStore()
        let before = try events(store)
        let member = try run(["stats", "findings"], store: store, as: "u-INS-001")
        #expect(member.status == 2 && member.err.contains("[access.role]"))
        let dimension = try run(["stats", "findings", "--by", "weather"], store: store)
        #expect(dimension.status == 64)
        let organization = try run(["stats", "findings", "--org", "NOPE"], store: store)
        #expect(organization.status == 1 && organization.err.contains("NOPE"))
        let percentile = try run(["stats", "findings", "--percentiles", "150"], store: store)
        #expect(percentile.status == 64 && percentile.err.contains("150"))
        #expect(try events(store) == before)
    }

    @Test func aCityTakesInTheCountysExportOnceHoweverOftenItIsImported() throws {
        let county = try demoStore()
        let package = county.appendingPathComponent("../package-\(UUID().uuidString).json").standardizedFileURL
        let exported = try run(["export", "--to", package.path], store: county)
        #expect(exported.status == 0, "\(exported.err)")
        let countyTotal = try total(try run(["stats", "findings", "--format", "json"], store: county).out)

        let city = FileManager.default.temporaryDirectory.appendingPathComponent("inspect-city-\(UUID().uuidString)")
        #expect(try run(["store", "init", "--admin", "city", "--name", "市委巡察办主任"], store: city, as: nil).status == 0)
        #expect(try run(["org", "add", "--id", "SZ", "--name", "中共三州市委员会", "--kind", "countyCommittee", "--region", "三州", "--out-of-scope"], store: city, as: "city").status == 0)
        #expect(try run(["import", package.path], store: city, as: "city").status == 0)
        #expect(try run(["import", package.path], store: city, as: "city").status == 0)
        let cityStats = try run(["stats", "findings", "--by", "org:0", "--format", "json"], store: city, as: "city")
        #expect(try total(cityStats.out) == countyTotal)

        let before = try events(city)
        let broken = county.appendingPathComponent("../broken-\(UUID().uuidString).json").standardizedFileURL
        try Data("{\"format\": \"inspectionkit.exchange\", \"version\": 1}".utf8).write(to: broken)
        let refused = try run(["import", broken.path], store: city, as: "city")
        #expect(refused.status == 4 && refused.err.contains("source"))
        let ownPackage = try run(["import", package.path], store: county)
        #expect(ownPackage.status == 1 && ownPackage.err.contains("[exchange.package]"))
        #expect(try events(city) == before)
    }
}

/// `inspect audit show` prints what happened without what is confidential.
@Suite("inspect audit")
struct AuditCommandLineTests {
    @Test func showsSummariesWithoutPetitionersOrLeadContent() throws {
        let store = try InspectProcess.demoStore()
        let (_, driver) = try SampleDistrict.engine(size: .standard)
        let trail = try InspectProcess.run(["audit", "show", "--last", "100000", "--format", "json"], store: store, as: "u-auditor")
        #expect(trail.status == 0, "\(trail.err)")
        #expect(trail.out.contains("\"kind\" : \"handover.leadRegistered\""))
        for petition in driver.engine.state.petitions.values {
            if let name = petition.petitioner?.name { #expect(!trail.out.contains(name)) }
            #expect(!trail.out.contains(petition.content))
        }
        for lead in driver.engine.state.leads.values { #expect(!trail.out.contains(lead.summary)) }
        let chinese = try InspectProcess.run(["audit", "show", "--last", "5"], store: store, as: "u-auditor", lang: "zh")
        #expect(chinese.status == 0 && chinese.out.contains("事件"))
        #expect(try InspectProcess.run(["audit", "show"], store: store, as: "u-INS-001").status == 2)
    }
}
