import InspectionKit
import InspectionKitHTTP

/// The steps a register offers that create records (no record of their own: `registerUser`, `openTerm`, …) or act on
/// one chosen in the form, for those the access policy lets take them.
enum OfficeSteps {
    static func forms(_ operations: [String], viewer: Viewer, engine: Engine, path: String) -> [StepForm] {
        OfferedSteps.forms(operations, id: "", viewer: viewer, state: engine.state, today: engine.today, back: path)
    }
}
