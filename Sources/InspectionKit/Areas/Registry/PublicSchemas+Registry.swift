extension PublicSchemas {
    /// The registry: organizations in scope and the inspectors of the talent pool.
    static let registry: [String: PublicShape] = [
        "Organization": .record([
            .required("id", .text), .required("name", .text), .required("kind", .words(OrganizationKind.self)),
            .optional("parentID", .text), .required("region", .text), .optional("head", .named("OrganizationHead")),
            .required("inScope", .flag),
        ]),
        "OrganizationHead": .record([.required("name", .text), .optional("userID", .text)]),
        "Inspector": .record([
            .required("id", .text), .required("name", .text), .optional("userID", .text), .required("homeOrganizationID", .text),
            .required("rank", .text), .required("expertise", .list(.words(Expertise.self))), .required("region", .text),
            .required("postings", .list(.named("Posting"))), .required("relatives", .list(.named("Relative"))),
            .required("training", .list(.named("TrainingRecord"))),
        ]),
        "Posting": .record([.required("organizationID", .text), .required("start", .day), .required("end", .day)]),
        "Relative": .record([.required("name", .text), .required("relation", .text), .required("organizationID", .text), .required("post", .text)]),
        "TrainingRecord": .record([.required("title", .text), .required("completedOn", .day), .required("hours", .integer)]),
    ]
}
