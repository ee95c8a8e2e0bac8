import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 我的账号 — the signed-in account: who it is, and changing its own password (the current one first). The change is
/// the same command as `inspect user password`; it ends the account's other sessions.
struct AccountPage {
    let workbench: Workbench

    /// The fields of the password form.
    struct PasswordForm: Decodable {
        var formToken: String?
        var current: String?
        var new: String?
        var again: String?
    }

    func register(on router: Router<APIContext>) {
        router.get("account") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let done = request.uri.queryParameters.get("done") != nil
            return try await page(viewer, done: done, refusal: nil)
        }
        router.post("account/password") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let form = try await FormBody.decode(PasswordForm.self, from: request, context: context)
            guard form.formToken == viewer.session.formToken else { return workbench.formRefused(viewer: viewer, path: "/account") }
            let state = await workbench.service.state
            let current = state.passwords[viewer.actor.id]
            var matches = false
            if let current { matches = try await Passwords.verify(form.current ?? "", digest: current.digest) }
            guard matches else {
                try await workbench.service.read { engine in engine.recordRefusedSignIn(viewer.actor.id, address: context.clientAddress, rule: .signInCredentials) }
                return try await page(viewer, done: false, status: .unauthorized,
                                      refusal: DomainError(.signInCredentials, zh: "当前密码不正确，密码未更改。", en: "The current password is not right: nothing was changed."))
            }
            let new = form.new ?? ""
            guard new == form.again else {
                return try await page(viewer, done: false, status: .unprocessableContent,
                                      refusal: DomainError(.invalidInput, zh: "两次输入的新密码不一致，密码未更改。", en: "The two new passwords differ: nothing was changed."))
            }
            if let problem = Passwords.problem(with: new, for: viewer.actor.id) {
                return try await page(viewer, done: false, status: .unprocessableContent, refusal: DomainError(.invalidInput, zh: problem.zh, en: problem.en))
            }
            let digest = try await Passwords.hash(new)
            do {
                try await workbench.service.execute(Command(actor: viewer.actor, intent: .setPassword(viewer.actor.id, digest: digest)))
            } catch let error as DomainError {
                return workbench.refusal(error, viewer: viewer, path: "/account")
            }
            await workbench.sessions.endAll(of: viewer.actor.id, keeping: viewer.session.id)
            return Workbench.redirect("/account?done=password")
        }
    }

    private func page(_ viewer: Viewer, done: Bool, status: HTTPResponse.Status = .ok, refusal: DomainError?) async throws -> Response {
        let t = viewer.t
        let account = await workbench.service.state.users[viewer.actor.id]
        var data: [String: Any] = [
            "facts": [
                ["label": t("账号", "Account"), "value": viewer.actor.id.rawValue],
                ["label": t("姓名", "Name"), "value": viewer.name],
                ["label": t("角色", "Role"), "value": viewer.actor.role.label(viewer.language)],
                ["label": t("所在党组织", "Organization"), "value": account?.actor.organizationID?.rawValue ?? "—"],
            ],
            "changeHeading": t("修改密码", "Change the password"),
            "formToken": viewer.session.formToken,
            "currentLabel": t("当前密码", "Current password"), "newLabel": t("新密码", "New password"), "againLabel": t("再输入一次", "Again"),
            "submit": t("修改", "Change"),
            "policy": t("至少 \(Passwords.minimumLength) 个字符，不含账号名，至少 4 个不同的字符。修改后，本账号在其他浏览器的登录将失效。",
                        "At least \(Passwords.minimumLength) characters, not containing the account's name, with at least 4 different characters. Changing it signs this account out everywhere else."),
        ]
        if done { data["done"] = t("密码已修改。", "The password was changed.") }
        if let refusal { data["refusal"] = ["rule": refusal.rule.rawValue, "message": refusal.message.text(viewer.language)] }
        return workbench.page(t("我的账号", "My account"), template: "account", data: data, viewer: viewer, language: viewer.language, path: "/account", status: status)
    }
}
