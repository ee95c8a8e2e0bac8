import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// Who is looking at a page: the signed-in session and its account's actor, and the language chosen.
struct Viewer: Sendable {
    /// The session.
    let session: WebSession
    /// The account's actor, as the access policy sees it.
    let actor: Actor
    /// The account's name.
    let name: String
    /// The page's language.
    let language: Language

    /// `zh` or `en` by the page's language.
    func t(_ zh: String, _ en: String) -> String { language == .chinese ? zh : en }
}

extension Workbench {
    /// The cookie that carries a session.
    static let sessionCookie = "ik_session"
    /// The cookie that remembers the language chosen.
    static let languageCookie = "ik_lang"

    /// The language of a page: `?lang=` when given, else the remembered choice, else Chinese.
    static func language(_ request: Request) -> Language {
        let chosen = request.uri.queryParameters.get("lang") ?? request.cookies[languageCookie]?.value
        return chosen == "en" ? .english : .chinese
    }

    /// The viewer when the request carries a live session of an open account; nil otherwise.
    func signedIn(_ request: Request, _ context: APIContext) async throws -> Viewer? {
        guard let id = request.cookies[Self.sessionCookie]?.value, let session = await sessions.use(id) else { return nil }
        let account = await service.state.users[session.userID]
        guard let account, account.active else {
            await sessions.endAll(of: session.userID)
            return nil
        }
        return Viewer(session: session, actor: account.actor, name: account.name, language: Self.language(request))
    }

    /// The viewer, or a redirect to the sign-in page thrown as the answer.
    func viewer(_ request: Request, _ context: APIContext) async throws -> Viewer {
        guard let viewer = try await signedIn(request, context) else { throw SignInRequired() }
        return viewer
    }
}

/// Thrown when a page needs a signed-in viewer: answered with a redirect to the sign-in page.
struct SignInRequired: HTTPResponseError {
    var status: HTTPResponse.Status { .seeOther }
    func response(from request: Request, context: some RequestContext) throws -> Response {
        Workbench.redirect("/sign-in")
    }
}
