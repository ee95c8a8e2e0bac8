import Hummingbird
import InspectionKit

/// Reads of fieldwork and of what the team found: work records, one petition, the leads, and the findings as fed
/// back. Each goes through the core's access policy; interview records, petitions and leads join the audit trail
/// before they are answered, and a petitioner's identity reaches only its registrar and the office head.
struct FieldworkRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("inspections/:id/work-records") { request, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            let method = try ListFilter.choice("method", WorkMethod.allCases.map { ($0.rawValue, $0) }, request, context)
            var records = try await refusing(context) { try await service.read { engine in try engine.workRecords(of: id, as: actor) } }
            if let method { records = records.filter { $0.method == method } }
            return try Listing.response(records, request: request, context: context)
        }
        group.get("petitions/:id") { _, context in
            let (actor, id) = try (context.requireActor(), PetitionID(try context.parameters.require("id")))
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.petition(id, as: actor) } })
        }
        group.get("leads") { request, context in
            let actor = try context.requireActor()
            let inspection = ListFilter.id("inspection", request, as: Inspection.self)
            // Only the page asked for is read, and so audited.
            let leads = try await refusing(context) { try await service.read { engine in try engine.visibleLeadIDs(of: inspection, as: actor) } }
            let page = try Page(total: leads.count, request: request, context: context)
            let shown = try await refusing(context) {
                try await service.read { engine in try page.slice(leads).map { id throws in try engine.lead(id, as: actor) } }
            }
            return try JSONBody.response(Listing(items: shown, page: page))
        }
        group.get("inspections/:id/fed-back-findings") { request, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            let findings = try await refusing(context) { try await service.read { engine in try engine.fedBackFindings(of: id, as: actor) } }
            return try Listing.response(findings, request: request, context: context)
        }
    }
}
