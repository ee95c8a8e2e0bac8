import Foundation
import Hummingbird
import InspectionKit

/// Inspections, their findings and petitions, and leads: every read goes through the core's access policy, and the
/// confidential ones (leads, petitions) join the audit trail before they are answered.
struct RecordRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("me") { _, context in try JSONBody.response(try context.requireActor()) }
        group.get("inspections") { request, context in
            let actor = try context.requireActor()
            let stage = try ListFilter.choice("stage", ListFilter.cases(InspectionStage.self), request, context)
            let round = ListFilter.id("round", request, as: Round.self)
            let inspections = try await service.read { engine in engine.inspections(as: actor) }
                .filter { inspection in stage.map { inspection.stage == $0 } ?? true }
                .filter { inspection in round.map { inspection.roundID == $0 } ?? true }
            let page = try Page(total: inspections.count, request: request, context: context)
            // A list carries summaries; the whole file is at /v1/inspections/{id}.
            return try JSONBody.response(Listing(items: page.slice(inspections).map(InspectionSummary.init), page: page))
        }
        group.get("inspections/:id") { _, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            let (inspection, tag) = try await refusing(context) {
                try await service.read { engine in (try engine.inspection(id, as: actor), RecordVersion.inspection.tag(of: id.rawValue, in: engine)) }
            }
            return try JSONBody.response(inspection, headers: tag.map { [.eTag: $0] } ?? [:])
        }
        group.get("findings/:id") { _, context in
            let (actor, id) = try (context.requireActor(), FindingID(try context.parameters.require("id")))
            let (finding, tag) = try await refusing(context) {
                try await service.read { engine in
                    guard let held = engine.state.findings[id] else { throw DomainError.unknown(.finding, id.rawValue) }
                    // The inspection's drafts first, then this finding: the policy names the rule that refuses either.
                    let visible = try engine.findings(of: held.inspectionID, as: actor).first { $0.id == id }
                    try AccessPolicy.authorizeRead(actor, .finding(id), state: engine.state, today: engine.today)
                    guard let visible else { throw DomainError.unknown(.finding, id.rawValue) }
                    return (visible, RecordVersion.finding.tag(ofExisting: held.id.rawValue, in: engine))
                }
            }
            return try JSONBody.response(finding, headers: [.eTag: tag])
        }
        group.get("inspections/:id/findings") { request, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            let review = try ListFilter.choice("review", [("pending", "pending"), ("approved", "approved"), ("returned", "returned")], request, context)
            let findings = try await refusing(context) { try await service.read { engine in try engine.findings(of: id, as: actor) } }
                .filter { finding in review.map { (finding.review?.decision.rawValue ?? "pending") == $0 } ?? true }
            return try Listing.response(findings, request: request, context: context)
        }
        group.get("inspections/:id/petitions") { request, context in
            let (actor, id) = try (context.requireActor(), InspectionID(try context.parameters.require("id")))
            let petitions = try await refusing(context) { try await service.read { engine in try engine.petitions(of: id, as: actor) } }
            return try Listing.response(petitions, request: request, context: context)
        }
        group.get("leads/:id") { _, context in
            let (actor, id) = try (context.requireActor(), LeadID(try context.parameters.require("id")))
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.lead(id, as: actor) } })
        }
        group.get("audit") { request, context in
            let actor = try context.requireActor()
            let last = try Page.integer("last", request, context, default: 100, range: 1...10_000)
            let record = request.uri.queryParameters.get("record")
            let trail = try await refusing(context) { try await service.auditTrail(as: actor, matching: record) }
            let entries = trail.suffix(last).map { AuditLine($0, language: context.language) }
            return try JSONBody.response(entries)
        }
    }
}

/// Runs `body`, answering a refusal of the core as problem details in the request's language.
func refusing<T>(_ context: APIContext, _ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as DomainError {
        throw RefusalResponse(error, language: context.language)
    }
}

/// One inspection in a list: what it is and where it stands (the whole file is at `/v1/inspections/{id}`).
struct InspectionSummary: Encodable {
    let id: InspectionID
    let roundID: RoundID
    let targetID: OrganizationID
    let extensionIDs: [OrganizationID]
    let teamID: TeamID
    let stage: InspectionStage
    let window: DayWindow?

    init(_ inspection: Inspection) {
        id = inspection.id
        roundID = inspection.roundID
        targetID = inspection.targetID
        extensionIDs = inspection.extensionIDs
        teamID = inspection.teamID
        stage = inspection.stage
        window = inspection.authorization?.window
    }
}
