import InspectionKit
import InspectionKitHTTP

/// 办理表单 — the HTML form of one step of the work: it posts to `/do/OPERATION` with the record's id, the page to
/// return to and the session's token, and its fields are the API's (see `WorkflowStep`), labelled in the page's
/// language. Which forms a page shows is decided by the access policy, so each role sees only the steps it may take.
struct StepForm {
    /// A list of objects asked once per row the page knows (a plan's item per finding), each row with its own legend
    /// and the fields the page gives for it (hidden), posted as `field.N.name`.
    struct Rows {
        /// The list field.
        let field: String
        /// Each row's legend and given fields.
        let rows: [(legend: String, fixed: [String: String])]
    }

    /// The step.
    let step: WorkflowStep
    /// The record it acts on.
    let id: String
    /// The page to come back to.
    let back: String
    /// The button's label.
    let title: String
    /// Fields not to ask (the page knows better, or they are rarely wanted here).
    var omitted: Set<String> = []
    /// The values the page knows a field can take (the team's inspectors, the authorized organizations, the approved
    /// findings): a select for one value, check boxes (`field.N`) for a list.
    var options: [String: [(value: String, label: String)]] = [:]
    /// A list of objects asked row by row.
    var rows: Rows?
    /// When set, the record is chosen in the form (a select of these, labelled `records.label`) instead of given.
    var records: (label: String, choices: [(value: String, label: String)])?

    /// The form's HTML, for `viewer`.
    func html(_ viewer: Viewer) -> String {
        let formID = "f-\(step.operation)-\(id)".filter { $0.isLetter || $0.isNumber || $0 == "-" }
        let takesFile = Self.withFile.contains(step.operation)
        let encoding = takesFile ? #" enctype="multipart/form-data""# : ""
        var out = #"<form method="post" action="/do/\#(HTML.escape(step.operation))"\#(encoding) class="step" aria-label="\#(HTML.escape(title))">"#
        out += Self.hidden("formToken", viewer.session.formToken) + Self.hidden("back", back)
        if let records {
            let options = records.choices.map { #"<option value="\#(HTML.escape($0.value))">\#(HTML.escape($0.label))</option>"# }.joined()
            out += #"<label for="\#(formID)-id">\#(HTML.escape(records.label))</label><select id="\#(formID)-id" name="id" required>\#(options)</select>"#
        } else {
            out += Self.hidden("id", id)
        }
        for field in step.fields where !omitted.contains(field.name) {
            if let rows, rows.field == field.name, case .group(let inner) = field.kind {
                out += rowsHTML(rows, inner, formID: formID, viewer: viewer)
            } else {
                out += input(field, prefix: "", formID: formID, viewer: viewer)
            }
        }
        if takesFile {
            let label = viewer.t("文件（选填；PDF、图片、Word 或 Excel，不超过 \(AttachedFile.maximumSize >> 20) MB）",
                                 "File (optional; PDF, image, Word or Excel, at most \(AttachedFile.maximumSize >> 20) MB)")
            out += #"<label for="\#(formID)-file">\#(HTML.escape(label))</label><input id="\#(formID)-file" name="file" type="file" accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx">"#
        }
        return out + #"<button type="submit">\#(HTML.escape(title))</button></form>"#
    }

    /// The steps that may carry a file (on their first evidence item, or on the work record).
    static let withFile: Set<String> = ["attachCloseOutEvidence", "draftFinding", "recordWork"]

    static func hidden(_ name: String, _ value: String) -> String {
        #"<input type="hidden" name="\#(HTML.escape(name))" value="\#(HTML.escape(value))">"#
    }

    private func rowsHTML(_ rows: Rows, _ fields: [FormField], formID: String, viewer: Viewer) -> String {
        rows.rows.enumerated().map { index, row in
            let prefix = "\(rows.field).\(index)."
            var out = "<fieldset><legend>\(HTML.escape(row.legend))</legend>"
            for (name, value) in row.fixed.sorted(by: { $0.key < $1.key }) { out += Self.hidden(prefix + name, value) }
            for field in fields where row.fixed[field.name] == nil {
                out += input(field, prefix: prefix, formID: formID, viewer: viewer)
            }
            return out + "</fieldset>"
        }.joined()
    }

    /// One field's controls; inside an optional group nothing is required (the group may be left empty).
    private func input(_ field: FormField, prefix: String, formID: String, viewer: Viewer, inOptional: Bool = false) -> String {
        let name = prefix + field.name
        let id = "\(formID)-\(name)".replacingOccurrences(of: ".", with: "-")
        let label = FieldLabels.label(field.name, viewer.language, in: step.operation) + (field.required || inOptional ? "" : viewer.t("（选填）", " (optional)"))
        let required = field.required && !inOptional ? " required" : ""
        let labelTag = #"<label for="\#(id)">\#(HTML.escape(label))</label>"#
        if let known = options[field.name] {
            if field.kind == .list {
                let boxes = known.enumerated().map { index, option in
                    #"<label class="option"><input type="checkbox" name="\#(HTML.escape(name)).\#(index)" value="\#(HTML.escape(option.value))"> \#(HTML.escape(option.label))</label>"#
                }.joined()
                return "<fieldset><legend>\(HTML.escape(label))</legend>\(boxes)</fieldset>"
            }
            let blank = required.isEmpty ? #"<option value=""></option>"# : ""
            let choices = known.map { #"<option value="\#(HTML.escape($0.value))">\#(HTML.escape($0.label))</option>"# }.joined()
            return labelTag + #"<select id="\#(id)" name="\#(HTML.escape(name))"\#(required)>\#(blank)\#(choices)</select>"#
        }
        switch field.kind {
        case .text:
            if FieldLabels.long.contains(field.name) {
                return labelTag + #"<textarea id="\#(id)" name="\#(HTML.escape(name))" rows="3"\#(required)></textarea>"#
            }
            return labelTag + #"<input id="\#(id)" name="\#(HTML.escape(name))"\#(required)>"#
        case .list:
            let hint = viewer.t("（多项以逗号或换行分隔）", " (separate several with commas or lines)")
            return #"<label for="\#(id)">\#(HTML.escape(label + hint))</label><textarea id="\#(id)" name="\#(HTML.escape(name))" rows="2"\#(required)></textarea>"#
        case .number:
            return labelTag + #"<input id="\#(id)" name="\#(HTML.escape(name))" inputmode="numeric" pattern="-?[0-9]+"\#(required)>"#
        case .day:
            return labelTag + #"<input id="\#(id)" name="\#(HTML.escape(name))" type="date"\#(required)>"#
        case .flag:
            return #"<label><input type="checkbox" name="\#(HTML.escape(name))" value="on"> \#(HTML.escape(label))</label>"#
        case .choice(let words):
            let options = words.map { #"<option value="\#(HTML.escape($0))">\#(HTML.escape(FieldLabels.word($0, viewer.language)))</option>"# }.joined()
            let blank = required.isEmpty ? #"<option value=""></option>"# : ""
            return labelTag + #"<select id="\#(id)" name="\#(HTML.escape(name))"\#(required)>\#(blank)\#(options)</select>"#
        case .group(let fields):
            return "<fieldset><legend>\(HTML.escape(label))</legend>"
                + fields.map { input($0, prefix: name + ".", formID: formID, viewer: viewer, inOptional: inOptional || !field.required) }.joined() + "</fieldset>"
        case .unavailable:
            return ""
        }
    }
}
