import Foundation
import InspectionKit
import InspectionKitSamples
@testable import InspectionKitJSON
import Testing

@Suite("Journal lines")
struct JournalLineCodecTests {
    private func sampleJournal() throws -> [RecordedEvent] {
        try SampleDistrict.engine(size: .small).driver.engine.journal
    }

    @Test func roundTripsEveryEventOfTheSampleDistrictExactly() throws {
        let journal = try sampleJournal()
        let codec = JournalLineCodec()
        var text = Data()
        for event in journal { text.append(try codec.encode(event)) }
        #expect(try codec.decodeAll(text) == journal)
    }

    @Test func writesOneReadableLinePerEvent() throws {
        let journal = try sampleJournal()
        let line = try JournalLineCodec().encode(journal[0])
        #expect(line.last == 0x0A)
        #expect(!line.dropLast().contains(0x0A))
        #expect(String(decoding: line, as: UTF8.self).contains("中共青溪区委员会"))
    }

    @Test func namesTheLineOfAMalformedRecord() throws {
        let journal = try sampleJournal()
        let codec = JournalLineCodec()
        var text = Data()
        for event in journal.prefix(3) { text.append(try codec.encode(event)) }
        text.append(Data("{\"sequence\": 4, \"oops\n".utf8))
        #expect(throws: JournalLineError.self) { try codec.decodeAll(text) }
        do {
            _ = try codec.decodeAll(text)
        } catch {
            guard case .malformed(let line, _) = error else { Issue.record("wrong error \(error)"); return }
            #expect(line == 4)
            #expect(error.description.contains("Line 4"))
        }
    }

    @Test func refusesGapsAndReordering() throws {
        let journal = try sampleJournal()
        let codec = JournalLineCodec()
        var gap = Data()
        for event in [journal[0], journal[2]] { gap.append(try codec.encode(event)) }
        #expect(throws: JournalLineError.sequenceGap(line: 2, expected: 2, found: 3)) { try codec.decodeAll(gap) }
        var swapped = Data()
        for event in [journal[1], journal[0]] { swapped.append(try codec.encode(event)) }
        #expect(throws: JournalLineError.sequenceGap(line: 1, expected: 1, found: 2)) { try codec.decodeAll(swapped) }
    }
}
