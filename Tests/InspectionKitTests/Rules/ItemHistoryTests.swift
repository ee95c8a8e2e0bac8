import Foundation
import Testing
@testable import InspectionKit

/// A rectification item keeps each change of status with the day it happened, so the ledger as of a past day shows the
/// status the item had then — and its warning by that status — not the status it has now.
@Suite("Rectification items as of a day")
struct ItemHistoryTests {
    @Test func anItemsStatusOnAPastDayIsTheStatusItHadThen() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = try #require(items.first).id
        let planned = world.today
        try world.run(world.t1Head, .updateRectification(item, status: .inProgress, note: "启动整改"), on: planned.adding(days: 5))
        try world.run(world.t1Head, .updateRectification(item, status: .rectified, note: "整改完成"), on: planned.adding(days: 12))
        let stored = try #require(world.engine.state.rectificationItems[item])
        #expect(stored.status(on: planned) == .notStarted)
        #expect(stored.status(on: planned.adding(days: 4)) == .notStarted)
        #expect(stored.status(on: planned.adding(days: 5)) == .inProgress)
        #expect(stored.status(on: planned.adding(days: 11)) == .inProgress)
        #expect(stored.status(on: planned.adding(days: 12)) == .rectified)
        #expect(stored.status(on: planned.adding(days: 400)) == .rectified, "a future day has the status of today")
        #expect(stored.asOf(planned.adding(days: -1)) == nil, "before the plan the item did not exist")
        #expect(stored.asOf(planned.adding(days: 6))?.progress.count == 1, "the notes up to the day")
        #expect(stored.statusHistory.map(\.to) == [.notStarted, .inProgress, .rectified])
    }

    @Test func theLedgerAsOfAPastDayWarnsByTheStatusThen() throws {
        var world = try World()
        let (_, items) = try world.rectifying()
        let item = try #require(items.first)
        // Closed five days after its deadline: red on the day after the deadline, gone from the warnings after it closed.
        world.clock.set(day: item.deadline.adding(days: 5))
        try world.close(item.id)
        #expect(world.engine.state.rectificationItems[item.id]?.status == .verified)
        let thenWarnings = world.engine.itemWarnings(on: item.deadline.adding(days: 1), as: world.office)
        #expect(thenWarnings.first { $0.item.id == item.id }?.level == .red, "open and overdue on that day")
        #expect(thenWarnings.first { $0.item.id == item.id }?.item.status == .notStarted)
        #expect(!world.engine.itemWarnings(as: world.office).contains { $0.item.id == item.id }, "closed today")
        let before = world.engine.rectificationItems(asOf: item.deadline.adding(days: 1), as: world.office).first { $0.id == item.id }
        #expect(before?.status == .notStarted && before?.verifiedOn == nil)
        #expect(world.engine.rectificationItems(asOf: items[0].deadline.adding(days: -400), as: world.office).isEmpty, "no item before the plan")
    }

    @Test func anItemFromAnOlderSnapshotReadsAsItStandsNow() throws {
        var world = try World()
        let (_, items) = try world.rectifying(findings: 1)
        let item = try #require(items.first)
        try world.run(world.t1Head, .updateRectification(item.id, status: .inProgress, note: "启动整改"))
        // A snapshot written before the history was kept has no statusChanges: the item reads as it stands now.
        var json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(world.engine.state.rectificationItems[item.id])) as? [String: Any])
        json["statusChanges"] = nil
        let older = try JSONDecoder().decode(RectificationItem.self, from: JSONSerialization.data(withJSONObject: json))
        #expect(older.statusHistory.isEmpty)
        #expect(older.status(on: Day(number: 0)) == .inProgress)
        #expect(older.asOf(Day(number: 0))?.status == .inProgress)
    }
}
