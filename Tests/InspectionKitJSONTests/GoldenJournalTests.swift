import Foundation
import InspectionKit
@testable import InspectionKitJSON
import Testing

/// The pinned event format: a committed journal of every event type must read and re-encode to the same bytes, and its
/// twin in the first format (written by the code before the format was pinned) must read as the same events.
@Suite("Event format")
struct GoldenJournalTests {
    static func fixture(_ name: String) throws -> URL {
        let root = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures", isDirectory: true)
        return root.appendingPathComponent(name)
    }

    /// How many event types the first format (before the format was pinned) had: its twin journal holds one of each.
    static let eventTypesInTheFirstFormat = 60
    /// How many event types format 2 had: its twin journal holds one of each.
    static let eventTypesInTheSecondFormat = 61

    static func lines(_ data: Data) -> [Data] {
        data.split(separator: 0x0A, omittingEmptySubsequences: true).map { Data($0) }
    }

    @Test func goldenJournalRoundTripsByteForByte() throws {
        if ProcessInfo.processInfo.environment["INSPECTIONKIT_WRITE_GOLDEN"] != nil {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/golden-journal.jsonl")
            try GoldenJournalSource.appended(to: Data(contentsOf: source)).write(to: source)
        }
        let data = try Data(contentsOf: try Self.fixture("golden-journal.jsonl"))
        let codec = JournalLineCodec()
        for (index, line) in Self.lines(data).enumerated() {
            let event = try codec.decode(line: line, lineNumber: index + 1)
            var encoded = try codec.encode(event)
            encoded.removeLast()
            #expect(encoded == line, "line \(index + 1) (\(event.event.type.rawValue)) no longer encodes to the committed bytes: the event format changed")
        }
    }

    @Test func goldenJournalHoldsEveryEventTypeOnce() throws {
        let events = try JournalLineCodec().decodeAll(Data(contentsOf: try Self.fixture("golden-journal.jsonl")))
        let types = events.map(\.event.type)
        #expect(Set(types) == Set(EventType.allCases), "missing: \(Set(EventType.allCases).subtracting(types).map(\.rawValue).sorted())")
        #expect(types.count == EventType.allCases.count)
    }

    /// `event` as a journal older than format 3 holds it: without the day it happened.
    static func withoutOccurredOn(_ event: RecordedEvent) -> RecordedEvent {
        var event = event
        event.occurredOn = nil
        if case .inspection(.stageChanged(let id, var transition)) = event.event {
            transition.on = nil
            event.event = .stageChanged(id, transition)
        }
        return event
    }

