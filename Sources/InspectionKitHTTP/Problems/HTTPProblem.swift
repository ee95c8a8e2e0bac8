import Hummingbird
import InspectionKit

/// A failure of the HTTP layer, answered as problem details in the request's language: missing or bad credentials
/// (401), a stale `If-Match` (412), a body too large (413), a malformed body (400/422, naming the field).
public struct HTTPProblem: HTTPResponseError {
    /// The problem details sent.
    public let details: ProblemDetails

    /// A problem with its kind, status and message in both languages.
    public init(_ problem: String, status: Int, language: Language, title: (zh: String, en: String), detail: (zh: String, en: String)) {
        let zh = language == .chinese
        details = ProblemDetails(http: problem, status: status, title: zh ? title.zh : title.en, detail: zh ? detail.zh : detail.en)
    }

    /// The HTTP status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: details.status) }

    /// Renders the problem details with their media type.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try ProblemDetailsEncoding.encoder.encode(details)
        var headers: HTTPFields = [.contentType: "\(ProblemDetails.mediaType); charset=utf-8"]
        // RFC 9110 §11.6.1: a 401 names the scheme that would succeed.
        if details.status == 401 { headers[.wwwAuthenticate] = Self.challenge }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// The challenge a 401 carries in `WWW-Authenticate`.
    static let challenge = "Bearer realm=\"inspectionkit\""

    /// 401: no valid token.
    static func unauthorized(_ language: Language) -> HTTPProblem {
        HTTPProblem("unauthorized", status: 401, language: language, title: ("未通过身份验证", "Not authenticated"),
                    detail: ("请在 Authorization 头中提供有效的令牌（Bearer），令牌由巡察办主任用 inspect token issue 签发。",
                             "Send a valid token as 'Authorization: Bearer …'; the office head issues tokens with inspect token issue."))
    }

    /// 412: the record changed since it was read.
    static func stale(_ language: Language) -> HTTPProblem {
        HTTPProblem("preconditionFailed", status: 412, language: language, title: ("记录已被修改", "The record has changed"),
                    detail: ("If-Match 与记录当前版本不符：请重新读取（取得新的 ETag）后再提交。",
                             "If-Match does not match the record's current version: read it again (for its new ETag), then retry."))
    }

    /// 413: the body exceeds the limit.
    static func tooLarge(_ language: Language, limit: Int) -> HTTPProblem {
        HTTPProblem("payloadTooLarge", status: 413, language: language, title: ("请求体过大", "Body too large"),
                    detail: ("请求体不得超过 \(limit) 字节。", "A request body may be at most \(limit) bytes."))
    }

    /// 422 (or 400 for unreadable JSON): what is wrong with the body, naming the field.
    static func invalidBody(_ language: Language, field: String, zh: String, en: String, status: Int = 422) -> HTTPProblem {
        HTTPProblem("invalidBody", status: status, language: language, title: ("请求体有误", "Invalid body"),
                    detail: ("字段 \(field)：\(zh)", "Field \(field): \(en)"))
    }

    /// 400: a query parameter is malformed.
    static func invalidParameter(_ language: Language, name: String, zh: String, en: String) -> HTTPProblem {
        HTTPProblem("invalidParameter", status: 400, language: language, title: ("查询参数有误", "Invalid query parameter"),
                    detail: ("参数 \(name)：\(zh)", "Parameter \(name): \(en)"))
    }
}
