import InspectionKit
/// Runs sample actions in day order; actions may schedule further actions (an item's close-out once the plan exists).
final class SampleScheduler {
    typealias Action = (SampleScheduler) throws(DomainError) -> Void

    private struct Entry {
        let day: Day
        let order: Int
        let action: Action
    }

    let driver: any CommandDriver
    let until: Day
    private var queue: [Entry] = []
    private var counter = 0
    private var currentDay = Day(number: Int.min / 2)

    init(driver: any CommandDriver, until: Day) {
        self.driver = driver
        self.until = until
    }

    /// Schedules `action` on `day` (after everything already scheduled for that day).
    func at(_ day: Day, _ action: @escaping Action) {
        let day = max(day, currentDay)
        guard day <= until else { return }
        counter += 1
        let entry = Entry(day: day, order: counter, action: action)
        var low = 0
        var high = queue.count
        while low < high {
            let mid = (low + high) / 2
            if (queue[mid].day, queue[mid].order) < (day, counter) { low = mid + 1 } else { high = mid }
        }
        queue.insert(entry, at: low)
    }

    /// Runs `command` on `day` as `actor`.
    @discardableResult
    func run(_ actor: Actor, _ intent: Intent, on day: Day, reason: String = "") throws(DomainError) -> [RecordedEvent] {
        try driver.run(Command(actor: actor, intent: intent, reason: reason), on: day)
    }

    /// Runs everything scheduled, in day order.
    func drain() throws(DomainError) {
        var index = 0
        while index < queue.count {
            let entry = queue[index]
            currentDay = entry.day
            try entry.action(self)
            index += 1
            // Actions may insert entries; they are never earlier than the current one's day.
        }
        queue.removeAll()
    }
}

extension Array where Element == RecordedEvent {
    /// The first event of the batch that `extract` recognizes.
    func first<T>(_ extract: (Event) -> T?) -> T? {
        for recorded in self { if let found = extract(recorded.event) { return found } }
        return nil
    }
}
