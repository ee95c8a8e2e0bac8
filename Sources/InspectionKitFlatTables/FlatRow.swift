import InspectionKit
/// The twelve fields of a flat findings row (the benchmark workload, `Benchmarks/README.md`), in header order.
enum FlatField: Int, CaseIterable {
    case id, round, unit, team, category, severity, source, status, found, deadline, closed, recurrence

    /// The field's name in the table.
    var name: String { staticName.description }

    /// The field named by `length` bytes at `start`, told apart by length and a letter, then checked byte by byte.
    @inline(__always)
    static func named(_ start: UnsafePointer<UInt8>, _ length: Int) -> FlatField? {
        let candidate: FlatField?
        switch length {
        case 2: candidate = .id
        case 4: candidate = start[0] == UInt8(ascii: "u") ? .unit : .team
        case 5: candidate = .round
        case 6: candidate = start[1] == UInt8(ascii: "o") ? .source : .status
        case 8: candidate = start[0] == UInt8(ascii: "c") ? .category : .severity
        case 9: candidate = .found
        case 10: candidate = start[0] == UInt8(ascii: "c") ? .closed : .recurrence
        case 12: candidate = .deadline
        default: candidate = nil
        }
        guard let candidate else { return nil }
        let name = candidate.staticName
        let expected = name.utf8Start
        for offset in 0..<length where expected[offset] != start[offset] { return nil }
        return candidate
    }

    /// The field's name as it appears in JSON, quotes and colon included.
    var jsonKey: StaticString {
        switch self {
        case .id: "\"id\":"
        case .round: "\"round\":"
        case .unit: "\"unit\":"
        case .team: "\"team\":"
        case .category: "\"category\":"
        case .severity: "\"severity\":"
        case .source: "\"source\":"
        case .status: "\"status\":"
        case .found: "\"found_day\":"
        case .deadline: "\"deadline_day\":"
        case .closed: "\"closed_day\":"
        case .recurrence: "\"recurrence\":"
        }
    }

    private var staticName: StaticString {
        switch self {
        case .id: "id"
        case .round: "round"
        case .unit: "unit"
        case .team: "team"
        case .category: "category"
        case .severity: "severity"
        case .source: "source"
        case .status: "status"
        case .found: "found_day"
        case .deadline: "deadline_day"
        case .closed: "closed_day"
        case .recurrence: "recurrence"
        }
    }

    /// Fields a row must have; `closed_day` (default -1) and `recurrence` (default false) may be left out.
    static let requiredMask: UInt16 = (1 << 10) - 1
}

/// One parsed row: a value per field (-1 for "none"), and which fields were present. The values live in a buffer
/// the reader allocates once for the whole table.
struct FlatRow {
    private let values: UnsafeMutablePointer<Int64>
    var present: UInt16 = 0

    /// Runs `body` with a row whose buffer lives for the call.
    static func withRow<R>(_ body: (inout FlatRow) throws(StatisticsError) -> R) throws(StatisticsError) -> R {
        let buffer = UnsafeMutablePointer<Int64>.allocate(capacity: FlatField.allCases.count)
        defer { buffer.deallocate() }
        var row = FlatRow(values: buffer)
        row.reset()
        return try body(&row)
    }

    private init(values: UnsafeMutablePointer<Int64>) { self.values = values }

    subscript(field: FlatField) -> Int64 { values[field.rawValue] }

    @inline(__always)
    mutating func set(_ field: FlatField, _ value: Int64) {
        values[field.rawValue] = value
        present |= 1 << UInt16(field.rawValue)
    }

    mutating func reset() {
        values.update(repeating: -1, count: FlatField.allCases.count)
        values[FlatField.recurrence.rawValue] = 0
        present = 0
    }
}
