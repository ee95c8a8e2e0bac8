import ArgumentParser
import InspectionKit

/// A grouping dimension on the command line (see `FindingDimension(name:)`).
struct DimensionArgument: ExpressibleByArgument {
    let dimension: FindingDimension

    init?(argument: String) {
        guard let dimension = FindingDimension(name: argument) else { return nil }
        self.dimension = dimension
    }

    static var allValueStrings: [String] { FindingDimension.names }
}

/// Turns index keys and rows into words: organization names, category labels, round titles, enum labels.
struct StatisticsLabels {
    let state: InspectionState
    let language: Language

    func name(_ key: FindingGroupKey, on dimension: FindingDimension) -> String {
        switch dimension {
        case .round: return state.rounds[RoundID(key.name)]?.title ?? key.name
        case .team: return key.name
        case .organization: return state.organizations[OrganizationID(key.name)]?.name ?? key.name
        case .category: return state.taxonomy.node(key.name).map { "\($0.code) \($0.label(language))" } ?? key.name
        case .severity: return Severity(rawValue: key.code)?.label(language) ?? key.name
        case .source: return FindingSourceKind(rawValue: UInt8(clamping: key.code))?.label(language) ?? key.name
        case .status: return FindingStatus(rawValue: UInt8(clamping: key.code))?.label(language) ?? key.name
        }
    }

    func heading(_ dimension: FindingDimension) -> String {
        let zh = language == .chinese
        switch dimension {
        case .round: return zh ? "轮次" : "Round"
        case .team: return zh ? "巡察组" : "Team"
        case .organization(let depth): return zh ? "单位（第\(depth)级）" : "Organization (level \(depth))"
        case .category(let depth): return depth == 0 ? (zh ? "领域" : "Area") : (zh ? "问题类别（第\(depth)级）" : "Category (level \(depth))")
        case .severity: return zh ? "严重程度" : "Severity"
        case .source: return zh ? "来源" : "Source"
        case .status: return zh ? "整改状态" : "Status"
        }
    }

    /// The table of a result: group columns, then counts, rates and the measures asked for.
    func table(_ result: FindingQueryResult) -> (header: [String], rows: [[String]]) {
        let zh = language == .chinese
        var header = result.dimensions.map(heading)
        header += zh ? ["问题数", "未整改", "整改中", "已整改", "已销号", "长期坚持", "整改率"] : ["Findings", "Open", "In progress", "Rectified", "Verified", "Long-term", "Rectified %"]
        let overdue = result.rows.contains { $0.overdue != nil }
        let distinct = result.rows.contains { $0.distinctOrganizations != nil }
        if overdue { header += zh ? ["逾期", "逾期率"] : ["Overdue", "Overdue %"] }
        if distinct { header += [zh ? "涉及单位" : "Organizations"] }
        header += result.percentiles.map { zh ? "销号天数\($0)" : "Days to close \($0)" }
        let rows = result.rows.map { row in
            var cells = zip(row.keys, result.dimensions).map { name($0, on: $1) }
            cells += [String(row.count)] + row.statusCounts.map(String.init) + [Self.percent(row.rectificationRate)]
            if overdue { cells += [String(row.overdue ?? 0), row.overdueRate.map(Self.percent) ?? ""] }
            if distinct { cells += [String(row.distinctOrganizations ?? 0)] }
            cells += row.daysToClose.map { $0.map(String.init) ?? "-" }
            return cells
        }
        return (header, rows)
    }

    static func percent(_ rate: Double) -> String { String(format: "%.1f%%", rate * 100) }
}
