import Hummingbird
import InspectionKit

/// Resolves `Authorization: Bearer <secret>` to the account it was issued to: the secret's digest must match a
/// token that has not expired or been revoked, of an open account. Anything else is 401.
struct TokenAuthenticator: RouterMiddleware {
    typealias Context = APIContext
    let service: InspectionService

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization], header.hasPrefix("Bearer ") else { throw HTTPProblem.unauthorized(context.language) }
        let digest = TokenSecret.digest(of: String(header.dropFirst("Bearer ".count)).trimmingCharacters(in: .whitespaces))
        guard let account = service.account(bearingTokenDigest: digest) else { throw HTTPProblem.unauthorized(context.language) }
        var context = context
        context.actor = account.actor
        context.logger[metadataKey: "actor"] = .string(account.id.rawValue)
        return try await next(request, context)
    }
}
