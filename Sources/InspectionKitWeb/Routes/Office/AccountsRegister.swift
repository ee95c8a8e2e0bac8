import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 账号 — the accounts with their roles and whether they are open, for the office, the leading group and auditors;
/// the office head opens and closes accounts and sets an account's sign-in password (hashed before it is recorded,
/// after the access policy has said the viewer may set it — the same command as `inspect user password`).
struct AccountsRegister {
    let workbench: Workbench

    static let register = OfficePages.Register(path: "/office/accounts", title: { $0.t("账号", "Accounts") }) { engine, viewer, path throws(DomainError) in
        let t = viewer.t
        let language = viewer.language
        let accounts = try engine.accounts(as: viewer.actor)
        let passwords = engine.state.passwords
        let table = HTMLTable(columns: [t("账号", "Account"), t("姓名", "Name"), t("角色", "Role"), t("关联", "Tied to"), t("登录密码", "Password"), t("状态", "Status")],
                              rows: accounts.map { user in
                                  [.text(user.id.rawValue), .text(user.name),
                                   .text(user.role.label(language) + (user.isOfficeHead ? t("（主任）", " (head)") : "")),
                                   .text(user.inspectorID?.rawValue ?? user.organizationID?.rawValue ?? ""),
                                   .text(passwords[user.id].map { t("\($0.setOn) 设置", "set \($0.setOn)") } ?? "—"),
                                   .text(user.active ? t("启用", "open") : t("停用", "closed"))]
                              }).html(empty: t("没有账号。", "No accounts."))
        var forms = OfficeSteps.forms(["registerUser", "deactivateUser"], viewer: viewer, engine: engine, path: path)
        let open = choices(accounts.filter(\.active).map { ($0.id, $0.name) })
        for index in forms.indices where forms[index].step.operation == "deactivateUser" {
            forms[index].records = (t("账号", "Account"), open)
        }
        var sections = [(heading: t("账号清单", "Accounts"), html: table)]
        if viewer.actor.isHeadOfOffice {
            sections.append((heading: t("设置登录密码", "Set a sign-in password"), html: passwordForm(viewer, accounts: open)))
        }
        return OfficePages.Content(sections: sections, forms: forms)
    }

    /// The office head's form to set an account's password.
    static func passwordForm(_ viewer: Viewer, accounts: [(value: String, label: String)]) -> String {
        let t = viewer.t
        let options = accounts.map { #"<option value="\#(HTML.escape($0.value))">\#(HTML.escape($0.label))</option>"# }.joined()
        return #"<form method="post" action="/office/accounts/password" class="step narrow">"#
            + StepForm.hidden("formToken", viewer.session.formToken)
            + #"<label for="pw-account">\#(t("账号", "Account"))</label><select id="pw-account" name="account" required>\#(options)</select>"#
            + #"<label for="pw-new">\#(t("新密码", "New password"))</label><input id="pw-new" name="new" type="password" autocomplete="new-password" required>"#
            + #"<label for="pw-again">\#(t("再输入一次", "Again"))</label><input id="pw-again" name="again" type="password" autocomplete="new-password" required>"#
            + #"<p class="hint">\#(HTML.escape(t("至少 \(Passwords.minimumLength) 个字符，不含账号名，至少 4 个不同的字符；该账号已有的登录随即失效。", "At least \(Passwords.minimumLength) characters, not containing the account's name, with 4 different characters; the account's sessions end.")))</p>"#
            + #"<button type="submit">\#(t("设置密码", "Set the password"))</button></form>"#
    }

    /// The fields of the password form.
    struct PasswordForm: Decodable {
        var formToken: String?
        var account: String?
        var new: String?
        var again: String?
    }

    func registerPasswordRoute(on router: Router<APIContext>) {
        router.post("office/accounts/password") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let form = try await FormBody.decode(PasswordForm.self, from: request, context: context)
            let back = "/office/accounts"
            guard form.formToken == viewer.session.formToken else { return workbench.formRefused(viewer: viewer, path: back) }
            let account = UserID(form.account ?? "")
            let new = form.new ?? ""
            // Who may set it is decided before any hash is spent.
            let state = await workbench.service.state
            let probe = Intent.setPassword(account, digest: "")
            do throws(DomainError) {
                try AccessPolicy.authorize(viewer.actor, probe, state: state, today: workbench.service.day(of: Date()))
            } catch {
                return workbench.refusal(error, viewer: viewer, path: back, back: back)
            }
            guard new == form.again else {
                return workbench.refusal(DomainError(.invalidInput, zh: "两次输入的新密码不一致，密码未设置。", en: "The two passwords differ: nothing was set."), viewer: viewer, path: back, back: back)
            }
            if let problem = Passwords.problem(with: new, for: account) {
                return workbench.refusal(DomainError(.invalidInput, zh: problem.zh, en: problem.en), viewer: viewer, path: back, back: back)
            }
            do {
                try await workbench.service.execute(Command(actor: viewer.actor, intent: .setPassword(account, digest: try await Passwords.hash(new))))
            } catch let error as DomainError {
                return workbench.refusal(error, viewer: viewer, path: back, back: back)
            }
            await workbench.sessions.endAll(of: account)
            return Workbench.redirect(back + "?done=password")
        }
    }
}
