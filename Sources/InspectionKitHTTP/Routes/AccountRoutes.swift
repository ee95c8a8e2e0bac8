import Hummingbird
import InspectionKit

/// The exchange package a level above takes in from this office, as the core's access policy allows (tokens are
/// issued by a workflow step, `POST /v1/users/{id}/tokens`).
struct AccountRoutes {
    let service: InspectionService

    func register(on group: RouterGroup<APIContext>) {
        group.get("exchange-package") { _, context in
            let actor = try context.requireActor()
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.exchangePackage(as: actor) } })
        }
    }
}
