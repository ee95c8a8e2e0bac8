import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP
import Mustache

/// 巡察工作台 — the browser frontend: server-rendered pages over the same `InspectionService` and access policy as the
/// CLI and the API, mounted beside `/v1`. Signing in takes an account's password; a session lives in an `HttpOnly`,
/// `SameSite=Strict` cookie, and every form carries the session's token. Pages work without JavaScript.
public struct Workbench: Sendable {
    /// The record it shows.
    public let service: InspectionService
    /// The signed-in sessions.
    public let sessions: SessionStore
    /// The failed sign-ins it slows down.
    public let throttle: SignInThrottle
    /// Whether cookies are marked `Secure` (when served over TLS, directly or behind a proxy that terminates it).
    public let secureCookies: Bool
    /// Where uploaded evidence files are kept (the store's own, beside its journal); nil when this server keeps none.
    public let attachments: (any AttachmentStore)?
    let templates: MustacheLibrary
    let stylesheet: String

    /// A workbench over `service`, its templates loaded from the target's resources.
    public init(service: InspectionService, sessions: SessionStore = SessionStore(), throttle: SignInThrottle = SignInThrottle(),
                secureCookies: Bool = false, attachments: (any AttachmentStore)? = nil) async throws {
        guard let folder = Bundle.module.url(forResource: "Templates", withExtension: nil) else {
            throw WorkbenchError.missingTemplates
        }
        self.service = service
        self.sessions = sessions
        self.throttle = throttle
        self.secureCookies = secureCookies
        self.attachments = attachments
        templates = try await MustacheLibrary(directory: folder.path)
        stylesheet = try String(contentsOf: folder.appendingPathComponent("workbench.css"), encoding: .utf8)
    }

    /// Adds the workbench's pages to `router` (the API's router: its routes stay under `/v1`).
    public func register(on router: Router<APIContext>) {
        router.get("assets/workbench.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: ResponseBody(byteBuffer: ByteBuffer(string: stylesheet)))
        }
        router.get("/") { request, context in
            guard try await signedIn(request, context) != nil else { return Self.redirect("/sign-in") }
            return Self.redirect("/dashboard")
        }
        SignInPages(workbench: self).register(on: router)
        DashboardPage(workbench: self).register(on: router)
        InspectionPages(workbench: self).register(on: router)
        FieldworkPage(workbench: self).register(on: router)
        OfficePages(workbench: self).register(on: router)
        LedgerPages(workbench: self).register(on: router)
        StepRoutes(workbench: self).register(on: router)
        AccountPage(workbench: self).register(on: router)
        LeadPages(workbench: self).register(on: router)
        AuditPage(workbench: self).register(on: router)
        FileRoutes(workbench: self).register(on: router)
    }

    /// A `303 See Other` to `location` (after a form is posted, and to send the signed-out to the sign-in page).
    static func redirect(_ location: String, cookies: [Cookie] = []) -> Response {
        var response = Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
        for cookie in cookies { response.setCookie(cookie) }
        return response
    }
}

/// Why the workbench cannot start.
public enum WorkbenchError: Error, CustomStringConvertible {
    /// The templates are not where the build put them.
    case missingTemplates

    /// The problem, in both languages.
    public var description: String {
        switch self {
        case .missingTemplates: "工作台模板缺失，请重新构建。/ The workbench's templates are missing: rebuild the package."
        }
    }
}
