import Foundation
import HTTPTypes
import Hummingbird
import InspectionKit

/// Gives every request an id (the client's `X-Request-ID`, or a new one), carries it in the logs and the response,
/// and reads `Accept-Language`.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = APIContext
    static let header = HTTPField.Name("X-Request-ID")

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        var context = context
        let id = Self.header.flatMap { request.headers[$0] }.flatMap { $0.count <= 128 ? $0 : nil } ?? UUID().uuidString
        context.requestID = id
        context.language = Language(acceptLanguage: request.headers[.acceptLanguage])
        context.logger[metadataKey: "request_id"] = .string(id)
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        if let header = Self.header { response.headers[header] = id }
        context.logger.info("\(request.method) \(request.uri.path) → \(response.status.code)")
        return response
    }
}
