import Foundation
import Hummingbird
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
        // Liveness for operators and load balancers; also the minimal route the load benchmark compares against.
        router.get("health") { _, _ in "ok" }
        let v1 = router.group("v1").add(middleware: TokenAuthenticator(service: service))
        RecordRoutes(service: service).register(on: v1)
        RectificationRoutes(service: service).register(on: v1)
        StatisticsRoutes(service: service).register(on: v1)
        DecisionRoutes(service: service).register(on: v1)
        FieldworkRoutes(service: service).register(on: v1)
        OversightRoutes(service: service).register(on: v1)
        AccountRoutes(service: service).register(on: v1)
        WorkflowRoutes(service: service).register(on: v1)
        return router
    }

    /// The application serving the API on `host:port`; run it with `runService()`, which stops gracefully on SIGINT or SIGTERM.
    public static func application(service: InspectionService, host: String, port: Int, logger: Logger) -> some ApplicationProtocol {
        Application(router: router(service: service), configuration: .init(address: .hostname(host, port: port), serverName: "InspectionKit"),
                    logger: logger)
    }
}
