import InspectionKit

/// 基础信息 — organizations, the talent pool of inspectors, and user accounts.
extension WorkflowCatalog {
    static let registry: [WorkflowRoute] = [
        WorkflowRoute(path: "organizations", operation: "registerOrganization", tag: "registry", summary: "Register an organization under the committee",
                      body: .object([
                          .optional("id", .id), .required("name", .name), .required("kind", .cases(OrganizationKind.self)), .optional("parentID", .id),
                          .required("region", .name), .optional("headName", .name), .optional("headUserID", .id), .optional("inScope", .flag),
                      ])) { _, body in
            let head = body.optionalString("headName").map { OrganizationHead(name: $0, userID: body.optionalString("headUserID").map { UserID($0) }) }
            return .registerOrganization(OrganizationRegistration(
                id: body.optionalString("id").map { OrganizationID($0) }, name: try body.string("name"), kind: try body.value("kind"),
                parentID: body.optionalString("parentID").map { OrganizationID($0) }, region: try body.string("region"), head: head,
                inScope: body.bool("inScope", default: true)))
        },
        WorkflowRoute(path: "organizations/{id}/head", operation: "changeOrganizationHead", tag: "registry", summary: "Record a new principal head of an organization",
                      body: .object([.required("name", .name), .optional("userID", .id)])) { id, body in
            .changeOrganizationHead(OrganizationID(id), OrganizationHead(name: try body.string("name"), userID: body.optionalString("userID").map { UserID($0) }))
        },
        WorkflowRoute(path: "organizations/{id}/name", operation: "renameOrganization", tag: "registry",
                      summary: "Record an organization's new name (its code and history stay)",
                      body: .object([.required("name", .name)])) { id, body in
            .renameOrganization(OrganizationID(id), name: try body.string("name"))
        },
        WorkflowRoute(path: "inspectors", operation: "registerInspector", tag: "registry", summary: "Register an inspector in the talent pool",
                      body: .object([
                          .optional("id", .id), .required("name", .name), .optional("userID", .id), .required("homeOrganizationID", .id),
                          .required("rank", .name), .required("expertise", .list(.cases(Expertise.self), minItems: 0)), .required("region", .name),
                          .optional("postings", .list(.object([.required("organizationID", .id)] + window), minItems: 0)),
                          .optional("relatives", .list(relative, minItems: 0)),
                      ])) { _, body in
            .registerInspector(InspectorRegistration(
                id: body.optionalString("id").map { InspectorID($0) }, name: try body.string("name"), userID: body.optionalString("userID").map { UserID($0) },
                homeOrganizationID: OrganizationID(try body.string("homeOrganizationID")), rank: try body.string("rank"),
                expertise: Set(body.values("expertise", as: Expertise.self)), region: try body.string("region"),
                postings: try body.objects("postings").map { posting throws in
                    Posting(organizationID: OrganizationID(try posting.string("organizationID")), start: try posting.day("start"), end: try posting.day("end"))
                },
                relatives: try body.objects("relatives").map(relative)))
        },
        WorkflowRoute(path: "inspectors/{id}/training", operation: "recordTraining", tag: "registry", summary: "Record an inspector's training",
                      body: .object([.required("title", .name), .required("completedOn", .day), .required("hours", .number(1...2_000))])) { id, body in
            .recordTraining(InspectorID(id), TrainingRecord(title: try body.string("title"), completedOn: try body.day("completedOn"), hours: try body.integer("hours")))
        },
        WorkflowRoute(path: "inspectors/{id}/relatives", operation: "declareRelative", tag: "registry", summary: "Declare an inspector's relative (for recusal)",
                      body: relative) { id, body in
            .declareRelative(InspectorID(id), try relative(body))
        },
        WorkflowRoute(path: "users", operation: "registerUser", tag: "registry", summary: "Open a user account in a role",
                      body: .object([
                          .required("id", .id), .required("name", .name), .required("role", .cases(Role.self)), .optional("inspectorID", .id),
                          .optional("organizationID", .id), .optional("isOfficeHead", .flag),
                      ])) { _, body in
            .registerUser(UserAccount(id: UserID(try body.string("id")), name: try body.string("name"), role: try body.value("role"),
                                      inspectorID: body.optionalString("inspectorID").map { InspectorID($0) },
                                      organizationID: body.optionalString("organizationID").map { OrganizationID($0) },
                                      isOfficeHead: body.bool("isOfficeHead", default: false)))
        },
        WorkflowRoute(path: "users/{id}/deactivation", operation: "deactivateUser", tag: "registry", summary: "Close a user account", body: nil) { id, _ in
            .deactivateUser(UserID(id))
        },
        WorkflowRoute(path: "users/{id}/tokens", operation: "issueToken", tag: "registry",
                      summary: "Issue an API token to an account (the secret is in the answer, this once)",
                      body: .object([.required("expiresOn", .day)]), issuesSecret: true) { id, body, digest in
            .issueToken(userID: UserID(id), digest: digest, expiresOn: try body.day("expiresOn"))
        },
        WorkflowRoute(path: "tokens/{id}/revocation", operation: "revokeToken", tag: "registry", summary: "Revoke an API token", body: nil) { id, _ in
            .revokeToken(TokenID(id))
        },
        WorkflowRoute(path: "users/{id}/password", operation: "setPassword", tag: "registry",
                      summary: "Set an account's sign-in password (the account itself, or the office head); only its bcrypt hash is kept",
                      body: .object([.required("password", .text(minLength: Passwords.minimumLength))]),
                      example: .object(["password": .string("青溪巡察-示例密码-2026")]), issuesSecret: false, hashesPassword: true) { id, _, digest in
            .setPassword(UserID(id), digest: digest)
        },
    ]

    /// A declared relative.
    static let relative = BodySchema.object([
        .required("name", .name), .required("relation", .name), .required("organizationID", .id), .required("post", .name),
    ])

    static func relative(_ body: WorkflowBody) throws -> Relative {
        Relative(name: try body.string("name"), relation: try body.string("relation"), organizationID: OrganizationID(try body.string("organizationID")),
                 post: try body.string("post"))
    }
}
