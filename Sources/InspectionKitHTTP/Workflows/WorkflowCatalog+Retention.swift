import InspectionKit

/// 保管期限 — erasing a confidential record's content when its retention ends (the office head, with a reason). The
/// store destroys the record's key; the events and the chain stay.
extension WorkflowCatalog {
    static let retention: [WorkflowRoute] = [
        WorkflowRoute(path: "erasures", operation: "eraseConfidentialContent", tag: "oversight",
                      summary: "Erase a lead's, a petition's, a petitioner's identity's or an interview's content under retention (the office head)",
                      body: .object([
                          .required("kind", .choice(["lead", "petition", "petitionerIdentity", "interview"])), .required("id", .id),
                          .required("reason", .name),
                      ])) { _, body in
            let id = try body.string("id")
            return switch try body.string("kind") {
            case "lead": .eraseConfidentialContent(.lead(LeadID(id)))
            case "petition": .eraseConfidentialContent(.petition(PetitionID(id)))
            case "petitionerIdentity": .eraseConfidentialContent(.petitionerIdentity(PetitionID(id)))
            default: .eraseConfidentialContent(.interview(WorkRecordID(id)))
            }
        },
    ]
}
