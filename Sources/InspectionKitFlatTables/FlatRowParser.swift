import InspectionKit
/// Byte-level readers of flat findings rows: one JSON object per line (JSON Lines) or comma-separated values with a
/// header. Both accept exactly the scalar fields of the flat findings table and refuse anything else with the line and field.
enum FlatRowParser {
    /// Reads every line of `bytes` as a JSON object into `row`, calling `accept` after each.
    static func jsonLines(_ bytes: UnsafeRawBufferPointer, _ accept: (inout FlatRow, Int) throws(StatisticsError) -> Void) throws(StatisticsError) {
        guard let start = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
        let end = start + bytes.count
        var cursor = start
        var line = 0
        let keys = JSONKeys()
        try FlatRow.withRow { row throws(StatisticsError) in
            while cursor < end {
                line += 1
                skipSpace(&cursor, end)
                if cursor < end && (cursor.pointee == 0x0A || cursor.pointee == 0x0D) { cursor += 1; continue }
                if cursor >= end { break }
                row.reset()
                try object(&cursor, end, line: line, into: &row, keys: keys)
                skipSpace(&cursor, end)
                if cursor < end && cursor.pointee == 0x0D { cursor += 1 }
                if cursor < end {
                    guard cursor.pointee == 0x0A else { throw .malformedRow(line: line, field: "-", problem: "text after the object; one JSON object per line") }
                    cursor += 1
                }
                try accept(&row, line)
            }
        }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    private static func object(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, line: Int, into row: inout FlatRow,
                               keys: JSONKeys) throws(StatisticsError) {
        guard cursor.pointee == UInt8(ascii: "{") else { throw .malformedRow(line: line, field: "-", problem: "expected a JSON object starting with {") }
        cursor += 1
        skipSpace(&cursor, end)
        if cursor < end && cursor.pointee == UInt8(ascii: "}") { cursor += 1; return }
        var expected = 0
        while true {
            skipSpace(&cursor, end)
            // The fast path: the next field in table order, written compactly ("round":12), its key compared as two words.
            if expected < FlatField.allCases.count, end - cursor >= 16, keys.matches(expected, cursor) {
                let field = FlatField.allCases[expected]
                let valueStart = cursor + keys.length(expected)
                if valueStart.pointee &- UInt8(ascii: "0") < 10 {
                    cursor = valueStart
                    row.set(field, try integer(&cursor, end, line: line, field: field.name, csv: false))
                } else if field == .recurrence && matches("true", valueStart, end) {
                    cursor = valueStart + 4
                    row.set(field, 1)
                } else if field == .recurrence && matches("false", valueStart, end) {
                    cursor = valueStart + 5
                    row.set(field, 0)
                } else {
                    // Anything else (a sign, null, a string) takes the general path below.
                    expected = FlatField.allCases.count
                    continue
                }
                expected += 1
                if cursor < end && cursor.pointee == UInt8(ascii: ",") { cursor += 1; continue }
                skipSpace(&cursor, end)
                guard cursor < end else { throw .malformedRow(line: line, field: field.name, problem: "the object is not closed with }") }
                if cursor.pointee == UInt8(ascii: ",") { cursor += 1; continue }
                if cursor.pointee == UInt8(ascii: "}") { cursor += 1; return }
                throw .malformedRow(line: line, field: field.name, problem: "expected , or } after the value")
            }
            guard cursor < end, cursor.pointee == UInt8(ascii: "\"") else { throw .malformedRow(line: line, field: "-", problem: "expected a quoted field name") }
            cursor += 1
            let nameStart = cursor
            while cursor < end && cursor.pointee != UInt8(ascii: "\"") && cursor.pointee != 0x0A {
                guard cursor.pointee != UInt8(ascii: "\\") else { throw .malformedRow(line: line, field: "-", problem: "escapes in field names are not supported") }
                cursor += 1
            }
            guard cursor < end, cursor.pointee == UInt8(ascii: "\"") else { throw .malformedRow(line: line, field: "-", problem: "unterminated field name") }
            let field = FlatField.named(nameStart, cursor - nameStart)
            let nameLength = cursor - nameStart
            var fieldName: String { field?.name ?? String(decoding: UnsafeBufferPointer(start: nameStart, count: nameLength), as: UTF8.self) }
            cursor += 1
            skipSpace(&cursor, end)
            guard cursor < end, cursor.pointee == UInt8(ascii: ":") else { throw .malformedRow(line: line, field: fieldName, problem: "expected : after the field name") }
            cursor += 1
            skipSpace(&cursor, end)
            guard cursor < end else { throw .malformedRow(line: line, field: fieldName, problem: "the line ends before the value") }
            if let field {
                expected = field.rawValue + 1
                if cursor.pointee &- UInt8(ascii: "0") < 10 {
                    // The common case, a plain non-negative number.
                    row.set(field, try integer(&cursor, end, line: line, field: field.name, csv: false))
                } else if let value = try scalar(&cursor, end, line: line, field: field) {
                    row.set(field, value)
                }
            } else {
                try skipValue(&cursor, end, line: line, field: fieldName)
            }
            skipSpace(&cursor, end)
            guard cursor < end else { throw .malformedRow(line: line, field: fieldName, problem: "the object is not closed with }") }
            if cursor.pointee == UInt8(ascii: ",") { cursor += 1; continue }
            if cursor.pointee == UInt8(ascii: "}") { cursor += 1; return }
            throw .malformedRow(line: line, field: fieldName, problem: "expected , or } after the value")
        }
    }

    /// A number, true/false (1/0) or null (nil) for a known field.
    private static func scalar(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, line: Int, field: FlatField) throws(StatisticsError) -> Int64? {
        let first = cursor.pointee
        if first == UInt8(ascii: "t") || first == UInt8(ascii: "f") || first == UInt8(ascii: "n") {
            if matches("null", cursor, end) {
                cursor += 4
                return nil
            }
            let value: Int64
            if matches("true", cursor, end) {
                cursor += 4
                value = 1
            } else if matches("false", cursor, end) {
                cursor += 5
                value = 0
            } else {
                throw .malformedRow(line: line, field: field.name, problem: "expected a value")
            }
            guard field == .recurrence else { throw .malformedRow(line: line, field: field.name, problem: "expected a whole number, not true or false") }
            return value
        }
        return try integer(&cursor, end, line: line, field: field.name, csv: false)
    }

    /// A whole number ending at one of `terminators` (or the end).
    static func integer(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, line: Int, field: @autoclosure () -> String, csv: Bool) throws(StatisticsError) -> Int64 {
        var negative = false
        if cursor < end && cursor.pointee == UInt8(ascii: "-") { negative = true; cursor += 1 }
        var value: Int64 = 0
        var digits = 0
        while cursor < end {
            let digit = cursor.pointee &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            guard digits < 18 else { throw .malformedRow(line: line, field: field(), problem: "the number is too large") }
            value = value * 10 + Int64(digit)
            digits += 1
            cursor += 1
        }
        guard digits > 0 else { throw .malformedRow(line: line, field: field(), problem: "expected a whole number") }
        if cursor < end {
            let next = cursor.pointee
            let ends = next == UInt8(ascii: ",") || next == 0x0A || next == 0x0D || (!csv && (next == UInt8(ascii: "}") || next == 0x20 || next == 0x09))
            guard ends else { throw .malformedRow(line: line, field: field(), problem: "expected a whole number (no fractions, exponents or text)") }
        }
        return negative ? -value : value
    }

    /// Skips the value of a field the table does not use (strings, numbers, literals; no nested values).
    private static func skipValue(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, line: Int, field: String) throws(StatisticsError) {
        if cursor.pointee == UInt8(ascii: "\"") {
            cursor += 1
            while cursor < end && cursor.pointee != UInt8(ascii: "\"") {
                if cursor.pointee == UInt8(ascii: "\\") { cursor += 1 }
                if cursor < end && cursor.pointee == 0x0A { break }
                cursor += 1
            }
            guard cursor < end, cursor.pointee == UInt8(ascii: "\"") else { throw .malformedRow(line: line, field: field, problem: "unterminated string") }
            cursor += 1
            return
        }
        guard cursor.pointee != UInt8(ascii: "{") && cursor.pointee != UInt8(ascii: "[") else {
            throw .malformedRow(line: line, field: field, problem: "nested objects and arrays are not part of the flat table")
        }
        while cursor < end && ![UInt8(ascii: ","), UInt8(ascii: "}"), 0x0A].contains(cursor.pointee) { cursor += 1 }
    }

    @inline(__always)
    private static func matches(_ pattern: StaticString, _ cursor: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) -> Bool {
        let length = pattern.utf8CodeUnitCount
        guard end - cursor >= length else { return false }
        let bytes = pattern.utf8Start
        for offset in 0..<length where bytes[offset] != cursor[offset] { return false }
        return true
    }

    @inline(__always)
    static func skipSpace(_ cursor: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) {
        while cursor < end && (cursor.pointee == 0x20 || cursor.pointee == 0x09) { cursor += 1 }
    }
}

/// The fields' JSON keys (`"round":`) as two little-endian words and masks, so that the fast path compares a key with
/// two loads instead of byte by byte. Every key is at most 16 bytes.
struct JSONKeys {
    private var words: [(low: UInt64, high: UInt64, lowMask: UInt64, highMask: UInt64, length: Int)] = []

    init() {
        for field in FlatField.allCases {
            let key = field.jsonKey
            var bytes = [UInt8](repeating: 0, count: 16)
            for offset in 0..<min(key.utf8CodeUnitCount, 16) { bytes[offset] = key.utf8Start[offset] }
            func word(_ from: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(bytes[from + $1]) << (8 * UInt64($1)) } }
            func mask(_ from: Int) -> UInt64 {
                (0..<8).reduce(0) { from + $1 < key.utf8CodeUnitCount ? $0 | UInt64(0xFF) << (8 * UInt64($1)) : $0 }
            }
            words.append((word(0), word(8), mask(0), mask(8), key.utf8CodeUnitCount))
        }
    }

    /// Whether the 16 bytes at `cursor` start with field `index`'s key (the caller ensures 16 bytes are readable).
    @inline(__always)
    func matches(_ index: Int, _ cursor: UnsafePointer<UInt8>) -> Bool {
        let key = words[index]
        let raw = UnsafeRawPointer(cursor)
        let low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        let high = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        return low & key.lowMask == key.low && high & key.highMask == key.high
    }

    /// The length of field `index`'s key.
    @inline(__always)
    func length(_ index: Int) -> Int { words[index].length }
}
