import InspectionKit

/// 了解情况与问题 — fieldwork records, petitions and their triage, finding drafts, problem clues and their hand-over
/// (fieldwork). Petitioner identities and leads go in here and come out only to those the confidentiality rules allow.
extension WorkflowCatalog {
    static let fieldwork: [WorkflowRoute] = [
        WorkflowRoute(path: "findings/{id}/review", operation: "reviewFinding", tag: "fieldwork",
                      summary: "The team meeting approves a finding draft for the report or returns it for rework",
                      body: .object([.required("decision", .cases(ReviewDecision.self)), .required("opinion", .name)])) { id, body in
            .reviewFinding(FindingID(id), decision: try body.value("decision"), opinion: try body.string("opinion"))
        },
        WorkflowRoute(path: "leads/{id}/disposition", operation: "recordDisposition", tag: "fieldwork",
                      summary: "The receiving body reports how it disposed of a lead",
                      body: .object([.required("kind", .cases(DispositionKind.self)), .required("note", .name), .optional("lateBecause", .name)])) { id, body in
            .recordDisposition(LeadID(id), kind: try body.value("kind"), note: try body.string("note"), lateBecause: body.optionalString("lateBecause"))
        },
        WorkflowRoute(path: "inspections/{id}/work-records", operation: "recordWork", tag: "fieldwork", summary: "Record an interview, document review, forum or visit",
                      body: .object([
                          .required("method", .cases(WorkMethod.self)), .required("organizationID", .id), .required("participantIDs", .ids(minItems: 1)),
                          .required("subject", .name), .required("summary", .name), .optional("signed", .flag),
                      ])) { id, body in
            .recordWork(InspectionID(id), WorkRecordFiling(method: try body.value("method"), organizationID: OrganizationID(try body.string("organizationID")),
                                                           participantIDs: body.ids("participantIDs"), subject: try body.string("subject"),
                                                           summary: try body.string("summary"), signed: body.bool("signed", default: true)))
        },
        WorkflowRoute(path: "inspections/{id}/petitions", operation: "registerPetition", tag: "fieldwork",
                      summary: "Register a petition; the petitioner's identity is confidential",
                      body: .object([
                          .required("channel", .cases(PetitionChannel.self)), .optional("petitionerName", .name), .optional("petitionerContact", .text(minLength: 0)),
                          .required("content", .name), .required("organizationID", .id),
                      ])) { id, body in
            let petitioner = body.optionalString("petitionerName").map { PetitionerIdentity(name: $0, contact: body.optionalString("petitionerContact") ?? "") }
            return .registerPetition(InspectionID(id), PetitionFiling(channel: try body.value("channel"), petitioner: petitioner, content: try body.string("content"),
                                                                     organizationID: OrganizationID(try body.string("organizationID"))))
        },
        WorkflowRoute(path: "petitions/{id}/triage", operation: "triagePetition", tag: "fieldwork", summary: "Triage a petition into a finding, a lead or a forwarding",
                      body: .object([
                          .required("outcome", .choice(["finding", "lead", "forwarded"])), .optional("findingID", .id), .optional("leadID", .id),
                          .optional("forwardedTo", .name),
                      ])) { id, body in
            .triagePetition(PetitionID(id), try triage(body))
        },
        WorkflowRoute(path: "inspections/{id}/findings", operation: "draftFinding", tag: "fieldwork", summary: "Draft a finding (问题底稿) for the team meeting",
                      body: findingContent) { id, body in
            .draftFinding(InspectionID(id), try findingContent(body))
        },
        WorkflowRoute(path: "findings/{id}/revision", operation: "reviseFinding", tag: "fieldwork", summary: "Revise a returned or pending finding draft",
                      body: findingContent) { id, body in
            .reviseFinding(FindingID(id), try findingContent(body))
        },
        WorkflowRoute(path: "inspections/{id}/leads", operation: "registerLead", tag: "fieldwork", summary: "Register a problem clue; it is confidential",
                      body: .object([
                          .required("subjectName", .name), .required("subjectPost", .name), .required("organizationID", .id), .required("summary", .name),
                          .required("custodianID", .id), .optional("petitionID", .id),
                      ])) { id, body in
            .registerLead(InspectionID(id), LeadFiling(subjectName: try body.string("subjectName"), subjectPost: try body.string("subjectPost"),
                                                       organizationID: OrganizationID(try body.string("organizationID")), summary: try body.string("summary"),
                                                       custodianID: InspectorID(try body.string("custodianID")),
                                                       petitionID: body.optionalString("petitionID").map { PetitionID($0) }))
        },
        WorkflowRoute(path: "leads/{id}/handover", operation: "handOverLead", tag: "fieldwork", summary: "Hand a lead over to the receiving body",
                      body: .object(destination)) { id, body in
            .handOverLead(LeadID(id), try destination(body))
        },
        WorkflowRoute(path: "findings/{id}/handover", operation: "handOverFinding", tag: "fieldwork", summary: "Hand a finding over to a receiving body",
                      body: .object(destination)) { id, body in
            .handOverFinding(FindingID(id), try destination(body))
        },
        WorkflowRoute(path: "findings/{id}/disposition", operation: "recordFindingDisposition", tag: "fieldwork",
                      summary: "The receiving body reports how it disposed of a handed-over finding",
                      body: .object([.required("kind", .cases(DispositionKind.self)), .required("note", .text(minLength: 0)),
                                     .optional("lateBecause", .name)])) { id, body in
            .recordFindingDisposition(FindingID(id), kind: try body.value("kind"), note: try body.string("note"), lateBecause: body.optionalString("lateBecause"))
        },
    ]

