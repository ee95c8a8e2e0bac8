import Testing
@testable import InspectionKit

@Suite("Calendar days")
struct DayTests {
    @Test func parsesAndPrintsISODates() throws {
        let day = try #require(Day(iso: "2024-02-29"))
        #expect(day.iso == "2024-02-29")
        #expect(day.number == 19_782)
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2024-13-01") == nil)
        #expect(Day(iso: "24-01-01") == nil)
        #expect(Day(iso: "yesterday") == nil)
    }

    @Test func addsMonthsClampingToTheMonthEnd() throws {
        let jan31 = try #require(Day(iso: "2024-01-31"))
        #expect(jan31.adding(months: 1).iso == "2024-02-29")
        #expect(jan31.adding(months: 12).iso == "2025-01-31")
        #expect(jan31.adding(months: -2).iso == "2023-11-30")
    }

    @Test func turnsInstantsIntoChinaStandardTimeDays() throws {
        // 2024-03-01 17:00 UTC is already 2024-03-02 in Beijing.
        let instant = ManualTimeSource.noon(of: try #require(Day(iso: "2024-03-01"))).addingTimeInterval(13 * 3_600)
        #expect(Day(date: instant, utcOffsetSeconds: 8 * 3_600).iso == "2024-03-02")
        #expect(Day(date: instant, utcOffsetSeconds: 0).iso == "2024-03-01")
    }

    @Test func roundTripsEveryDayOfFourHundredYears() {
        var day = Day(year: 1900, month: 1, day: 1) ?? Day(number: 0)
        for _ in 0..<(146_097) {
            let c = day.components
            #expect(Day(year: c.year, month: c.month, day: c.day) == day)
            day = day.adding(days: 1)
        }
    }
}
