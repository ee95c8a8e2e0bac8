import InspectionKit

/// 规划与组队 — terms, plans and rounds; teams with their recusal checks; inspections scheduled (the start of an inspection's course).
extension WorkflowCatalog {
    static let planning: [WorkflowRoute] = [
        WorkflowRoute(path: "taxonomy", operation: "adoptTaxonomy", tag: "planning", summary: "Adopt a version of the problem taxonomy",
                      body: .object([
                          .required("name", localized), .required("version", .name),
                          .required("nodes", .list(.object([
                              .required("code", .id), .optional("parent", .id), .required("zh", .name), .required("en", .name), .optional("problemType", localized),
                          ]), minItems: 1)),
                      ]),
                      example: .object([
                          "name": .object(["zh": .string("问题分类"), "en": .string("Problem taxonomy")]), "version": .string("2027"),
                          "nodes": .array([.object(["code": .string("1"), "zh": .string("政治建设"), "en": .string("Political building")])]),
                      ])) { _, body in
            func text(_ body: WorkflowBody?) throws -> LocalizedText? {
                guard let body else { return nil }
                return LocalizedText(zh: try body.string("zh"), en: try body.string("en"))
            }
            let nodes = try body.objects("nodes").map { node throws in
                TaxonomyNode(code: try node.string("code"), parent: node.optionalString("parent"), zh: try node.string("zh"), en: try node.string("en"),
                             problemType: try text(node.object("problemType")))
            }
            guard let name = try text(body.object("name")) else { throw BodyViolation(field: "name", zh: "缺少此字段。", en: "missing.") }
            do {
                return .adoptTaxonomy(try Taxonomy(name: name, version: try body.string("version"), nodes: nodes))
            } catch let error as TaxonomyError {
                throw BodyViolation(field: "nodes", zh: "分类树有误：\(error)", en: "the taxonomy is not a tree: \(error)")
            }
        },
        WorkflowRoute(path: "terms", operation: "openTerm", tag: "planning", summary: "Open a committee's term",
                      body: .object([.required("name", .name), .required("committeeID", .id)] + window)) { _, body in
            .openTerm(name: try body.string("name"), committeeID: OrganizationID(try body.string("committeeID")),
                      window: DayWindow(start: try body.day("start"), end: try body.day("end")))
        },
        WorkflowRoute(path: "terms/{id}/plans", operation: "adoptPlan", tag: "planning", summary: "Adopt the term's plan or a year's plan",
                      body: .object([
                          .required("scope", .choice(["term", "year"])), .optional("year", .number(1_900...2_200)), .required("title", .name),
                          .required("targetIDs", .ids()),
                      ])) { id, body in
            let scope: PlanScope
            if try body.string("scope") == "year" {
                guard let year = try? body.integer("year") else {
                    throw BodyViolation(field: "year", zh: "年度规划须写明年份。", en: "a year's plan needs its year.")
                }
                scope = .year(year)
            } else {
                scope = .term
            }
            return .adoptPlan(termID: TermID(id), scope: scope, title: try body.string("title"), targetIDs: body.ids("targetIDs"))
        },
        WorkflowRoute(path: "terms/{id}/rounds", operation: "planRound", tag: "planning", summary: "Plan a round of the term",
                      body: .object([.required("number", .number(1...999)), .required("kind", .cases(RoundKind.self)), .required("title", .name)] + window)) { id, body in
            .planRound(termID: TermID(id), number: try body.integer("number"), kind: try body.value("kind"), title: try body.string("title"),
                       window: DayWindow(start: try body.day("start"), end: try body.day("end")))
        },
        WorkflowRoute(path: "terms/{id}/rotation-overrides", operation: "overrideRotation", tag: "planning",
                      summary: "Grant an exception to the three-not-fixed rotation",
                      body: .object([.required("leaderID", .id), .required("organizationID", .id)])) { id, body in
            .overrideRotation(termID: TermID(id), leaderID: InspectorID(try body.string("leaderID")), organizationID: OrganizationID(try body.string("organizationID")))
        },
        WorkflowRoute(path: "rounds/{id}/teams", operation: "formTeam", tag: "teams", summary: "Form an inspection team for a round",
                      body: .object([.required("name", .name)] + composition)) { id, body in
            .formTeam(roundID: RoundID(id), name: try body.string("name"), composition: try composition(body))
        },
        WorkflowRoute(path: "teams/{id}/composition", operation: "changeTeam", tag: "teams", summary: "Change a team's leader, deputies and members",
                      body: .object(composition)) { id, body in
            .changeTeam(TeamID(id), try composition(body))
        },
        WorkflowRoute(path: "rounds/{id}/inspections", operation: "scheduleInspection", tag: "teams", summary: "Schedule a team's inspection of an organization",
                      body: .object([.required("targetID", .id), .optional("extensionIDs", .ids()), .required("teamID", .id)])) { id, body in
            .scheduleInspection(roundID: RoundID(id), targetID: OrganizationID(try body.string("targetID")), extensionIDs: body.ids("extensionIDs"),
                                teamID: TeamID(try body.string("teamID")))
        },
        WorkflowRoute(path: "inspections/{id}/recusal-waivers", operation: "waiveRecusal", tag: "teams", summary: "The leading group waives a recusal conflict",
                      body: .object([.required("inspectorID", .id), .required("targetID", .id), .required("kind", .cases(RecusalKind.self))])) { id, body in
            .waiveRecusal(inspectionID: InspectionID(id), inspectorID: InspectorID(try body.string("inspectorID")),
                          targetID: OrganizationID(try body.string("targetID")), kind: try body.value("kind"))
        },
    ]

    /// A text in both languages.
    static let localized = BodySchema.object([.required("zh", .name), .required("en", .name)])

    /// A team's composition: leader, deputies and members.
    static let composition: [BodyField] = [.required("leaderID", .id), .optional("deputyIDs", .ids()), .optional("memberIDs", .ids())]

    static func composition(_ body: WorkflowBody) throws -> TeamComposition {
        TeamComposition(leaderID: InspectorID(try body.string("leaderID")), deputyIDs: body.ids("deputyIDs"), memberIDs: body.ids("memberIDs"))
    }
}