    /// A finding's content.
    static let findingContent = BodySchema.object([
        .required("title", .name), .required("manifestation", .name), .required("qualification", .name), .required("basis", .name),
        .optional("evidence", .list(evidence, minItems: 0)), .required("responsibilityType", .cases(ResponsibilityType.self)),
        .required("responsibleParty", .name), .required("organizationID", .id), .required("categoryCode", .id),
        .required("severity", .cases(Severity.self)), .required("scope", .cases(FindingScope.self)),
        .required("source", .object([
            .required("kind", .choice(["workRecord", "petition", "dataComparison", "earlierRectification"])), .required("reference", .name),
        ])),
        .required("foundBy", .ids(minItems: 1)), .required("foundOn", .day), .optional("immediateRectification", .flag),
    ])

    static func findingContent(_ body: WorkflowBody) throws -> FindingContent {
        guard let sourceBody = body.object("source") else { throw BodyViolation(field: "source", zh: "缺少此字段。", en: "missing.") }
        let reference = try sourceBody.string("reference")
        let source: FindingSource = switch try sourceBody.string("kind") {
        case "workRecord": .workRecord(WorkRecordID(reference))
        case "petition": .petition(PetitionID(reference))
        case "earlierRectification": .earlierRectification(RectificationItemID(reference))
        default: .dataComparison(reference)
        }
        return FindingContent(title: try body.string("title"), manifestation: try body.string("manifestation"), qualification: try body.string("qualification"),
                              basis: try body.string("basis"), evidence: try evidence(body, "evidence"), responsibilityType: try body.value("responsibilityType"),
                              responsibleParty: try body.string("responsibleParty"), organizationID: OrganizationID(try body.string("organizationID")),
                              categoryCode: try body.string("categoryCode"), severity: try body.word("severity"), scope: try body.value("scope"), source: source,
                              foundBy: body.ids("foundBy"), foundOn: try body.day("foundOn"),
                              immediateRectification: body.bool("immediateRectification", default: false))
    }

    static func triage(_ body: WorkflowBody) throws -> PetitionTriage {
        switch try body.string("outcome") {
        case "finding":
            guard let id = body.optionalString("findingID") else { throw BodyViolation(field: "findingID", zh: "须写明问题编号。", en: "name the finding.") }
            return .finding(FindingID(id))
        case "lead":
            guard let id = body.optionalString("leadID") else { throw BodyViolation(field: "leadID", zh: "须写明线索编号。", en: "name the lead.") }
            return .lead(LeadID(id))
        default:
            guard let to = body.optionalString("forwardedTo") else {
                throw BodyViolation(field: "forwardedTo", zh: "须写明转办单位。", en: "name where it is forwarded.")
            }
            return .forwarded(to: to)
        }
    }
}
