import ArgumentParser
import InspectionKit

/// `inspect inspection` — one inspection through its lifecycle.
struct InspectionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspection", abstract: "巡察 / schedule, check recusal, authorize, move through the lifecycle, list and show.",
        subcommands: [Schedule.self, Recusal.self, Waive.self, Authorize.self, Advance.self, Archive.self, GrantArchiveAccess.self, List.self, Show.self])

    /// `inspect inspection schedule`.
    struct Schedule: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "安排巡察 / schedule an inspection in a round (巡镇带村 with --extend).")
        static let intents: [IntentKind] = [.scheduleInspection]

        @OptionGroup var options: StoreOptions
        @Option(help: "The round.") var round: String
        @Option(help: "The organization inspected.") var target: String
        @Option(help: "Organizations below it inspected along (巡镇带村), comma-separated.") var extend: CommaList?
        @Option(help: "The team.") var team: String

        func run() async throws {
            try await Session.run(options) { session in
                let events = try await session.execute(.scheduleInspection(roundID: RoundID(round), targetID: OrganizationID(target),
                                                                           extensionIDs: (extend?.items ?? []).map { OrganizationID($0) }, teamID: TeamID(team)))
                let inspection = session.created(events) { if case .inspection(.inspectionScheduled(let i)) = $0 { i } else { nil } }
                try Printer(format: options.format).done(session.t("已安排巡察 \(inspection?.id.rawValue ?? "")。", "Scheduled inspection \(inspection?.id.rawValue ?? "")."), json: inspection)
            }
        }
    }

    /// `inspect inspection recusal`.
    struct Recusal: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "回避审查 / the recusal report of an inspection's team, before authorization.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let conflicts = try await session.service.read { engine in try engine.recusalReport(for: InspectionID(inspection), as: session.actor) }
                let state = await session.service.state
                let rows = conflicts.map { c in
                    [c.inspectorID.rawValue, state.inspectors[c.inspectorID]?.name ?? "", state.organizations[c.targetID]?.name ?? c.targetID.rawValue,
                     c.kind.label(language), c.detail.text(language),
                     c.isResolved ? session.t("已豁免：", "waived: ") + (c.waiver?.reason ?? "") : session.t("未解决", "unresolved")]
                }
                if conflicts.isEmpty, options.format == .table {
                    print(session.t("无回避冲突。", "No recusal conflicts."))
                    return
                }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("姓名", "Name"), session.t("对象", "Target"),
                                                          session.t("回避类型", "Kind"), session.t("情形", "Detail"), session.t("状态", "Status")], rows, json: conflicts)
            }
        }
    }

    /// `inspect inspection waive`.
    struct Waive: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "回避豁免 / the leading group's waiver of one conflict, with its reason.")
        static let intents: [IntentKind] = [.waiveRecusal]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "The inspector.") var inspector: String
        @Option(help: "The target concerned.") var target: String
        @Option(help: "post, kin or region.") var kind: RecusalKind

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.waiveRecusal(inspectionID: InspectionID(inspection), inspectorID: InspectorID(inspector), targetID: OrganizationID(target), kind: kind))
            }
        }
    }

    /// `inspect inspection authorize`.
    struct Authorize: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "一巡一授权 / authorize the inspection and its leader for a window.")
        static let intents: [IntentKind] = [.authorize]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Option(help: "First day of the window.") var from: Day
        @Option(help: "Last day of the window.") var to: Day
        @Option(help: "Day the inspection notice goes out (default: the first day).") var notice: Day?

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.authorize(InspectionID(inspection), window: DayWindow(start: from, end: to), noticeDay: notice ?? from))
            }
        }
    }

    /// `inspect inspection advance`.
    struct Advance: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "推进环节 / mobilize, station or withdraw.")
        static let intents: [IntentKind] = [.mobilize, .station, .withdraw]

        /// The steps this command takes.
        enum Step: String, ExpressibleByArgument, CaseIterable {
            case mobilize, station, withdraw
        }

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String
        @Argument(help: "mobilize, station or withdraw.") var step: Step

        func run() async throws {
            try await Session.run(options) { session in
                let id = InspectionID(inspection)
                let intent: Intent = switch step {
                case .mobilize: .mobilize(id)
                case .station: .station(id)
                case .withdraw: .withdraw(id)
                }
                try await session.execute(intent)
                let stage = await session.service.state.inspections[id]?.stage
                try Printer(format: options.format).done(session.t("巡察 \(inspection) 现为“\(stage?.label(.chinese) ?? "")”。", "Inspection \(inspection) is now \(stage?.label(.english) ?? "")."),
                                                         json: ["stage": stage?.rawValue])
            }
        }
    }

    /// `inspect inspection list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出巡察 / list the inspections you may see.")

        @OptionGroup var options: StoreOptions

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let inspections = try await session.service.read { engine in engine.inspections(as: session.actor) }
                let state = await session.service.state
                let rows = inspections.map { i in
                    [i.id.rawValue, state.rounds[i.roundID].map { session.t("第\($0.number)轮", "round \($0.number)") } ?? "", state.organizations[i.targetID]?.name ?? i.targetID.rawValue,
                     String(i.extensionIDs.count), state.teams[i.teamID]?.name ?? "", i.stage.label(language)]
                }
                try Printer(format: options.format).rows([session.t("编号", "Id"), session.t("轮次", "Round"), session.t("被巡察党组织", "Target"), session.t("延伸", "Ext."),
                                                          session.t("巡察组", "Team"), session.t("环节", "Stage")], rows, json: inspections)
            }
        }
    }

    /// `inspect inspection show`.
    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "巡察详情与时间线 / an inspection's file and timeline.")

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            let language = options.language
            try await Session.run(options, readOnly: true) { session in
                let file = try await session.service.read { engine in try engine.inspection(InspectionID(inspection), as: session.actor) }
                let state = await session.service.state
                if options.format == .json {
                    print(try Printer.json(file))
                    return
                }
                // As of a day (--as-of): the stage it then stood at and the timeline up to it, by the days things happened.
                let asOf = options.asOf
                let transitions = file.transitions.filter { t in asOf.map { (t.on ?? session.service.day(of: t.at)) <= $0 } ?? true }
                let stage = asOf == nil ? file.stage : transitions.last?.to ?? .planned
                print("\(file.id)  \(state.organizations[file.targetID]?.name ?? file.targetID.rawValue)  —  \(stage.label(language))"
                      + (asOf.map { session.t("（截至\($0)）", " (as of \($0))") } ?? ""))
                if let authorization = file.authorization {
                    print(session.t("授权期限：", "Window: ") + authorization.window.description + session.t("，组长 ", ", leader ") + (state.inspectors[authorization.leaderID]?.name ?? authorization.leaderID.rawValue))
                }
                // The timeline: each stage with the day it happened (and, for past work, the day it was entered), then the
                // supervision notices on its items by kind, in day order.
                var timeline: [(day: Day, order: Int, row: [String])] = transitions.enumerated().map { index, t in
                    let recorded = session.service.day(of: t.at)
                    let day = t.on ?? recorded
                    return (day, index, [day.iso, day == recorded ? "" : recorded.iso, t.from.label(language) + " → " + t.to.label(language),
                                         state.users[t.actor]?.name ?? t.actor.rawValue, t.reason])
                }
                let items = try await session.service.read { engine in engine.rectificationItems(of: InspectionID(inspection), as: session.actor) }
                for item in items {
                    for notice in item.notices where asOf.map({ notice.issuedOn <= $0 }) ?? true {
                        timeline.append((notice.issuedOn, timeline.count, [notice.issuedOn.iso, notice.enteredOn?.iso ?? "", notice.kind.label(language) + " · " + item.id.rawValue,
                                                                           state.users[notice.issuedBy]?.name ?? notice.issuedBy.rawValue, notice.reason ?? ""]))
                    }
                }
                let rows = timeline.sorted { ($0.day, $0.order) < ($1.day, $1.order) }.map(\.row)
                try Printer(format: .table).rows([session.t("日期", "Day"), session.t("补录于", "Entered"), session.t("环节或事项", "Stage or step"),
                                                  session.t("操作人", "By"), session.t("理由", "Why")], rows, json: file.transitions)
            }
        }
    }

    /// `inspect inspection archive`.
    struct Archive: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(abstract: "归档 / archive an evaluated inspection (no open items, every lead disposed of).")
        static let intents: [IntentKind] = [.archive]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.archive(InspectionID(inspection)))
            }
        }
    }

    /// `inspect inspection grant-archive-access`.
    struct GrantArchiveAccess: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(commandName: "grant-archive-access", abstract: "授予档案查阅权限 / let the team read its records after its window.")
        static let intents: [IntentKind] = [.grantArchiveAccess]

        @OptionGroup var options: StoreOptions
        @Argument(help: "The inspection.") var inspection: String

        func run() async throws {
            try await Session.run(options) { session in
                try await session.executeAndReport(.grantArchiveAccess(InspectionID(inspection)))
            }
        }
    }
}
