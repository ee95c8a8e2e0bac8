import InspectionKit

/// RFC 9457 problem details: the body of every error response, with a stable type per rule.
public struct ProblemDetails: Codable, Hashable, Sendable {
    /// A URI naming the kind of problem: `urn:inspectionkit:rule:<rule>`, stable across releases.
    public var type: String
    /// A short summary of the kind of problem.
    public var title: String
    /// The HTTP status code.
    public var status: Int
    /// What was wrong in this case and what to do, in the request's language.
    public var detail: String
    /// The rule that refused (an extension member).
    public var rule: String
    /// The request's id, on failures of the server (5xx), to find the cause in its log (an extension member).
    public var requestId: String?

    /// Problem details for a refusal, in `language`.
    public init(_ error: DomainError, language: Language) {
        type = "urn:inspectionkit:rule:\(error.rule.rawValue)"
        status = Int(error.httpStatus.code)
        title = error.httpStatus.title(language)
        detail = error.message.text(language)
        rule = error.rule.rawValue
    }

    /// The public shape of problem details.
    static let shape = PublicShape.record([
        .required("type", .text), .required("title", .text), .required("status", .integer), .required("detail", .text),
        .required("rule", .text), .optional("requestId", .text),
    ])

    /// The media type of a problem-details body.
    public static let mediaType = "application/problem+json"
}

extension ProblemDetails {
    /// Problem details for a failure of the HTTP layer itself (authentication, preconditions, malformed bodies).
    public init(http problem: String, status: Int, title: String, detail: String) {
        type = "urn:inspectionkit:http:\(problem)"
        self.status = status
        self.title = title
        self.detail = detail
        rule = "http.\(problem)"
    }
}
