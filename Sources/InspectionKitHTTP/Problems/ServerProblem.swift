import Hummingbird
import InspectionKit

/// A failure of the server rather than a refusal (5xx), answered as problem details carrying the request's id, so an
/// operator finds the cause in the log: a store that stopped taking writes (503) or an unexpected error (500).
public struct ServerProblem: HTTPResponseError {
    /// The problem details sent.
    public let details: ProblemDetails

    /// The HTTP status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: details.status) }

    /// A server problem of `kind` with its status, message and the request's id.
    init(_ kind: String, status: Int, language: Language, requestID: String, title: (zh: String, en: String), detail: (zh: String, en: String)) {
        let zh = language == .chinese
        var details = ProblemDetails(http: kind, status: status, title: zh ? title.zh : title.en, detail: zh ? detail.zh : detail.en)
        details.requestId = requestID
        self.details = details
    }

    /// Renders the problem details with their media type and the request id.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try ProblemDetailsEncoding.encoder.encode(details)
        return Response(status: status, headers: [.contentType: "\(ProblemDetails.mediaType); charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// 503: the store stopped taking writes; nothing more is recorded until it is fixed and the service restarted.
    static func storeFailed(_ error: StoreError, language: Language, requestID: String) -> ServerProblem {
        ServerProblem("storeFailed", status: 503, language: language, requestID: requestID, title: ("存储不可用", "The store is unavailable"),
                      detail: ("存储已停止写入，本请求未被记录：\(error.message.zh) 请联系运维人员并提供请求编号 \(requestID)。",
                               "The store stopped taking writes and this request was not recorded: \(error.message.en) Tell the operator, quoting request \(requestID)."))
    }

    /// 500: an unexpected error; the log has its cause under the request id.
    static func unexpected(language: Language, requestID: String) -> ServerProblem {
        ServerProblem("internalError", status: 500, language: language, requestID: requestID, title: ("服务器内部错误", "Internal server error"),
                      detail: ("服务器出错，本请求可能未完成。请联系运维人员并提供请求编号 \(requestID)。",
                               "The server failed and this request may not have completed. Tell the operator, quoting request \(requestID)."))
    }
}
