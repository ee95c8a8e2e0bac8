import Hummingbird
import InspectionKit

/// What the office watches: a team's recusal conflicts before authorization, a term's coverage, rectification items
/// at risk, and the stage deadlines coming due — each as the core's access policy allows.
struct OversightRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("inspections/:id/recusal-report") { _, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.recusalReport(for: id, as: actor) } })
        }
        group.get("terms/:id/coverage") { request, context in
            let (actor, id) = try (context.requireActor(), TermID(try context.parameters.require("id")))
            let day = try ListFilter.day("asOf", request, context)
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.coverage(of: id, asOf: day, as: actor) } })
        }
        group.get("rectification-warnings") { request, context in
            let actor = try context.requireActor()
            let day = try ListFilter.day("asOf", request, context) ?? ListFilter.day("on", request, context)
            let all = try ListFilter.choice("all", [("true", true), ("false", false)], request, context) ?? false
            let warnings = try await service.read { engine in engine.itemWarnings(on: day, atRiskOnly: !all, as: actor) }
            return try Listing.response(warnings, request: request, context: context)
        }
        group.get("deadlines") { request, context in
            let actor = try context.requireActor()
            let day = try ListFilter.day("asOf", request, context) ?? ListFilter.day("on", request, context)
            let deadlines = try await service.read { engine in engine.pendingDeadlines(on: day, as: actor) }
            return try Listing.response(deadlines, request: request, context: context)
        }
    }
}
