import Foundation
import InspectionKit

/// One line of the journal: `{"seq":N,"prev":"…","event":{…},"hash":"…"}`. The hash is SHA-256 over the line's bytes
/// up to `,"hash":"` — sequence, predecessor's hash and event — so any edit, deletion, reordering or insertion breaks the chain.
struct JournalRecord: Sendable {
    /// The event's sequence number.
    let sequence: Int
    /// The hash of the record before it (64 zeros for the first).
    let previousHash: String
    /// This record's hash.
    let hash: String
    /// The bytes of the event's JSON, as written.
    let eventJSON: Data

    static let genesisHash = String(repeating: "0", count: 64)
    private static let hashMarker = Data(#","hash":""#.utf8)
    private static let eventMarker = Data(#","event":"#.utf8)
    private static let codec = JournalLineCodec()

    /// The full line for `event` after a record whose hash is `previousHash`, with its own hash.
    static func line(for event: RecordedEvent, previousHash: String, suite: any CryptoSuite) throws(StoreError) -> (line: Data, hash: String) {
        let eventJSON: Data
        do {
            eventJSON = try JournalLineCodec.encoder().encode(event)
        } catch {
            throw StoreError(.invalidBatch, zh: "事件\(event.sequence)无法编码：\(error)", en: "Event \(event.sequence) could not be encoded: \(error)")
        }
        var line = Data(#"{"seq":\#(event.sequence),"prev":"\#(previousHash)""#.utf8)
        line.append(eventMarker)
        line.append(eventJSON)
        let hash = suite.hexDigest(line)
        line.append(hashMarker)
        line.append(Data(hash.utf8))
        line.append(Data(#""}"#.utf8))
        line.append(0x0A)
        return (line, hash)
    }


    /// Decodes the event and checks it carries the record's sequence number.
    func event() throws(StoreError) -> RecordedEvent {
        let decoded: RecordedEvent
        do {
            decoded = try Self.codec.decode(line: eventJSON, lineNumber: 0)
        } catch {
            throw StoreError(.damaged, zh: "事件\(sequence)无法解码：\(error)", en: "Event \(sequence) cannot be decoded: \(error)")
        }
        guard decoded.sequence == sequence else {
            throw StoreError(.damaged, zh: "记录\(sequence)中的事件序号为\(decoded.sequence)。", en: "Record \(sequence) holds an event numbered \(decoded.sequence).")
        }
        return decoded
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// What is wrong with a line.
    enum LineProblem: Error, Equatable {
        /// The line is not in the record format.
        case malformed(String)
        /// The line's bytes do not match its hash.
        case checksum

        var detail: LocalizedText {
            switch self {
            case .malformed(let why): LocalizedText(zh: "记录格式错误（\(why)）", en: "the record is malformed (\(why))")
            case .checksum: LocalizedText(zh: "记录内容与其校验值不符（被修改或损坏）", en: "the record does not match its checksum (edited or damaged)")
            }
        }
    }
}