    @Test func everyEventOfTheCurrentFormatSaysTheDayItHappened() throws {
        let events = try JournalLineCodec().decodeAll(Data(contentsOf: try Self.fixture("golden-journal.jsonl")))
        for event in events {
            #expect(event.occurredOn != nil, "event \(event.sequence) (\(event.event.type.rawValue)) has no occurredOn")
            if case .inspection(.stageChanged(_, let transition)) = event.event { #expect(transition.on == event.occurredOn) }
        }
    }

    @Test func theFormat2TwinReadsAsTheSameEventsHappeningOnTheirRecordingDay() throws {
        let codec = JournalLineCodec()
        let current = try codec.decodeAll(Data(contentsOf: try Self.fixture("golden-journal.jsonl")))
        let second = try codec.decodeAll(Data(contentsOf: try Self.fixture("golden-journal-format-2.jsonl")))
        #expect(second.count == Self.eventTypesInTheSecondFormat && current.count >= second.count)
        for (old, new) in zip(second, current) {
            #expect(old.occurredOn == nil)
            #expect(old == Self.withoutOccurredOn(new), "event \(new.sequence) (\(new.event.type.rawValue)) reads differently from format 2")
            #expect(old.occurredDay(utcOffsetSeconds: 8 * 3_600) == new.occurredOn, "a format-2 event happened on its recording day")
        }
    }

    @Test func theFirstFormatTwinReadsAsTheSameEvents() throws {
        let codec = JournalLineCodec()
        let current = try codec.decodeAll(Data(contentsOf: try Self.fixture("golden-journal.jsonl")))
        let firstData = try Data(contentsOf: try Self.fixture("golden-journal-format-1.jsonl"))
        #expect(!firstData.isEmpty && !String(decoding: firstData, as: UTF8.self).contains("\"type\":"))
        let first = try codec.decodeAll(firstData)
        // The first format knew 60 event types; types added since are only in the current journal, after those.
        #expect(first.count == Self.eventTypesInTheFirstFormat && current.count >= first.count)
        for (old, new) in zip(first, current) {
            #expect(old == Self.withoutOccurredOn(new), "event \(new.sequence) (\(new.event.type.rawValue)) reads differently from the first format")
        }
    }

    @Test func enumsAreWrittenAsWordsAndEveryEventNamesItsType() throws {
        let text = try String(contentsOf: try Self.fixture("golden-journal.jsonl"), encoding: .utf8)
        for line in text.split(separator: "\n") {
            #expect(line.contains("\"format\":\(EventFormat.current)") && line.contains("\"type\":\""))
            #expect(!line.contains("\"_0\""))
        }
        #expect(text.contains("\"to\":\"fieldwork\"") || text.contains("\"to\":\"authorized\""))
        #expect(!text.contains("\"severity\":0") && !text.contains("\"severity\":1") && !text.contains("\"severity\":2"))
    }

    @Test func refusesAnEventOfANewerFormatOrAnUnknownType() throws {
        let codec = JournalLineCodec()
        let newer = #"{"actor":"U-1","event":{"type":"registry.organizationRegistered"},"format":99,"reason":"","recordedAt":0,"role":"office","sequence":1}"#
        #expect { try codec.decode(line: Data(newer.utf8), lineNumber: 7) } throws: { "\($0)".contains("upgrade InspectionKit") && "\($0)".contains("Line 7") }
        let unknown = #"{"actor":"U-1","event":{"type":"registry.somethingNew"},"format":2,"reason":"","recordedAt":0,"role":"office","sequence":1}"#
        #expect { try codec.decode(line: Data(unknown.utf8), lineNumber: 1) } throws: { "\($0)".contains("registry.somethingNew") }
    }

    @Test func theFormatArticleListsEveryEventTypeWithItsFields() throws {
        let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("DocsSource/InspectionKit.docc/TheEventFormat.md")
        let expected = try EventFormatTable.markdown(golden: Data(contentsOf: try Self.fixture("golden-journal.jsonl")))
        if ProcessInfo.processInfo.environment["INSPECTIONKIT_WRITE_GOLDEN"] != nil {
            let text = try String(contentsOf: article, encoding: .utf8)
            guard let start = text.range(of: EventFormatTable.begin), let end = text.range(of: EventFormatTable.end) else { return }
            try (String(text[..<start.upperBound]) + "\n" + expected + String(text[end.lowerBound...])).write(to: article, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOf: article, encoding: .utf8)
        #expect(text.contains(expected), "DocsSource/InspectionKit.docc/TheEventFormat.md is out of date: run INSPECTIONKIT_WRITE_GOLDEN=1 swift test --filter theFormatArticle")
    }
}

/// The table of event types and fields in the format article, made from the code.
enum EventFormatTable {
    static let begin = "<!-- event-types:begin (generated from EventType; do not edit by hand) -->"
    static let end = "<!-- event-types:end -->"

    /// One row per event type: its fields with their types, and for each field holding a record, the record's keys
    /// as the golden journal shows them.
    static func markdown(golden: Data) throws -> String {
        var samples: [String: [String: Any]] = [:]
        for line in golden.split(separator: 0x0A) {
            guard let object = try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let event = object["event"] as? [String: Any], let type = event["type"] as? String else { continue }
            samples[type] = event
        }
        var out = "| Type | Fields | Keys of the records held |\n|---|---|---|\n"
        for type in EventType.allCases {
            let fields = type.fields.map { "`\($0.name)`: \($0.type)" }.joined(separator: ", ")
            let records = type.fields.compactMap { field -> String? in
                let value = samples[type.rawValue]?[field.name]
                let object = (value as? [String: Any]) ?? ((value as? [Any])?.first as? [String: Any])
                guard let keys = object?.keys.sorted(), !keys.isEmpty else { return nil }
                return "`\(field.name)`: " + keys.joined(separator: " ")
            }.joined(separator: "; ")
            out += "| `\(type.rawValue)` | \(fields) | \(records) |\n"
        }
        return out
    }
}
