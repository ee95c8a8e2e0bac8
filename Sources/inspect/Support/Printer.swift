import CSV
import Foundation
import InspectionKit

/// Prints a result as an aligned table, JSON or CSV.
struct Printer {
    let format: OutputFormat

    /// Prints rows under a header; JSON prints `json` instead (the records themselves, for scripts).
    func rows(_ header: [String], _ rows: [[String]], json: some Encodable) throws {
        switch format {
        case .table:
            print(TextTable(header: header, rows: rows).render(width: Terminal.columns), terminator: "")
        case .csv:
            print(Printer.csv([header] + rows), terminator: "")
        case .json:
            print(try Printer.json(json))
        }
    }

    /// Prints a short confirmation (text) or the record (JSON/CSV).
    func done(_ text: String, json: some Encodable) throws {
        switch format {
        case .table, .csv: print(text)
        case .json: print(try Printer.json(json))
        }
    }

    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// RFC 4180 CSV (through CSV.swift): fields with commas, quotes or line breaks quoted, lines ending in CRLF.
    static func csv(_ rows: [[String]]) -> String {
        guard let writer = try? CSVWriter(stream: .toMemory(), newline: .crlf) else { return "" }
        for row in rows { try? writer.write(row: row) }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + (rows.isEmpty ? "" : "\r\n")
    }
}
