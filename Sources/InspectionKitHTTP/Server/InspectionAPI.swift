import Foundation
import Hummingbird
import NIOPosix
import InspectionKit
import Logging

/// 接口服务 — the REST API over an `InspectionService`: `/openapi.json` in the open, everything under `/v1` behind
/// token authentication and the core's access policy, every answer in the request's language.
public enum InspectionAPI {
    /// The router with every route of the API.
    public static func router(service: InspectionService) -> Router<APIContext> {
        let router = Router(context: APIContext.self)
        router.add(middleware: RequestIDMiddleware())
        router.get("openapi.json") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.data)))
        }
        // Health for operators and load balancers (also the minimal route the load benchmark compares against):
        // "ok", or 503 naming the cause once the store has failed.
        router.get("health") { _, context in
            if let cause = await service.failureCause {
                throw ServerProblem.storeFailed(cause, language: context.language, requestID: context.requestID)
            }
            return "ok"
        }
        let v1 = router.group("v1").add(middleware: RequestLaneMiddleware()).add(middleware: TokenAuthenticator(service: service))
        RecordRoutes(service: service).register(on: v1)
        RectificationRoutes(service: service).register(on: v1)
        StatisticsRoutes(service: service).register(on: v1)
        FieldworkRoutes(service: service).register(on: v1)
        OversightRoutes(service: service).register(on: v1)
        AccountRoutes(service: service).register(on: v1)
        WorkflowRoutes(service: service).register(on: v1)
        return router
    }

    /// The application serving the API on `host:port` within `limits`; run it with `runService()`, which stops
    /// gracefully on SIGINT or SIGTERM — and throws the store's error, after `limits.failureGrace`, once the store fails.
    /// `mount` adds further routes beside the API's (the workbench's pages). The application reads and writes the network on
    /// a group of `limits.networkThreads` threads of its own, kept for the process's life.
    public static func application(service: InspectionService, host: String, port: Int, logger: Logger,
                                   limits: ServerLimits = ServerLimits(),
                                   mount: (Router<APIContext>) -> Void = { _ in }) -> some ApplicationProtocol {
        let router = router(service: service)
        mount(router)
        return Application(router: router,
                    server: .http1(configuration: .init(additionalChannelHandlers: [SlowClientHandler(limits: limits, logger: logger)])),
                    configuration: .init(address: .hostname(host, port: port), serverName: "InspectionKit",
                                         availableConnectionsDelegate: .maximum(limits.maxConnections, logger: logger)),
                    services: [StoreWatch(service: service, limits: limits, logger: logger)],
                    eventLoopGroupProvider: .shared(MultiThreadedEventLoopGroup(numberOfThreads: limits.networkThreads)),
                    logger: logger)
    }
}
