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
            let asOf = try ListFilter.day("asOf", request, context)
            var (items, today) = try await service.read { engine in (engine.rectificationItems(of: inspection, asOf: asOf, as: actor), asOf ?? engine.today) }
            if overdue { items = items.filter { $0.isOverdue(on: today) } }
            if let status { items = items.filter { $0.status == status } }
            return try Listing.response(items.map(ItemAnswer.init), request: request, context: context)
        }
        group.get("rectification-items/:id") { _, context in
            let (item, tag) = try await self.item(context)
            return try JSONBody.response(ItemAnswer(item), headers: [.eTag: tag])
        }
        group.get("rectification-items/:id/progress") { request, context in
            let (item, tag) = try await self.item(context)
            let page = try Page(total: item.progress.count, request: request, context: context)
            return try JSONBody.response(Listing(items: page.slice(item.progress), page: page), headers: [.eTag: tag])
        }
    }

    /// The item the actor asked for and its tag, from one state.
    private func item(_ context: APIContext) async throws -> (RectificationItem, String) {
        let actor = try context.requireActor()
        let id = RectificationItemID(try context.parameters.require("id"))
        return try await refusing(context) {
            try await service.read { engine in
                let item = try engine.rectificationItem(id, as: actor)
                return (item, RecordVersion.rectificationItem.tag(ofExisting: id.rawValue, in: engine))
            }
        }
    }
}
