import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession

/// 接口令牌 — sends the account's bearer token with every request.
public struct BearerToken: ClientMiddleware {
    /// The secret `inspect token issue` printed (`ik_…`).
    let secret: String

    /// A middleware sending `secret`.
    public init(secret: String) { self.secret = secret }

    /// Adds `Authorization: Bearer …` to the request.
    public func intercept(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String,
                          next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)) async throws -> (HTTPResponse, HTTPBody?) {
        var request = request
        request.headerFields[.authorization] = "Bearer \(secret)"
        return try await next(request, body, baseURL)
    }
}

extension Client {
    /// A client of the InspectionKit API at `serverURL` (e.g. `http://127.0.0.1:8080`), acting as the account whose
    /// token `secret` is, over URLSession.
    public static func inspectionKit(serverURL: URL, secret: String) -> Client {
        Client(serverURL: serverURL, transport: URLSessionTransport(), middlewares: [BearerToken(secret: secret)])
    }
}
