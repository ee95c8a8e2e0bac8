import Hummingbird
import InspectionKit

/// The context of one API request: who acts (once authenticated), in which language to answer, and its request id.
public struct APIContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The authenticated account's actor.
    public var actor: Actor?
    /// The language of the answer, from `Accept-Language`.
    public var language: Language = .chinese
    /// The request id, from `X-Request-ID` or generated.
    public var requestID = ""

    /// A context for a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The authenticated actor; routes behind the authenticator always have one.
    func requireActor() throws -> Actor {
        guard let actor else { throw HTTPProblem.unauthorized(language) }
        return actor
    }
}
