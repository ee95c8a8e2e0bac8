import InspectionKit
import InspectionKitHTTP

/// 办理表单 — the HTML form of one step of the work: it posts to `/do/OPERATION` with the record's id, the page to
/// return to and the session's token, and its fields are the API's (see `WorkflowStep`), labelled in the page's
/// language. Which forms a page shows is decided by the access policy, so each role sees only the steps it may take.
struct StepForm {
    /// The step.
    let step: WorkflowStep
    /// The record it acts on.
    let id: String
    /// The page to come back to.
    let back: String
    /// The button's label.
    let title: String
    /// Fields given by the page, not asked (hidden).
    var fixed: [String: String] = [:]
    /// Fields not to ask (the page knows better, or they are rarely wanted here).
    var omitted: Set<String> = []

    /// The form's HTML, for `viewer`.
    func html(_ viewer: Viewer) -> String {
        let formID = "f-\(step.operation)-\(id)".filter { $0.isLetter || $0.isNumber || $0 == "-" }
        var out = #"<form method="post" action="/do/\#(HTML.escape(step.operation))" class="step" aria-label="\#(HTML.escape(title))">"#
        out += hidden("formToken", viewer.session.formToken) + hidden("id", id) + hidden("back", back)
        for (name, value) in fixed.sorted(by: { $0.key < $1.key }) { out += hidden(name, value) }
        for field in step.fields where fixed[field.name] == nil && !omitted.contains(field.name) {
            out += input(field, prefix: "", formID: formID, viewer: viewer)
        }
        return out + #"<button type="submit">\#(HTML.escape(title))</button></form>"#
    }

    private func hidden(_ name: String, _ value: String) -> String {
        #"<input type="hidden" name="\#(HTML.escape(name))" value="\#(HTML.escape(value))">"#
    }

    private func input(_ field: FormField, prefix: String, formID: String, viewer: Viewer) -> String {
        let name = prefix + field.name
        let id = "\(formID)-\(name)".replacingOccurrences(of: ".", with: "-")
        let label = FieldLabels.label(field.name, viewer.language) + (field.required ? "" : viewer.t("（选填）", " (optional)"))
        let required = field.required ? " required" : ""
        switch field.kind {
        case .text, .list:
            return #"<label for="\#(id)">\#(HTML.escape(label))</label><input id="\#(id)" name="\#(HTML.escape(name))"\#(required)>"#
        case .number:
            return #"<label for="\#(id)">\#(HTML.escape(label))</label><input id="\#(id)" name="\#(HTML.escape(name))" inputmode="numeric" pattern="-?[0-9]+"\#(required)>"#
        case .day:
            return #"<label for="\#(id)">\#(HTML.escape(label))</label><input id="\#(id)" name="\#(HTML.escape(name))" type="date"\#(required)>"#
        case .flag:
            return #"<label><input type="checkbox" name="\#(HTML.escape(name))" value="on"> \#(HTML.escape(label))</label>"#
        case .choice(let words):
            let options = words.map { #"<option value="\#(HTML.escape($0))">\#(HTML.escape(FieldLabels.word($0, viewer.language)))</option>"# }.joined()
            let blank = field.required ? "" : #"<option value=""></option>"#
            return #"<label for="\#(id)">\#(HTML.escape(label))</label><select id="\#(id)" name="\#(HTML.escape(name))"\#(required)>\#(blank)\#(options)</select>"#
        case .group(let fields):
            return "<fieldset><legend>\(HTML.escape(label))</legend>"
                + fields.map { input($0, prefix: name + ".", formID: formID, viewer: viewer) }.joined() + "</fieldset>"
        case .unavailable:
            return ""
        }
    }
}
