import InspectionKit

/// Every workflow step the API offers, by area of work, each a `WorkflowRoute`.
enum WorkflowCatalog {
    /// All workflow routes, in the order the OpenAPI document lists them.
    static let all: [WorkflowRoute] = registry + planning + inspections + fieldwork + rectification + oversight + exchange + retention

    /// A window of days: `start` and `end`.
    static let window: [BodyField] = [.required("start", .day), .required("end", .day)]

    /// An evidence item: a title and where it is filed.
    static let evidence = BodySchema.object([.required("title", .name), .required("reference", .name)])

    /// Where a lead or a finding goes: one of the fixed bodies, or another unit by name.
    static let destination: [BodyField] = [
        .required("destination", .choice(["disciplineCommission", "organizationDepartment", "otherUnit"])),
        .optional("unit", .name),
    ]

    /// A hand-over destination from a body with the `destination` fields.
    static func destination(_ body: WorkflowBody) throws -> HandoverDestination {
        switch try body.string("destination") {
        case "disciplineCommission": return .disciplineCommission
        case "organizationDepartment": return .organizationDepartment
        default:
            guard let unit = body.optionalString("unit") else {
                throw BodyViolation(field: "unit", zh: "移交其他单位时须写明单位。", en: "name the unit when handing over to another unit.")
            }
            return .otherUnit(unit)
        }
    }

    /// A rectification item's plan fields, without the finding.
    static let itemPlan: [BodyField] = [
        .required("measures", .name), .required("responsibleLeader", .name), .required("responsibleDepartment", .name), .optional("deadline", .day),
    ]

    /// A rectification item's plan for `finding`.
    static func itemPlan(_ body: WorkflowBody, finding: FindingID) throws -> RectificationItemPlan {
        RectificationItemPlan(findingID: finding, measures: try body.string("measures"), responsibleLeader: try body.string("responsibleLeader"),
                              responsibleDepartment: try body.string("responsibleDepartment"), deadline: body.optionalDay("deadline"))
    }

    /// The evidence items listed under `name`.
    static func evidence(_ body: WorkflowBody, _ name: String) throws -> [EvidenceItem] {
        try body.objects(name).map { item throws in EvidenceItem(title: try item.string("title"), reference: try item.string("reference")) }
    }
}
