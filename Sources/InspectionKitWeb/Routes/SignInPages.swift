import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 登录 — the sign-in page and signing out. A form posted without the token its page gave is refused; a wrong password,
/// an account with no password and a closed account are refused alike (`signIn.credentials`); after five failures on an
/// account or from an address, attempts wait (`signIn.throttled`). Each sign-in, sign-out and refusal on an account is
/// in the audit trail.
struct SignInPages {
    let workbench: Workbench

    /// The cookie that carries the sign-in form's token before there is a session.
    static let formCookie = "ik_form"

    /// The fields of the sign-in form.
    struct SignInForm: Decodable {
        var account: String?
        var password: String?
        var formToken: String?
    }

    func register(on router: Router<APIContext>) {
        router.get("sign-in") { request, context in
            if try await workbench.signedIn(request, context) != nil { return Workbench.redirect("/") }
            return form(request, language: Workbench.language(request), account: "", refusal: nil)
        }
        router.post("sign-in") { request, context in
            try await signIn(request, context)
        }
        router.post("sign-out") { request, context in
            guard let viewer = try await workbench.signedIn(request, context) else { return Workbench.redirect("/sign-in") }
            let posted = try await FormBody.decode(SignInForm.self, from: request, context: context)
            guard posted.formToken == viewer.session.formToken else { return workbench.formRefused(viewer: viewer, path: "/sign-out") }
            await workbench.sessions.end(viewer.session.id)
            try await workbench.service.read { engine in engine.recordSignedOut(viewer.actor.id, address: context.clientAddress) }
            return Workbench.redirect("/sign-in", cookies: [Cookie(name: Workbench.sessionCookie, value: "", maxAge: 0, path: "/",
                                                                   secure: workbench.secureCookies, httpOnly: true, sameSite: .strict)])
        }
    }

    /// The sign-in page, with a fresh form token in a cookie and the form.
    private func form(_ request: Request, language: Language, account: String, refusal: DomainError?, status: HTTPResponse.Status = .ok) -> Response {
        let t = { (zh: String, en: String) in language == .chinese ? zh : en }
        let token = SessionStore.secret()
        var data: [String: Any] = [
            "formToken": token,
            "account": account,
            "accountLabel": t("账号", "Account"),
            "passwordLabel": t("密码", "Password"),
            "submit": t("登录", "Sign in"),
            "hint": t("账号和初始密码由巡察办设置（inspect user password）。", "The inspection office sets accounts and first passwords (inspect user password)."),
        ]
        if let refusal { data["refusal"] = ["rule": refusal.rule.rawValue, "message": refusal.message.text(language)] }
        return workbench.page(t("登录", "Sign in"), template: "sign-in", data: data, viewer: nil, language: language, path: "/sign-in", status: status,
                              cookies: [Cookie(name: Self.formCookie, value: token, path: "/sign-in", secure: workbench.secureCookies, httpOnly: true, sameSite: .strict)])
    }

    private func signIn(_ request: Request, _ context: APIContext) async throws -> Response {
        let language = Workbench.language(request)
        let posted = try await FormBody.decode(SignInForm.self, from: request, context: context)
        let account = (posted.account ?? "").trimmingCharacters(in: .whitespaces)
        let address = context.clientAddress
        guard let token = posted.formToken, !token.isEmpty, token == request.cookies[Self.formCookie]?.value else {
            return form(request, language: language, account: account,
                        refusal: DomainError(.accessFormToken, zh: "登录表单已过期或来自其他网站，请重新输入。",
                                             en: "The sign-in form expired or came from another site: enter your account and password again."), status: .forbidden)
        }
        if await workbench.throttle.isThrottled(account: account, address: address) {
            let refusal = DomainError(.signInThrottled, zh: "登录失败次数过多，请 15 分钟后再试，或联系巡察办。",
                                      en: "Too many failed sign-ins: try again in 15 minutes, or ask the inspection office.")
            try await workbench.service.read { engine in engine.recordRefusedSignIn(UserID(account), address: address, rule: .signInThrottled) }
            return form(request, language: language, account: account, refusal: refusal, status: .tooManyRequests)
        }
        let state = await workbench.service.state
        let user = UserID(account)
        var accepted = false
        if let credential = state.passwords[user], state.users[user]?.active == true {
            accepted = try await Passwords.verify(posted.password ?? "", digest: credential.digest)
        } else {
            // The same work whether or not the account exists, so that the time taken tells nothing either.
            _ = try await Passwords.verify(posted.password ?? "", digest: Self.decoy)
        }
        guard accepted else {
            await workbench.throttle.fail(account: account, address: address)
            try await workbench.service.read { engine in engine.recordRefusedSignIn(user, address: address, rule: .signInCredentials) }
            return form(request, language: language, account: account,
                        refusal: DomainError(.signInCredentials, zh: "账号或密码不正确。", en: "The account or the password is not right."), status: .unauthorized)
        }
        await workbench.throttle.succeed(account: account)
        let session = await workbench.sessions.start(user, address: address)
        try await workbench.service.read { engine in engine.recordSignedIn(user, address: address) }
        return Workbench.redirect("/", cookies: [
            Cookie(name: Workbench.sessionCookie, value: session.id, path: "/", secure: workbench.secureCookies, httpOnly: true, sameSite: .strict),
            Cookie(name: Self.formCookie, value: "", maxAge: 0, path: "/sign-in", secure: workbench.secureCookies, httpOnly: true, sameSite: .strict),
        ])
    }

    /// A bcrypt hash no password matches, checked when the account does not exist.
    static let decoy = "$2b$12$" + String(repeating: "N", count: 53)
}

extension Workbench {
    /// The answer to a form posted without its session's token: refused, nothing done.
    func formRefused(viewer: Viewer, path: String) -> Response {
        refusal(DomainError(.accessFormToken, zh: "表单缺少有效的校验码（可能来自其他网站或已过期），未执行任何操作。请刷新页面后重试。",
                            en: "The form lacks a valid token (it may come from another site, or have expired): nothing was done. Reload the page and try again."),
                viewer: viewer, path: path)
    }
}
