import Foundation
import InspectionKit

/// Q1–Q5 of the workload (`Benchmarks/README.md`), each through the general query API.
enum Workload {
    static let today = Day(number: 19400)

    static let q1 = FindingQuery(groupBy: [.round, .category(depth: 0)])
    static let q2 = FindingQuery(groupBy: [.organization(depth: 0)], measures: FindingMeasures(overdueOn: today))
    static let q3 = FindingQuery(groupBy: [.category(depth: 2)], measures: FindingMeasures(distinctOrganizationsAtDepth: 2),
                                 order: .distinctOrganizationsDescending, limit: 20)
    static let q4 = FindingQuery(filter: FindingFilter(statuses: [.rectified, .verified]), groupBy: [.team],
                                 measures: FindingMeasures(daysToClose: [.median, .p90]))
    static let q5 = FindingQuery(filter: FindingFilter(roundRange: RoundRange(from: "30", through: "40")),
                                 groupBy: [.organization(depth: 0), .severity])

    static let all: [(String, FindingQuery)] = [("q1", q1), ("q2", q2), ("q3", q3), ("q4", q4), ("q5", q5)]

    /// The result as the CSV rows the SQL engines print (header first), for row-by-row comparison.
    static func rows(_ name: String, _ result: FindingQueryResult) -> [String] {
        func number(_ key: FindingGroupKey) -> String { String(key.name.drop { $0.isLetter }) }
        switch name {
        case "q1":
            return ["round,top,total,s_open,s_in_progress,s_rectified,s_verified,s_long_term"] + result.rows.map { row in
                ([row.keys[0].name, number(row.keys[1]), String(row.count)] + row.statusCounts.map(String.init)).joined(separator: ",")
            }
        case "q2":
            return ["region,total,open_cnt,overdue,rect_rate"] + result.rows.map { row in
                [number(row.keys[0]), String(row.count), String(row.unresolved), String(row.overdue ?? 0),
                 String(format: "%.6f", row.rectificationRate)].joined(separator: ",")
            }
        case "q3":
            return ["category,n_units,n_findings"] + result.rows.map { row in
                [number(row.keys[0]), String(row.distinctOrganizations ?? 0), String(row.count)].joined(separator: ",")
            }
        case "q4":
            return ["team,median_days,p90_days,n_closed"] + result.rows.map { row in
                [row.keys[0].name, row.daysToClose[0].map(String.init) ?? "", row.daysToClose[1].map(String.init) ?? "", String(row.count)]
                    .joined(separator: ",")
            }
        default:
            var pivot: [String: [Int]] = [:]
            var order: [String] = []
            for row in result.rows {
                let region = number(row.keys[0])
                if pivot[region] == nil { order.append(region); pivot[region] = [0, 0, 0, 0] }
                pivot[region]?[row.keys[1].code] = row.count
            }
            return ["region,sev0,sev1,sev2,sev3"] + order.map { region in ([region] + (pivot[region] ?? []).map(String.init)).joined(separator: ",") }
        }
    }
}
