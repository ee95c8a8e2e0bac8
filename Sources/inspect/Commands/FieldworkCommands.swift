import ArgumentParser
import InspectionKit

/// `inspect record` — fieldwork (了解方式).
struct RecordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "record", abstract: "了解情况 / record fieldwork and list it.", subcommands: [Add.self, List.self])

    /// `inspect record add`.
    struct Add: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "记录了解情况 / record an interview, document review, forum, visit…")
        static let intents: [IntentKind] = [.recordWork]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "interview, documentReview, forum, unannouncedVisit, spotCheck, survey, householdVisit or contactCard.") var method: WorkMethod
        @Option(help: "The organization concerned.") var org: String
        @Option(help: "Inspectors who took part, comma-separated.") var participants: CommaList
        @Option(help: "Who or what was examined.") var subject: String
        @Option(help: "What was learned.") var summary: String
        @Flag(help: "The record is not signed.") var unsigned = false

        func run() async throws {
            try await Session.run(options) { session in
                let events = try await session.execute(.recordWork(InspectionID(inspection), WorkRecordFiling(
                    method: method, organizationID: OrganizationID(org), participantIDs: participants.items.map { InspectorID($0) },
                    subject: subject, summary: summary, signed: !unsigned)))
                let record = session.created(events) { if case .fieldwork(.workRecorded(let r)) = $0 { r } else { nil } }
                try Printer(format: options.format).done(session.t("已记录 \(record?.id.rawValue ?? "")。", "Recorded \(record?.id.rawValue ?? "")."), json: record)
            }
        }
    }

    /// `inspect record list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "了解记录 / list an inspection's fieldwork (interview reads are audited).")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            let language = options.language
            try await Session.run(options) { session in
                let records = try await session.service.read { engine in try engine.workRecords(of: InspectionID(inspection), as: session.actor) }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("日期", "Day"), session.t("方式", "Method"), session.t("对象", "Subject"), session.t("内容", "Summary")],
                                                         records.map { [$0.id.rawValue, $0.day.iso, $0.method.label(language), $0.subject, $0.summary] }, json: records)
            }
        }
    }
}

/// `inspect petition` — petitions received while stationed (信访举报).
struct PetitionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "petition", abstract: "信访举报 / register, triage and list petitions.",
                                                    subcommands: [Register.self, Triage.self, List.self])

    /// `inspect petition register`.
    struct Register: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "登记信访件 / register a petition (the petitioner's identity is protected).")
        static let intents: [IntentKind] = [.registerPetition]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "letter, call, visit, mailbox or online.") var channel: String
        @Option(help: "The organization it concerns.") var org: String
        @Option(help: "What it says.") var content: String
        @Option(help: "The petitioner's name (leave out for anonymous).") var petitionerName: String?
        @Option(help: "How to reach the petitioner.") var petitionerContact = ""

        func run() async throws {
            try await CLI.run(options.language) {
                guard let parsed = PetitionChannel(rawValue: channel) else {
                    throw CLIFailure(.usage, "--channel: letter, call, visit, mailbox, online")
                }
                let session = try await Session.open(options)
                defer { session.close() }
                let events = try await session.execute(.registerPetition(InspectionID(inspection), PetitionFiling(
                    channel: parsed, petitioner: petitionerName.map { PetitionerIdentity(name: $0, contact: petitionerContact) }, content: content, organizationID: OrganizationID(org))))
                let petition = session.created(events) { if case .fieldwork(.petitionRegistered(let p)) = $0 { p.id } else { nil } }
                try Printer(format: options.format).done(session.t("已登记信访件 \(petition?.rawValue ?? "")。", "Registered petition \(petition?.rawValue ?? "")."), json: ["petition": petition?.rawValue])
            }
        }
    }

    /// `inspect petition triage`.
    struct Triage: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "分类处置 / to a finding or lead (in scope), or forward (out of scope).")
        static let intents: [IntentKind] = [.triagePetition]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The petition.") var petition: String
        @Option(help: "The finding it became.") var finding: String?
        @Option(help: "The lead it became.") var lead: String?
        @Option(help: "Forward it to this body.") var forward: String?

        func run() async throws {
            try await CLI.run(options.language) {
                let choices = [finding.map { PetitionTriage.finding(FindingID($0)) }, lead.map { PetitionTriage.lead(LeadID($0)) }, forward.map { PetitionTriage.forwarded(to: $0) }].compactMap { $0 }
                guard choices.count == 1, let triage = choices.first else {
                    throw CLIFailure(.usage, options.language == .chinese ? "请在 --finding、--lead、--forward 中选择一项。" : "Give exactly one of --finding, --lead, --forward.")
                }
                let session = try await Session.open(options)
                defer { session.close() }
                try await session.executeAndReport(.triagePetition(PetitionID(petition), triage))
            }
        }
    }

    /// `inspect petition list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "信访件 / list an inspection's petitions (identities redacted unless you registered them or head the office).")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            try await Session.run(options) { session in
                let views = try await session.service.read { engine in try engine.petitions(of: InspectionID(inspection), as: session.actor) }
                let rows = views.map { view in
                    [view.petition.id.rawValue, view.petition.receivedOn.iso, view.petition.channel.rawValue,
                     view.identityRedacted ? session.t("（已隐去）", "(redacted)") : (view.petition.petitioner?.name ?? session.t("匿名", "anonymous")),
                     view.petition.content, view.petition.triage.map { "\($0)" } ?? ""]
                }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("日期", "Day"), session.t("渠道", "Channel"), session.t("信访人", "Petitioner"),
                                                          session.t("内容", "Content"), session.t("处置", "Triage")], rows, json: views)
            }
        }
    }
}
