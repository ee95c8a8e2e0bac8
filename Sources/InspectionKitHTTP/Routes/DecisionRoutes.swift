import Hummingbird
import InspectionKit

/// Decisions taken through the API: the team meeting's review of a finding draft, a receiving body's disposition of
/// a lead, and a level below's exchange package taken in. Each is a command the core decides and journals.
struct DecisionRoutes {
    let service: InspectionService

    /// The body of a review.
    struct Review: Decodable {
        let decision: ReviewDecision
        let opinion: String
    }

    /// The body of a disposition.
    struct DispositionReport: Decodable {
        let kind: DispositionKind
        let note: String
    }

    /// Exchange packages may be large: a county's findings over a term.
    static let packageLimit = 32 * 1024 * 1024

    func register(on group: RouterGroup<APIContext>) {
        group.post("findings/:id/review") { request, context in
            let actor = try context.requireActor()
            let id = FindingID(try context.parameters.require("id"))
            let review = try await JSONBody.decode(Review.self, fields: ["decision", "opinion"], from: request, context: context)
            try await execute(Command(actor: actor, intent: .reviewFinding(id, decision: review.decision, opinion: review.opinion)), context)
            return try JSONBody.response(["finding": id.rawValue, "decision": review.decision.rawValue])
        }
        group.post("leads/:id/disposition") { request, context in
            let actor = try context.requireActor()
            let id = LeadID(try context.parameters.require("id"))
            let report = try await JSONBody.decode(DispositionReport.self, fields: ["kind", "note"], from: request, context: context)
            try await execute(Command(actor: actor, intent: .recordDisposition(id, kind: report.kind, note: report.note)), context)
            return try JSONBody.response(["lead": id.rawValue, "disposition": report.kind.rawValue])
        }
        group.post("exchange-packages") { request, context in
            let actor = try context.requireActor()
            let fields: Set<String> = ["format", "version", "source", "sourceName", "exportedOn", "organizations", "rounds", "findings"]
            let package = try await JSONBody.decode(ExchangePackage.self, fields: fields, from: request, context: context, limit: Self.packageLimit)
            try await execute(Command(actor: actor, intent: .importExchangePackage(package)), context)
            return try JSONBody.response(["source": package.source, "findings": String(package.findings.count)])
        }
    }

    private func execute(_ command: Command, _ context: APIContext) async throws {
        try await refusing(context) { _ = try await service.execute(command) }
    }
}
