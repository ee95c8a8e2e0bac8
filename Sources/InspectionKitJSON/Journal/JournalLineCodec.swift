import Foundation
import InspectionKit

/// Encodes journaled events as JSON Lines — one event per line, keys sorted, Chinese text unescaped — and decodes them
/// back, naming the line of anything malformed. The JSON store's journal is written in this format.
public struct JournalLineCodec: Sendable {
    /// A codec.
    public init() {}

    /// One line of JSON for `event`, ending in a newline.
    public func encode(_ event: RecordedEvent) throws(JournalLineError) -> Data {
        do {
            var data = try Self.encoder().encode(event)
            data.append(0x0A)
            return data
        } catch {
            throw .unencodable(sequence: event.sequence, detail: String(describing: error))
        }
    }

    /// The event on one line (without its newline); `lineNumber` is used in errors.
    public func decode(line: some DataProtocol, lineNumber: Int) throws(JournalLineError) -> RecordedEvent {
        do {
            return try Self.decoder().decode(RecordedEvent.self, from: Data(line))
        } catch {
            throw .malformed(line: lineNumber, detail: Self.describe(error))
        }
    }

    /// Every event of a JSON Lines text, checking that sequence numbers run on without gaps from `firstSequence`.
    public func decodeAll(_ data: Data, firstSequence: Int = 1) throws(JournalLineError) -> [RecordedEvent] {
        var events: [RecordedEvent] = []
        var expected = firstSequence
        let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            // The text ends with a newline, so the last piece is empty.
            if line.isEmpty, index == lines.count - 1 { break }
            let event = try decode(line: line, lineNumber: index + 1)
            guard event.sequence == expected else {
                throw .sequenceGap(line: index + 1, expected: expected, found: event.sequence)
            }
            events.append(event)
            expected += 1
        }
        return events
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        return decoder
    }

    private static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        switch decoding {
        case .dataCorrupted(let context), .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        @unknown default:
            return String(describing: decoding)
        }
    }
}

/// Why a journal line could not be written or read.
public enum JournalLineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// An event could not be encoded.
    case unencodable(sequence: Int, detail: String)
    /// A line is not a valid event.
    case malformed(line: Int, detail: String)
    /// A line's sequence number does not follow the one before it.
    case sequenceGap(line: Int, expected: Int, found: Int)

    /// What was wrong, where, and what to do.
    public var description: String {
        switch self {
        case .unencodable(let sequence, let detail):
            "Event \(sequence) could not be encoded (\(detail)); nothing was written."
        case .malformed(let line, let detail):
            "Line \(line) of the journal is not a valid event (\(detail)); the journal may be damaged: restore it from a backup."
        case .sequenceGap(let line, let expected, let found):
            "Line \(line) of the journal holds event \(found) where event \(expected) was expected: events are missing or out of order."
        }
    }
}
