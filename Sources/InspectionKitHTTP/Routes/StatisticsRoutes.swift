import Hummingbird
import InspectionKit

/// The office's statistics as query endpoints over the columnar index.
struct StatisticsRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("statistics/findings") { request, context in
            let actor = try context.requireActor()
            let today = try ListFilter.day("asOf", request, context) ?? service.today
            let query = try Self.query(request, context, today: today)
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.findingStatistics(query, as: actor) } })
        }
        group.get("statistics/leads") { request, context in
            let actor = try context.requireActor()
            let day = try ListFilter.day("asOf", request, context)
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.leadDispositions(asOf: day, as: actor) } })
        }
        group.get("statistics/summary") { request, context in
            let actor = try context.requireActor()
            let period = try Self.period(request, context)
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.periodSummary(period, as: actor) } })
        }
        group.get("statistics/accountability") { _, context in
            let actor = try context.requireActor()
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.accountabilitySummary(as: actor) } })
        }
        group.get("statistics/relapse") { _, context in
            let actor = try context.requireActor()
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.relapseSummary(as: actor) } })
        }
    }

    /// The reporting period of `?period=2025H1` (or `?year=2025`, or `?from=…&to=…`); 400 naming the parameter otherwise.
    static func period(_ request: Request, _ context: APIContext) throws -> ReportingPeriod {
        let parameters = request.uri.queryParameters
        if let name = parameters.get("period") ?? parameters.get("year") {
            guard let period = ReportingPeriod(named: name) else {
                throw HTTPProblem.invalidParameter(context.language, name: parameters.get("period") == nil ? "year" : "period",
                                                   zh: "无法识别期间“\(name)”（可用 2025、2025H1、2025Q3、2025-07）。",
                                                   en: "'\(name)' is not a period (use 2025, 2025H1, 2025Q3 or 2025-07).")
            }
            return period
        }
        guard let from = try ListFilter.day("from", request, context), let to = try ListFilter.day("to", request, context), from <= to else {
            throw HTTPProblem.invalidParameter(context.language, name: "period", zh: "请用 period、year 或 from 与 to 指定统计期间。",
                                               en: "choose the period with period, year, or from and to (from not after to).")
        }
        return ReportingPeriod(from: from, to: to)
    }

    /// `?by=round&by=area&round=…&org=…&category=…&team=…&status=…&overdue=true&withOverdue=true&percentiles=50,90&limit=&asOf=`.
    static func query(_ request: Request, _ context: APIContext, today: Day) throws -> FindingQuery {
        let parameters = request.uri.queryParameters
        func list(_ name: String) -> Set<String>? {
            let values = parameters.getAll(name).flatMap { $0.split(separator: ",").map(String.init) }
            return values.isEmpty ? nil : Set(values)
        }
        func bad(_ name: String, _ zh: String, _ en: String) -> HTTPProblem { .invalidParameter(context.language, name: name, zh: zh, en: en) }
        var dimensions: [FindingDimension] = []
        for name in parameters.getAll("by") {
            guard let dimension = FindingDimension(name: String(name)) else {
                throw bad("by", "未知维度 \(name)（可用 \(FindingDimension.names.joined(separator: "、"))）。", "unknown dimension \(name) (use \(FindingDimension.names.joined(separator: ", "))).")
            }
            dimensions.append(dimension)
        }
        guard dimensions.count <= 2 else { throw bad("by", "最多按两个维度分组。", "group by at most two dimensions.") }
        var filter = FindingFilter(rounds: list("round"), organizations: list("org"), categories: list("category"), teams: list("team"))
        if let statuses = list("status") {
            filter.statuses = Set(try statuses.map { name in
                guard let status = FindingStatus.allCases.first(where: { "\($0)" == name }) else {
                    throw bad("status", "未知状态 \(name)。", "unknown status \(name) (use open, inProgress, rectified, verified, longTerm).")
                }
                return status
            })
        }
        if parameters.get("overdue") == "true" { filter.overdueOn = today }
        var measures = FindingMeasures(overdueOn: parameters.get("withOverdue") == "true" ? today : nil)
        for text in list("percentiles")?.sorted() ?? [] {
            guard let value = Int(text), (0...100).contains(value) else { throw bad("percentiles", "应为 0 到 100 的整数。", "expected whole numbers from 0 to 100.") }
            measures.daysToClose.append(try Percentile(perMille: value * 10))
        }
        let limit = try parameters.get("limit").map { text in
            guard let value = Int(text), value >= 0 else { throw bad("limit", "应为非负整数。", "expected a non-negative whole number.") }
            return value
        }
        return FindingQuery(filter: filter, groupBy: dimensions, measures: measures, limit: limit)
    }
}
