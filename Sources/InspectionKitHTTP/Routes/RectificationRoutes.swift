import Foundation
import Hummingbird
import InspectionKit

/// The rectification ledger: items the actor may see (the inspected organization: its own), each with an ETag (progress
/// reports are a workflow step guarded by `If-Match`, so that two people updating one item cannot overwrite each other).
struct RectificationRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("rectification-items") { request, context in
            let actor = try context.requireActor()
            let overdue = try ListFilter.choice("overdue", [("true", true), ("false", false)], request, context) ?? false
            let status = try ListFilter.choice("status", RectificationStatus.allCases.map { ($0.rawValue, $0) }, request, context)
            let inspection = ListFilter.id("inspection", request, as: Inspection.self)
            var (items, today) = try await service.read { engine in (engine.rectificationItems(of: inspection, as: actor), engine.today) }
            if overdue { items = items.filter { $0.isOverdue(on: today) } }
            if let status { items = items.filter { $0.status == status } }
            return try Listing.response(items, request: request, context: context)
        }
        group.get("rectification-items/:id") { _, context in
            let (item, tag) = try await self.item(context)
            return try JSONBody.response(item, headers: [.eTag: tag])
        }
    }

    /// The item the actor asked for and its tag, from one state.
    private func item(_ context: APIContext) async throws -> (RectificationItem, String) {
        let actor = try context.requireActor()
        let id = RectificationItemID(try context.parameters.require("id"))
        let (item, tag) = try await service.read { engine in
            (engine.rectificationItems(as: actor).first { $0.id == id }, RecordVersion.rectificationItem.tag(of: id.rawValue, in: engine.state, service: service))
        }
        guard let item, let tag else {
            let exists = await service.state.rectificationItems[id] != nil
            let error = exists ? DomainError(.accessInspectedOrganization, zh: "无权查看该整改事项。", en: "You may not see this rectification item.")
                               : DomainError.unknown(.rectificationItem, id.rawValue)
            throw RefusalResponse(error, language: context.language)
        }
        return (item, tag)
    }
}
