import InspectionKit

extension StagedRows {
    /// Checks one row of a flat table against its dimensions and stages it; a bad row names its line and field.
    // swiftlint:disable:next cyclomatic_complexity function_body_length
    mutating func add(_ row: inout FlatRow, line: Int, dimensions: FlatDimensions) throws(StatisticsError) {
        if row.present & FlatField.requiredMask != FlatField.requiredMask {
            let missing = FlatField.allCases.first { FlatField.requiredMask & (1 << UInt16($0.rawValue)) != 0 && row.present & (1 << UInt16($0.rawValue)) == 0 }
            throw .malformedRow(line: line, field: missing?.name ?? "-", problem: "the field is missing")
        }
        func bad(_ field: FlatField, _ problem: String) -> StatisticsError { .malformedRow(line: line, field: field.name, problem: problem) }
        let id = row[.id]
        guard id >= 0 && id < Int64(UInt32.max) else { throw bad(.id, "an id is a whole number from 0 to 4294967294") }
        let rawRound = row[.round]
        guard rawRound >= 0 && rawRound < 1 << 16 else { throw bad(.round, "a round is a whole number from 0 to 65535") }
        guard let unit = dimensions.unit(row[.unit]) else { throw bad(.unit, "unit \(row[.unit]) is not in the units table") }
        let rawTeam = row[.team]
        guard rawTeam >= 0 && rawTeam < 1 << 16 else { throw bad(.team, "a team is a whole number from 0 to 65535") }
        guard let category = dimensions.category(row[.category]), category <= Int32(UInt16.max) else {
            throw bad(.category, "category \(row[.category]) is not a leaf of the categories table")
        }
        guard (0...3).contains(row[.severity]) else { throw bad(.severity, "a severity is 0, 1, 2 or 3") }
        guard (0...Int64(FindingSourceKind.allCases.count - 1)).contains(row[.source]) else { throw bad(.source, "a source is a code from 0 to 10") }
        guard let status = FindingStatus(rawValue: UInt8(clamping: row[.status])), (0...4).contains(row[.status]) else {
            throw bad(.status, "a status is 0 open, 1 in progress, 2 rectified, 3 verified or 4 long-term")
        }
        guard (0..<Int64(StagedRows.noDay)).contains(row[.found]) else { throw bad(.found, "a day number from 0 (1970-01-01) to 65534") }
        let deadline = row[.deadline]
        guard deadline == -1 || (0..<Int64(StagedRows.noDay)).contains(deadline) else { throw bad(.deadline, "a day number, or -1 for none") }
        let closed = row[.closed]
        if status.isClosed {
            guard closed >= row[.found] && closed < Int64(StagedRows.noDay) else {
                throw bad(.closed, "a rectified or verified finding has a closing day on or after its found day")
            }
        } else {
            guard closed == -1 else { throw bad(.closed, "only rectified or verified findings have a closing day; write -1") }
        }
        guard (0...1).contains(row[.recurrence]) else { throw bad(.recurrence, "expected true or false") }

        append(key: UInt32(id), round: UInt32(rawRound), organization: UInt32(unit), team: UInt32(rawTeam), category: UInt16(category),
               packed: UInt32(row[.severity]) | UInt32(row[.source]) << 8 | UInt32(status.rawValue) << 16 | UInt32(row[.recurrence]) << 24,
               found: UInt16(row[.found]), deadline: deadline == -1 ? StagedRows.noDay : UInt16(deadline),
               closed: closed == -1 ? StagedRows.noDay : UInt16(closed))
    }

}
