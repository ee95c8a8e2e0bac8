import InspectionKit
import InspectionKitHTTP

/// 下一步 — the steps an inspection's stage allows, offered on its file as forms to those the access policy lets take
/// them: authorizing, mobilizing, stationing and withdrawing the team, the report and its approval, the feedback, the
/// hand-over, the organization's plan (an item per finding fed back) and report, disclosure, evaluation, archiving.
/// The core decides each as it is posted; a stage moved on by someone else is refused naming the rule.
enum InspectionSteps {
    /// The operations offered at `stage`.
    static func operations(at stage: InspectionStage) -> [String] {
        switch stage {
        case .planned: ["authorizeInspection"]
        case .authorized: ["mobilizeInspection"]
        case .mobilized: ["stationTeam"]
        case .stationed, .fieldwork: ["withdrawTeam"]
        case .withdrawn: ["submitReport"]
        case .reported: ["approveReport"]
        case .approved: ["deliverFeedback"]
        case .feedbackDelivered: ["completeHandover"]
        case .handedOver: ["submitRectificationPlan"]
        case .rectifying: ["submitRectificationReport"]
        case .rectificationReported: ["consentToWithholding", "recordDisclosure"]
        case .disclosed: ["recordEvaluation"]
        case .evaluated: ["archiveInspection"]
        case .archived: []
        }
    }

    /// The forms of the next steps on `inspection` for `viewer`, with the choices the file knows filled in.
    static func forms(_ engine: inout Engine, _ inspection: Inspection, viewer: Viewer, path: String) -> String {
        let state = engine.state
        let language = viewer.language
        let grounds = WithholdingGround.allCases.map { (value: $0.rawValue, label: FieldLabels.word($0.rawValue, language)) }
        var forms = OfferedSteps.forms(operations(at: inspection.stage), id: inspection.id.rawValue, viewer: viewer, state: state,
                                       today: engine.today, back: path)
        for index in forms.indices {
            switch forms[index].step.operation {
            case "submitReport":
                let approved = ((try? engine.findings(of: inspection.id, as: viewer.actor)) ?? []).filter(\.isApproved)
                forms[index].options["findingIDs"] = approved.map { (value: $0.id.rawValue, label: "\($0.id) \($0.content.title)") }
            case "submitRectificationPlan":
                let open = Set(state.rectificationItems(of: inspection.id).map(\.findingID))
                let fedBack = (try? engine.fedBackFindings(of: inspection.id, as: viewer.actor)) ?? []
                forms[index].rows = StepForm.Rows(field: "items", rows: fedBack.filter { !open.contains($0.id) }.map { finding in
                    (legend: viewer.t("问题\(finding.number)：\(finding.title)", "Finding \(finding.number): \(finding.title)"), fixed: ["findingID": finding.id.rawValue])
                })
            case "consentToWithholding":
                forms[index].options["grounds"] = grounds
            case "recordDisclosure":
                forms[index].options["withheld"] = grounds
            default:
                break
            }
        }
        return forms.map { $0.html(viewer) }.joined()
    }
}
