import InspectionKit
import InspectionKitHTTP

/// The buttons of the steps the workbench offers, in both languages (a test checks every offered step has one).
enum StepTitles {
    static let titles: [String: (String, String)] = [
        "authorizeInspection": ("授权巡察", "Authorize the inspection"), "mobilizeInspection": ("召开动员部署会", "Hold the mobilization meeting"),
        "stationTeam": ("进驻", "Station the team"), "withdrawTeam": ("撤离", "Withdraw the team"),
        "submitReport": ("报送巡察报告", "Submit the report"), "approveReport": ("审定巡察报告", "Approve the report"),
        "consentToWithholding": ("同意不予公开", "Consent to withholding"), "deliverFeedback": ("反馈", "Deliver the feedback"),
        "completeHandover": ("完成移交", "Complete the hand-over"), "submitRectificationPlan": ("报送整改方案", "Submit the rectification plan"),
        "submitRectificationReport": ("报送整改报告", "Submit the rectification report"), "recordDisclosure": ("公开整改情况", "Record the disclosure"),
        "recordEvaluation": ("整改评估", "Evaluate the rectification"), "archiveInspection": ("归档", "Archive"),
        "recordFollowUp": ("回访督查（回头看）", "Record a follow-up check"),
        "recordWork": ("记录了解情况", "Record fieldwork"), "registerPetition": ("登记信访件", "Register a petition"),
        "triagePetition": ("分办", "Triage"), "draftFinding": ("起草问题底稿", "Draft a finding"), "reviseFinding": ("修改底稿", "Revise the draft"),
        "reviewFinding": ("组务会审议", "Team meeting review"), "registerLead": ("登记问题线索", "Register a lead"),
        "handOverLead": ("移交", "Hand over"), "recordDisposition": ("反馈处置结果", "Report the disposition"),
        "updateRectification": ("填报进展", "Report progress"), "attachCloseOutEvidence": ("上传佐证", "Add evidence"),
        "signOffCloseOut": ("主要负责人签字背书", "Sign off as the head"), "acceptCloseOut": ("验收", "Accept"),
        "issueSupervisionNotice": ("发出督办", "Issue a supervision notice"), "markLongTerm": ("转为长期坚持", "Make it long-term"),
        "registerOrganization": ("登记党组织", "Register an organization"), "changeOrganizationHead": ("变更主要负责人", "Record a new head"),
        "renameOrganization": ("更名", "Rename"), "registerInspector": ("登记巡察干部", "Register an inspector"),
        "recordTraining": ("记录培训", "Record training"), "declareRelative": ("申报亲属", "Declare a relative"),
        "registerUser": ("开设账号", "Open an account"), "deactivateUser": ("停用账号", "Close an account"),
        "openTerm": ("开设届次", "Open a term"), "adoptPlan": ("通过规划或计划", "Adopt a plan"), "planRound": ("安排轮次", "Plan a round"),
        "formTeam": ("组建巡察组", "Form a team"), "scheduleInspection": ("安排巡察", "Schedule an inspection"),
    ]

    /// The button of `operation` in `language`.
    static func title(_ operation: String, _ language: Language) -> String {
        titles[operation].map { language == .chinese ? $0.0 : $0.1 } ?? operation
    }
}

/// The steps a page offers on one record: those of `operations` the access policy lets the viewer take, each as its
/// form (the page may then fill in what it knows: choices, rows, fields it gives itself).
enum OfferedSteps {
    static func forms(_ operations: [String], id: String, viewer: Viewer, state: InspectionState, today: Day, back: String) -> [StepForm] {
        operations.compactMap { operation -> StepForm? in
            guard let step = WorkflowStep.named(operation), step.allows(viewer.actor, id: id, state: state, today: today) else { return nil }
            return StepForm(step: step, id: id, back: back, title: StepTitles.title(operation, viewer.language), omitted: ["occurredOn"])
        }
    }
}
