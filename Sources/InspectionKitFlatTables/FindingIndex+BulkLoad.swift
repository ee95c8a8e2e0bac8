import Foundation
import InspectionKit

/// Bulk loading from a flat findings table (the format `Benchmarks/peer/gen.py` writes), as when a higher level takes in
/// the tables of the levels below. All or nothing: a malformed row refuses the whole table and changes nothing.
extension FindingIndex {
    /// The two encodings of the flat table.
    public enum FlatFormat: String, Sendable, CaseIterable {
        /// One JSON object per line.
        case jsonLines
        /// Comma-separated values with a header row.
        case csv
    }

    /// An empty index over the hierarchies of a flat table's dimensions.
    public init(dimensions: FlatDimensions) {
        self.init(organizations: dimensions.organizations, categories: dimensions.categories)
    }

    /// Loads every row of `table`; rows whose id is already held replace it. Returns the number of rows read.
    @discardableResult
    public mutating func load(_ table: Data, format: FlatFormat, dimensions: FlatDimensions) throws(StatisticsError) -> Int {
        guard organizations == dimensions.organizations && categories == dimensions.categories else {
            throw .invalidQuery("the table's dimensions differ from the index's; load it into an index made with FindingIndex(dimensions:)")
        }
        // Room for about as many rows as the first line's length suggests, so the columns rarely grow.
        let firstLine = (table.firstIndex(of: UInt8(ascii: "\n")).map { $0 - table.startIndex } ?? table.count) + 1
        var staged = StagedRows(reserving: min(table.count / max(firstLine, 16) + 1_024, Int(UInt32.max)))
        let result: Result<Void, StatisticsError> = table.withUnsafeBytes { bytes in
            do throws(StatisticsError) {
                switch format {
                case .jsonLines: try FlatRowParser.jsonLines(bytes) { row, line throws(StatisticsError) in try staged.add(&row, line: line, dimensions: dimensions) }
                case .csv: try FlatRowParser.csv(bytes) { row, line throws(StatisticsError) in try staged.add(&row, line: line, dimensions: dimensions) }
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        try result.get()
        var next = self
        try next.insert(staged)
        self = next
        return staged.count
    }
}
