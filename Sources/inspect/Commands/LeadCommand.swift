import ArgumentParser
import InspectionKit

/// `inspect lead` — problem clues (问题线索), kept by one custodian and handed over.
struct LeadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lead", abstract: "问题线索 / register, hand over, record dispositions, list (reads are audited).",
                                                    subcommands: [Register.self, Handover.self, Disposition.self, List.self])

    /// `inspect lead register`.
    struct Register: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "登记线索 / register a lead with its custodian (专人专管).")
        static let intents: [IntentKind] = [.registerLead]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The cadre concerned.") var subjectName: String
        @Option(help: "The cadre's post.") var subjectPost: String
        @Option(help: "The organization concerned.") var org: String
        @Option(help: "What is alleged.") var summary: String
        @Option(help: "The custodian (an inspector of the team).") var custodian: String
        @Option(help: "The petition it came from.") var petition: String?

        func run() async throws {
            try await Session.run(options) { session in
                let events = try await session.execute(.registerLead(InspectionID(inspection), LeadFiling(
                    subjectName: subjectName, subjectPost: subjectPost, organizationID: OrganizationID(org), summary: summary,
                    custodianID: InspectorID(custodian), petitionID: petition.map { PetitionID($0) })))
                let lead = session.created(events) { if case .handover(.leadRegistered(let l)) = $0 { l.id } else { nil } }
                try Printer(format: options.format).done(session.t("已登记线索 \(lead?.rawValue ?? "")。", "Registered lead \(lead?.rawValue ?? "")."), json: ["lead": lead?.rawValue])
            }
        }
    }

    /// `inspect lead handover`.
    struct Handover: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "移交线索 / hand a lead over after the report's approval.")
        static let intents: [IntentKind] = [.handOverLead]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The lead.") var lead: String
        @Option(help: "disciplineCommission, organizationDepartment, or the name of another competent unit.") var to: String

        func run() async throws {
            try await Session.run(options) { session in
                let destination = HandoverDestination(commandLine: to)
                try await session.executeAndReport(.handOverLead(LeadID(lead), destination))
            }
        }
    }

    /// `inspect lead disposition`.
    struct Disposition: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "报送处置结果 / the receiving body's disposition.")
        static let intents: [IntentKind] = [.recordDisposition]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The lead.") var lead: String
        @Option(help: "talkOrInquiryLetter, preliminaryVerification, caseFiled, organizationalHandling or closed.") var kind: String
        @Option(help: "Details.") var note: String
        @Option(help: "Why it is reported after its due day (three months after the hand-over): needed when it is late.") var lateBecause: String?

        func run() async throws {
            try await CLI.run(options.language) {
                let parsed = try DispositionKind.parsing(kind)
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.recordDisposition(LeadID(lead), kind: parsed, note: note, lateBecause: lateBecause))
            }
        }
    }

    /// `inspect lead list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "线索清单 / the leads you may see; every read is audited.")

        @OptionGroup var options: StoreOptions
        @Option(help: "Only this inspection's.") var inspection: String?

        func run() async throws {
            let language = options.language
            try await Session.run(options) { session in
                let leads = try await session.service.read { engine in try engine.leads(of: inspection.map { InspectionID($0) }, as: session.actor) }
                let rows = leads.map { lead in
                    [lead.id.rawValue, lead.inspectionID.rawValue, lead.subjectName, lead.subjectPost, lead.custodianID.rawValue,
                     lead.handover.map { $0.destination.label(language) + " " + $0.day.iso } ?? "", lead.disposition?.kind.label(language) ?? ""]
                }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("巡察", "Inspection"), session.t("被反映人", "Subject"), session.t("职务", "Post"),
                                                          session.t("专管人", "Custodian"), session.t("移交", "Handed over"), session.t("处置", "Disposition")], rows, json: leads)
            }
        }
    }
}
