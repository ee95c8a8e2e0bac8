import Foundation
import HTTPTypes
import Hummingbird
import InspectionKit

/// Gives every request an id — the client's `X-Request-ID` when it is a plain token (letters, digits, `-._:`, at most
/// 128), else a new one — carries it in the logs and the response, reads `Accept-Language`, and answers every failure
/// that is not a refusal as problem details with the request id, logging its cause.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = APIContext
    static let header = HTTPField.Name("X-Request-ID")

    /// Whether a client's request id may be echoed into headers and logs as it is.
    static func isAcceptable(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= 128 && id.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: ":"): true
            default: false
            }
        }
    }

    func handle(_ request: Request, context: APIContext, next: (Request, APIContext) async throws -> Response) async throws -> Response {
        var context = context
        let offered = Self.header.flatMap { request.headers[$0] }
        let id = offered.flatMap { Self.isAcceptable($0) ? $0 : nil } ?? UUID().uuidString
        context.requestID = id
        context.language = Language(acceptLanguage: request.headers[.acceptLanguage])
        context.logger[metadataKey: "request_id"] = .string(id)
        if offered != nil, offered != id { context.logger.notice("replaced a malformed X-Request-ID") }
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch let error as DomainError {
            response = try RefusalResponse(error, language: context.language).response(from: request, context: context)
        } catch let error as StoreError {
            // Only kinds and identifiers are in store errors, never confidential content: safe to log.
            context.logger.error("\(request.method) \(request.uri.path) failed: store unavailable: \(error.text(.english))")
            response = try ServerProblem.storeFailed(error, language: context.language, requestID: id).response(from: request, context: context)
        } catch {
            context.logger.error("\(request.method) \(request.uri.path) failed: \(String(reflecting: type(of: error))): \(error)")
            response = try ServerProblem.unexpected(language: context.language, requestID: id).response(from: request, context: context)
        }
        if let header = Self.header { response.headers[header] = id }
        context.logger.info("\(request.method) \(request.uri.path) → \(response.status.code)")
        return response
    }
}
