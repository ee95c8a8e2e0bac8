import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
@testable import InspectionKitWeb
import Testing

/// The overview's choices: a day to see the record as of, and a reporting period whose figures are the same summary
/// the command line's `stats summary` gives.
@Suite("The workbench: the overview's periods")
struct DashboardPageTests {
    @Test func aPeriodShowsTheSameSummaryAsTheCommandLineAndAnUnreadableOneIsRefused() async throws {
        let fixture = try await WorkbenchFixture(passwords: ["u-office-head"])
        let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
        let year = (Int(try await fixture.service.read { $0.today.iso }.prefix(4)) ?? 2026) - 1
        let period = try #require(ReportingPeriod(named: String(year)))
        let summary = try await fixture.service.read { engine in try engine.periodSummary(period, as: head) }
        try await fixture.application.test(.router) { client in
            let browser = Browser(client)
            try await browser.signIn("u-office-head")
            let page = try await browser.get("/dashboard?period=\(year)&lang=en")
            #expect(page.status == .ok && page.body.contains("The year \(year)"), "\(page.status)")
            for (figure, value) in [("Findings", summary.findingCount), ("Items closed", summary.itemsClosed), ("Inspections fed back", summary.inspectionsFedBack)] {
                #expect(page.body.contains(#"<td>\#(figure)</td><td class="number">\#(value)</td>"#), "\(figure) is \(value), as the summary says")
            }
            let refused = try await browser.get("/dashboard?period=someday")
            #expect(refused.status == .unprocessableContent && refused.body.contains("[input.invalid]") && refused.body.contains("someday"))
        }
    }
}
