import Hummingbird
import InspectionKit

/// How the core's refusals map onto HTTP: access denials are 403, unknown records 404, malformed input 422,
/// duplicates and domain-rule refusals 409 (the request was understood but conflicts with the record's state).
public enum RefusalStatus: Hashable, Sendable {
    /// 403 Forbidden.
    case forbidden
    /// 404 Not Found.
    case notFound
    /// 409 Conflict.
    case conflict
    /// 422 Unprocessable Content.
    case unprocessable

    /// The numeric status code.
    public var code: Int {
        switch self {
        case .forbidden: 403
        case .notFound: 404
        case .conflict: 409
        case .unprocessable: 422
        }
    }

    /// The Hummingbird status.
    public var status: HTTPResponse.Status { HTTPResponse.Status(code: code) }

    /// A short title in `language`.
    public func title(_ language: Language) -> String {
        switch self {
        case .forbidden: language == .chinese ? "无权操作" : "Forbidden by the access policy"
        case .notFound: language == .chinese ? "记录不存在" : "No such record"
        case .conflict: language == .chinese ? "不符合巡察工作规则" : "Refused by a rule of inspection work"
        case .unprocessable: language == .chinese ? "输入有误" : "Invalid input"
        }
    }
}

extension DomainError {
    /// The HTTP status this refusal is answered with.
    public var httpStatus: RefusalStatus {
        if isAccessDenial { return .forbidden }
        switch rule {
        case .unknownRecord: return .notFound
        case .invalidInput: return .unprocessable
        default: return .conflict
        }
    }
}

/// A refusal of the core, answered as `application/problem+json` in the request's language.
public struct RefusalResponse: HTTPResponseError {
    /// The refusal.
    public let error: DomainError
    /// The language to answer in.
    public let language: Language

    /// Wraps a refusal for a response in `language`.
    public init(_ error: DomainError, language: Language) {
        self.error = error
        self.language = language
    }

    /// The HTTP status of the refusal.
    public var status: HTTPResponse.Status { error.httpStatus.status }

    /// The problem-details body as bytes.
    public func body() throws -> [UInt8] {
        try Array(ProblemDetailsEncoding.encoder.encode(ProblemDetails(error, language: language)))
    }

    /// Renders the problem details with their media type.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        Response(status: status, headers: [.contentType: "\(ProblemDetails.mediaType); charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: try body())))
    }
}
