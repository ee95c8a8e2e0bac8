import Foundation
import InspectionKit

/// 扁平维度表 — the organization tree and the taxonomy of a flat findings table (`units.csv`: id,parent,region and
/// `categories.csv`: id,mid,top, as `gen.py` writes it), as hierarchies plus the lookup from the table's numbers to nodes.
/// Node names carry a level letter: regions `R3`, organizations `O17`, units `U2048`; areas `T1`, middles `M4`, leaves `C23`.
public struct FlatDimensions: Sendable {
    /// Regions → organizations → units.
    public private(set) var organizations = Hierarchy()
    /// Areas → middle levels → leaf categories.
    public private(set) var categories = Hierarchy()
    /// The node of each unit number (-1 where the table has no such unit).
    private(set) var unitNodes: [Int32] = []
    /// The node of each leaf category number (-1 where absent).
    private(set) var categoryNodes: [Int32] = []

    /// Reads the two tables (CSV with a header row); a malformed line is refused with its line and field.
    public init(units: Data, categories: Data) throws(StatisticsError) {
        let unitRows = try Self.rows(units, columns: ["id", "parent", "region"])
        for row in unitRows.sorted(by: { $0[2] < $1[2] }) { try organizations.add("R\(row[2])", parent: nil) }
        for row in unitRows.sorted(by: { $0[1] < $1[1] }) { try organizations.add("O\(row[1])", parent: "R\(row[2])") }
        unitNodes = try Self.leaves(unitRows, prefix: "U", parentPrefix: "O", into: &organizations)
        let categoryRows = try Self.rows(categories, columns: ["id", "mid", "top"])
        for row in categoryRows.sorted(by: { $0[2] < $1[2] }) { try self.categories.add("T\(row[2])", parent: nil) }
        for row in categoryRows.sorted(by: { $0[1] < $1[1] }) { try self.categories.add("M\(row[1])", parent: "T\(row[2])") }
        categoryNodes = try Self.leaves(categoryRows, prefix: "C", parentPrefix: "M", into: &self.categories)
    }

    /// The unit node of the table's unit `number`.
    func unit(_ number: Int64) -> Int32? {
        number >= 0 && number < Int64(unitNodes.count) && unitNodes[Int(number)] >= 0 ? unitNodes[Int(number)] : nil
    }

    /// The leaf node of the table's category `number`.
    func category(_ number: Int64) -> Int32? {
        number >= 0 && number < Int64(categoryNodes.count) && categoryNodes[Int(number)] >= 0 ? categoryNodes[Int(number)] : nil
    }

    private static func leaves(_ rows: [[Int64]], prefix: String, parentPrefix: String, into hierarchy: inout Hierarchy) throws(StatisticsError) -> [Int32] {
        let largest = rows.map { $0[0] }.max() ?? -1
        guard largest < 1 << 26 else { throw .tooManyValues(dimension: prefix == "U" ? "unit" : "category") }
        var nodes = [Int32](repeating: -1, count: Int(largest + 1))
        for row in rows.sorted(by: { $0[0] < $1[0] }) {
            nodes[Int(row[0])] = try hierarchy.add("\(prefix)\(row[0])", parent: "\(parentPrefix)\(row[1])")
        }
        return nodes
    }

    /// The integer rows of a small CSV table whose header names `columns` (in any order).
    private static func rows(_ data: Data, columns: [String]) throws(StatisticsError) -> [[Int64]] {
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(whereSeparator: \.isNewline).map(String.init)
        guard !lines.isEmpty else { throw .malformedRow(line: 1, field: columns[0], problem: "the table is empty; it needs a header row") }
        let header = lines.removeFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var positions: [Int] = []
        for column in columns {
            guard let position = header.firstIndex(of: column) else {
                throw .malformedRow(line: 1, field: column, problem: "the header has no column \(column)")
            }
            positions.append(position)
        }
        var rows: [[Int64]] = []
        for (offset, line) in lines.enumerated() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            var row: [Int64] = []
            for (column, position) in zip(columns, positions) {
                guard position < fields.count, let value = Int64(fields[position].trimmingCharacters(in: .whitespaces)), value >= 0 else {
                    throw .malformedRow(line: offset + 2, field: column, problem: "expected a non-negative whole number")
                }
                row.append(value)
            }
            rows.append(row)
        }
        return rows
    }
}
