import HTTPTypes
import Hummingbird
import InspectionKit
import InspectionKitHTTP

extension Workbench {
    /// The headers of every page: no caching of what a signed-in person saw, no framing, no inline scripts or styles,
    /// forms posted only here.
    static let pageHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .cacheControl: "no-store",
        .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        HTTPField.Name("X-Frame-Options")!: "DENY",
    ]

    /// A whole page: `template` rendered with `data` inside the layout, for `viewer` (nil on the sign-in page).
    func page(_ title: String, template: String, data: [String: Any], viewer: Viewer?, language: Language, path: String,
              status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        page(title, body: render(template, data), viewer: viewer, language: language, path: path, status: status, cookies: cookies)
    }

    /// `template` rendered with `data` (HTML-escaped except where the template says otherwise).
    func render(_ template: String, _ data: [String: Any]) -> String {
        templates.render(data, withTemplate: template) ?? ""
    }

    /// A whole page around an already rendered `body`.
    func page(_ title: String, body: String, viewer: Viewer?, language: Language, path: String,
              status: HTTPResponse.Status = .ok, cookies: [Cookie] = []) -> Response {
        let t = { (zh: String, en: String) in language == .chinese ? zh : en }
        var layout: [String: Any] = [
            "lang": language == .chinese ? "zh-CN" : "en",
            "title": title,
            "product": t("巡察工作台", "Inspection workbench"),
            "skip": t("跳到正文", "Skip to content"),
            "body": body,
            "otherLang": language == .chinese ? "en" : "zh-CN",
            "otherLangLabel": language == .chinese ? "English" : "中文",
            "switchHref": path + (path.contains("?") ? "&" : "?") + "lang=" + (language == .chinese ? "en" : "zh"),
        ]
        if let viewer {
            layout["user"] = [
                "name": viewer.name,
                "role": viewer.actor.role.label(language),
                "formToken": viewer.session.formToken,
                "signOut": t("退出", "Sign out"),
                "navLabel": t("主菜单", "Main menu"),
                "nav": Self.navigation(for: viewer.actor, language: language).map { item in
                    ["href": item.href, "label": item.label, "current": path.hasPrefix(item.href) || (item.href.hasPrefix("/office/") && path.hasPrefix("/office/"))] as [String: Any]
                },
            ] as [String: Any]
        }
        var response = Response(status: status, headers: Self.pageHeaders,
                                body: ResponseBody(byteBuffer: ByteBuffer(string: templates.render(layout, withTemplate: "layout") ?? "")))
        for cookie in cookies { response.setCookie(cookie) }
        response.setCookie(Cookie(name: Self.languageCookie, value: language == .english ? "en" : "zh", path: "/", secure: secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }

    /// The refusal page: the rule that refused, what it means, and the way back — to the page a refused form came from,
    /// else the start (the status follows the core's refusal).
    func refusal(_ error: DomainError, viewer: Viewer, path: String, back: String = "/") -> Response {
        let language = viewer.language
        let data: [String: Any] = [
            "rule": error.rule.rawValue,
            "message": error.message.text(language),
            "what": error.isAccessDenial
                ? viewer.t("这一页面或操作不在您的权限之内；如有疑问，请联系巡察办。", "This page or step is outside what your role allows; ask the inspection office if in doubt.")
                : viewer.t("未作任何改动：请按上面的说明处理后再提交。", "Nothing was changed: do as said above, then submit again."),
            "back": back,
            "backLabel": back == "/" ? viewer.t("返回首页", "Back to the start") : viewer.t("返回上一页（所填内容未保存）", "Back to the page (nothing was saved)"),
        ]
        return page(viewer.t("未获准许", "Not allowed"), template: "refusal", data: data, viewer: viewer, language: language, path: path,
                    status: error.httpStatus.status)
    }

    /// The menu for an actor's role.
    static func navigation(for actor: Actor, language: Language) -> [(href: String, label: String)] {
        let t = { (zh: String, en: String) in language == .chinese ? zh : en }
        var items: [(String, String)] = []
        if DashboardPage.roles.contains(actor.role) { items.append(("/dashboard", t("工作概览", "Overview"))) }
        items.append(("/inspections", t("巡察", "Inspections")))
        items.append(("/rectification", t("整改台账", "Rectification")))
        if actor.isHeadOfOffice || [.teamLeader, .teamMember, .disciplineCommission, .organizationDepartment].contains(actor.role) {
            items.append(("/leads", t("问题线索", "Leads")))
        }
        if [.office, .leadingGroup, .auditor].contains(actor.role) { items.append(("/audit", t("审计日志", "Audit trail"))) }
        items += OfficePages.navigation(for: actor, language: language)
        items.append(("/account", t("我的账号", "My account")))
        return items
    }
}

extension Workbench {
    /// A page read from the record in one view as `viewer`: `data` builds the template's data from the engine (audited
    /// reads are recorded before the page is sent); a refusal of the core answers with the refusal page naming the rule.
    /// When `request` comes back from a form (`?done=`), the page says the step was done (`done` in the template).
    func recordPage(_ title: String, template: String, viewer: Viewer, path: String, request: Request? = nil,
                    data: @escaping @Sendable (inout Engine) throws(DomainError) -> [String: Any]) async throws -> Response {
        let done = request?.uri.queryParameters.get("done") != nil
        let doneText = viewer.t("已办理，结果已记入档案。", "Done: recorded.")
        do {
            let body = try await service.read { engine in
                var values = try data(&engine)
                if done { values["done"] = doneText }
                return render(template, values)
            }
            return page(title, body: body, viewer: viewer, language: viewer.language, path: path)
        } catch let error as DomainError {
            return refusal(error, viewer: viewer, path: path)
        }
    }
}
