import Hummingbird
import InspectionKit

/// Accounts' API tokens issued through the API (the secret answered once, only its digest kept), and the exchange
/// package a level above takes in — both decided by the core's access policy like any command or read.
struct AccountRoutes {
    let service: InspectionService

    /// The body of a token request.
    struct TokenRequest: Decodable {
        let expiresOn: Day
    }

    /// A token just issued: the only answer that ever carries its secret.
    struct IssuedToken: Encodable {
        let id: String
        let userID: String
        let expiresOn: Day
        let secret: String
    }

    func register(on group: RouterGroup<APIContext>) {
        group.post("users/:id/tokens") { request, context in
            let actor = try context.requireActor()
            let user = UserID(try context.parameters.require("id"))
            let body = try await JSONBody.decode(TokenRequest.self, fields: ["expiresOn"], from: request, context: context)
            let secret = TokenSecret.generate()
            let command = Command(actor: actor, intent: .issueToken(userID: user, digest: TokenSecret.digest(of: secret), expiresOn: body.expiresOn))
            let events = try await refusing(context) { try await service.execute(command) }
            let id = events.flatMap(\.event.createdIDs).first ?? ""
            return try JSONBody.response(IssuedToken(id: id, userID: user.rawValue, expiresOn: body.expiresOn, secret: secret), status: .created)
        }
        group.get("exchange-package") { _, context in
            let actor = try context.requireActor()
            return try JSONBody.response(try await refusing(context) { try await service.read { engine in try engine.exchangePackage(as: actor) } })
        }
    }
}
