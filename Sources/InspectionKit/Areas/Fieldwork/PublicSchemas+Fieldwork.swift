extension PublicSchemas {
    /// Work records, petitions and leads, with what a lead's hand-over and disposition record.
    static let fieldwork: [String: PublicShape] = [
        "WorkRecord": .record([
            .required("id", .text), .required("inspectionID", .text), .required("method", .words(WorkMethod.self)),
            .required("organizationID", .text), .required("day", .day), .required("participantIDs", .ids),
            .required("subject", .text), .required("summary", .text), .required("signed", .flag), .required("recordedBy", .text),
            .optional("attachments", .list(.named("AttachedFile"))),
        ]),
        "Petition": .record([
            .required("id", .text), .required("inspectionID", .text), .required("channel", .words(PetitionChannel.self)),
            .required("receivedOn", .day), .optional("petitioner", .named("PetitionerIdentity")), .required("content", .text),
            .required("organizationID", .text), .required("registeredBy", .text), .optional("triage", .named("PetitionTriage")),
        ]),
        "PetitionerIdentity": .record([.required("name", .text), .required("contact", .text)]),
        "PetitionTriage": .record([
            .required("kind", .word(["finding", "lead", "forwarded"])),
            .optional("finding", .text), .optional("lead", .text), .optional("to", .text),
        ]),
        "PetitionView": .record([.required("petition", .named("Petition")), .required("identityRedacted", .flag)]),
        "Lead": .record([
            .required("id", .text), .required("inspectionID", .text), .required("subjectName", .text), .required("subjectPost", .text),
            .required("organizationID", .text), .required("summary", .text), .required("custodianID", .text),
            .optional("petitionID", .text), .required("registeredBy", .text), .required("registeredOn", .day),
            .optional("handover", .named("Handover")), .optional("disposition", .named("Disposition")),
        ]),
        "Handover": .record([
            .required("destination", .named("HandoverDestination")), .required("day", .day), .required("dispositionDue", .day),
        ]),
        "HandoverDestination": .record([
            .required("kind", .word(["disciplineCommission", "organizationDepartment", "otherUnit"])), .optional("unit", .text),
        ]),
        "Disposition": .record([
            .required("kind", .words(DispositionKind.self)), .required("note", .text), .required("reportedOn", .day),
            .required("reportedBy", .text), .optional("lateBecause", .text),
        ]),
    ]
}
