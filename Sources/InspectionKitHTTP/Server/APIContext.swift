import Hummingbird
import InspectionKit
import NIOCore

/// The context of one API request: who acts (once authenticated), in which language to answer, and its request id.
public struct APIContext: RequestContext, RemoteAddressRequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// The authenticated account's actor.
    public var actor: Actor?
    /// The language of the answer, from `Accept-Language`.
    public var language: Language = .chinese
    /// The request id, from `X-Request-ID` or generated.
    public var requestID = ""

    /// The address the request came from (none in tests that skip the network).
    public let remoteAddress: SocketAddress?

    /// A context for a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    /// The client's address as text, for the audit trail ("unknown" when there is none).
    public var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The authenticated actor; routes behind the authenticator always have one.
    public func requireActor() throws -> Actor {
        guard let actor else { throw HTTPProblem.unauthorized(language) }
        return actor
    }
}
