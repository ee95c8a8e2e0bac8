import InspectionKit
/// The comma-separated form of the flat findings table: a header naming the fields, then one finding per line.
extension FlatRowParser {
    static func csv(_ bytes: UnsafeRawBufferPointer, _ accept: (inout FlatRow, Int) throws(StatisticsError) -> Void) throws(StatisticsError) {
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let end = start + bytes.count
        var cursor = start
        let columns = try header(&cursor, end)
        var line = 1
        try FlatRow.withRow { row throws(StatisticsError) in
            while cursor < end {
                line += 1
                if cursor.pointee == 0x0A || cursor.pointee == 0x0D { cursor += 1; continue }
                row.reset()
                for (position, column) in columns.enumerated() {
                    if position > 0 {
                        guard cursor < end, cursor.pointee == UInt8(ascii: ",") else {
                            throw .malformedRow(line: line, field: column?.name ?? "-", problem: "the line has \(position) fields; the header has \(columns.count)")
                        }
                        cursor += 1
                    }
                    guard let column else {
                        while cursor < end && cursor.pointee != UInt8(ascii: ",") && cursor.pointee != 0x0A && cursor.pointee != 0x0D { cursor += 1 }
                        continue
                    }
                    if cursor < end && (cursor.pointee == UInt8(ascii: ",") || cursor.pointee == 0x0A || cursor.pointee == 0x0D) { continue }
                    if cursor < end && cursor.pointee == UInt8(ascii: "\"") {
                        throw .malformedRow(line: line, field: column.name, problem: "quoted values are not part of the flat table; write numbers unquoted")
                    }
                    if column == .recurrence && cursor < end && (cursor.pointee == UInt8(ascii: "t") || cursor.pointee == UInt8(ascii: "f")) {
                        row.set(.recurrence, try boolean(&cursor, end, line: line))
                    } else {
                        row.set(column, try integer(&cursor, end, line: line, field: column.name, csv: true))
                    }
                }
                if cursor < end && cursor.pointee == 0x0D { cursor += 1 }
                if cursor < end {
                    guard cursor.pointee == 0x0A else { throw .malformedRow(line: line, field: "-", problem: "the line has more fields than the header") }
                    cursor += 1
                }
                try accept(&row, line)
            }
        }
    }

    private static func header(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) throws(StatisticsError) -> [FlatField?] {
        let lineStart = cursor
        while cursor < end && cursor.pointee != 0x0A { cursor += 1 }
        var text = String(decoding: UnsafeBufferPointer(start: lineStart, count: cursor - lineStart), as: UTF8.self)
        if cursor < end { cursor += 1 }
        if text.hasSuffix("\r") { text.removeLast() }
        let names = text.split(separator: ",", omittingEmptySubsequences: false).map { String($0) }
        let columns = names.map { name in FlatField.allCases.first { $0.name == name } }
        for field in FlatField.allCases where FlatField.requiredMask & (1 << UInt16(field.rawValue)) != 0 && !columns.contains(field) {
            throw .malformedRow(line: 1, field: field.name, problem: "the header has no column \(field.name)")
        }
        return columns
    }

    private static func boolean(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, line: Int) throws(StatisticsError) -> Int64 {
        let available = end - cursor
        if available >= 4 && cursor[0] == UInt8(ascii: "t") && cursor[1] == UInt8(ascii: "r") && cursor[2] == UInt8(ascii: "u") && cursor[3] == UInt8(ascii: "e") {
            cursor += 4
            return 1
        }
        if available >= 5 && cursor[0] == UInt8(ascii: "f") && cursor[1] == UInt8(ascii: "a") && cursor[2] == UInt8(ascii: "l")
            && cursor[3] == UInt8(ascii: "s") && cursor[4] == UInt8(ascii: "e") {
            cursor += 5
            return 0
        }
        throw .malformedRow(line: line, field: "recurrence", problem: "expected true or false")
    }
}
