import Foundation
import Hummingbird
import InspectionKit
import InspectionKitHTTP

/// 办理 — `POST /do/OPERATION`: the one road by which the workbench changes the record. The form's fields become the
/// same command the API and the command line build (`WorkflowStep`); the core decides it as the signed-in account; on
/// success the browser is sent back to the page it came from, and a refusal is shown with its rule and what to do.
struct StepRoutes {
    let workbench: Workbench

    func register(on router: Router<APIContext>) {
        router.post("do/:operation") { request, context in
            let viewer = try await workbench.viewer(request, context)
            let operation = try context.parameters.require("operation")
            let multipart = MultipartBody.isMultipart(request)
            let form: [String: String]
            var uploads: [MultipartBody.Upload] = []
            if multipart {
                do {
                    (form, uploads) = try await MultipartBody.decode(request, limit: AttachedFile.maximumSize + FormBody.limit)
                } catch {
                    return workbench.refusal(Attachments.tooLarge, viewer: viewer, path: "/do/\(operation)")
                }
            } else {
                form = try await FormBody.decode([String: String].self, from: request, context: context)
            }
            guard form["formToken"] == viewer.session.formToken else { return workbench.formRefused(viewer: viewer, path: "/do/\(operation)") }
            let back = Self.localPath(form["back"])
            guard let step = WorkflowStep.named(operation) else {
                return workbench.refusal(DomainError(.invalidInput, zh: "没有“\(operation)”这一办理事项。", en: "There is no step '\(operation)'."), viewer: viewer, path: back, back: back)
            }
            var fields = form
            for name in ["formToken", "id", "back"] { fields[name] = nil }
            do {
                var command = try step.command(id: form["id"] ?? "", form: fields, actor: viewer.actor)
                if let upload = uploads.first(where: { !$0.bytes.isEmpty }) {
                    command = try await Attachments.attach(upload, to: command, store: workbench.attachments)
                }
                try await workbench.service.execute(command)
            } catch let error as DomainError {
                return workbench.refusal(error, viewer: viewer, path: back, back: back)
            } catch let problem as FormProblem {
                let field = FieldLabels.label(problem.field.split(separator: ".").last.map(String.init) ?? problem.field, viewer.language)
                return workbench.refusal(DomainError(.invalidInput, zh: "“\(field)”：\(problem.message.zh)", en: "'\(field)': \(problem.message.en)"),
                                         viewer: viewer, path: back, back: back)
            }
            return Workbench.redirect(back + (back.contains("?") ? "&" : "?") + "done=" + operation)
        }
    }

    /// `path` when it is a path on this server, else the start page (a form cannot send the browser elsewhere).
    static func localPath(_ path: String?) -> String {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\"), !path.contains("\n") else { return "/" }
        return path
    }
}
