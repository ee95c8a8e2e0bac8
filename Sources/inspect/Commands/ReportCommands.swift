import ArgumentParser
import InspectionKit

/// `inspect report` — the team's report and its approval.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "巡察报告 / submit the report and record its approval.", subcommands: [Submit.self, Approve.self])

    /// `inspect report submit`.
    struct Submit: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "报送巡察报告 / submit the report with the approved drafts (after withdrawal).")
        static let intents: [IntentKind] = [.submitReport]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The approved findings it contains, comma-separated.") var findings: CommaList?
        @Option(help: "Its overall assessment.") var summary: String
        @Option(help: "A special report on a general problem (repeatable).") var special: [String] = []

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.submitReport(InspectionID(inspection), ReportSubmission(findingIDs: (findings?.items ?? []).map { FindingID($0) }, summary: summary, specialReports: special)))
            }
        }
    }

    /// `inspect report approve`.
    struct Approve: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "审定报告 / the committee's approval (leading group).")
        static let intents: [IntentKind] = [.approveReport]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The meeting, e.g. 区委书记专题会.") var meeting: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.approveReport(InspectionID(inspection), meeting: meeting))
            }
        }
    }
}

/// `inspect feedback` — the double feedback and the end of hand-over.
struct FeedbackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "feedback", abstract: "反馈 / deliver the double feedback; complete the hand-over.",
                                                    subcommands: [Deliver.self, CompleteHandover.self])

    /// `inspect feedback deliver`.
    struct Deliver: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "双反馈 / to the head one-to-one and to the leadership team, with copies.")
        static let intents: [IntentKind] = [.deliverFeedback]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The feedback text.") var text: String
        @Option(help: "Day of the one-to-one feedback to the head.") var toHead: Day
        @Option(help: "Day of the feedback to the leadership team.") var toLeadership: Day
        @Option(help: "Copies (抄告), comma-separated.") var copies: CommaList

        func run() async throws {
            try await Session.run(options) { session in
                try await session.execute(.deliverFeedback(InspectionID(inspection), FeedbackDelivery(text: text, toHeadOn: toHead, toLeadershipOn: toLeadership, copiedTo: copies.items)))
                let feedback = await session.service.state.inspections[InspectionID(inspection)]?.feedback
                try Printer(format: options.format).done(session.t("已反馈；整改方案须于 \(feedback?.planDue.iso ?? "") 前报送，整改报告须于 \(feedback?.reportDue.iso ?? "") 前报送。",
                                                                   "Feedback delivered; the plan is due \(feedback?.planDue.iso ?? ""), the rectification report \(feedback?.reportDue.iso ?? "")."), json: feedback)
            }
        }
    }

    /// `inspect feedback complete-handover`.
    struct CompleteHandover: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(commandName: "complete-handover", abstract: "完成移交 / mark the hand-over stage complete (every lead handed over).")
        static let intents: [IntentKind] = [.completeHandover]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.completeHandover(InspectionID(inspection)))
            }
        }
    }
}
