import Foundation

/// Everything a rule may look at: the state, the settings, the acting user, the day the thing happened and the day it is
/// recorded. Pure input.
public struct DecisionContext: Sendable {
    /// The state the command is decided against.
    public let state: InspectionState
    /// The office's settings.
    public let settings: OfficeSettings
    /// Who acts.
    public let actor: Actor
    /// The reason given.
    public let reason: String
    /// The current instant.
    public let now: Date
    /// The day the thing happened (occurred-on): the command's day, else the day it is recorded. Every rule compares this day.
    public let today: Day
    /// The day it is recorded, in the office's time zone.
    public let recordedOn: Day
    /// Whether this is past work entered by the office (补录): a day before the grace period, which the office may
    /// record on behalf of whoever did the step (a meeting's decision, a head's signature on paper).
    public let isEnteringPastWork: Bool
    /// How new identifiers are spelled.
    public let identifiers: any IdentifierScheme

    /// A context for deciding one command.
    public init(state: InspectionState, settings: OfficeSettings, actor: Actor, reason: String, now: Date, occurredOn: Day? = nil,
                identifiers: any IdentifierScheme) {
        self.state = state
        self.settings = settings
        self.actor = actor
        self.reason = reason
        self.now = now
        recordedOn = Day(date: now, utcOffsetSeconds: settings.utcOffsetSeconds)
        today = occurredOn ?? recordedOn
        isEnteringPastWork = today < recordedOn.adding(days: -settings.backdatingGraceDays)
        self.identifiers = identifiers
    }

    /// The identifier the next record of `kind` gets (`offset` skips ahead for several in one command).
    func newID<Entity>(_ kind: RecordKind, offset: Int = 0) -> Identifier<Entity> {
        Identifier(identifiers.identifier(kind: kind, ordinal: state.issued[kind, default: 0] + 1 + offset))
    }

    /// The reason given, nil when none was (blank counts as none).
    var statedReason: String? { reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : reason }

    /// The day it is entered, when that is not the day it happened (past work); nil otherwise.
    var enteredLater: Day? { recordedOn == today ? nil : recordedOn }

    /// A stage change of `inspection` to `stage`, recorded with the actor, time and reason.
    func transition(_ inspection: Inspection, to stage: InspectionStage, defaultReason: String) -> Event {
        let why = statedReason ?? defaultReason
        return .stageChanged(inspection.id, StageTransition(from: inspection.stage, to: stage, actor: actor.id, at: now, on: today, reason: why))
    }

    // MARK: Look-ups that refuse unknown ids

    func organization(_ id: OrganizationID) throws(DomainError) -> Organization {
        guard let found = state.organizations[id] else { throw .unknown(.organization, id.rawValue) }
        return found
    }

    func inspector(_ id: InspectorID) throws(DomainError) -> Inspector {
        guard let found = state.inspectors[id] else { throw .unknown(.inspector, id.rawValue) }
        return found
    }

    func term(_ id: TermID) throws(DomainError) -> Term {
        guard let found = state.terms[id] else { throw .unknown(.term, id.rawValue) }
        return found
    }

    func round(_ id: RoundID) throws(DomainError) -> Round {
        guard let found = state.rounds[id] else { throw .unknown(.round, id.rawValue) }
        return found
    }

    func team(_ id: TeamID) throws(DomainError) -> Team {
        guard let found = state.teams[id] else { throw .unknown(.team, id.rawValue) }
        return found
    }

    func inspection(_ id: InspectionID) throws(DomainError) -> Inspection {
        guard let found = state.inspections[id] else { throw .unknown(.inspection, id.rawValue) }
        return found
    }

    func finding(_ id: FindingID) throws(DomainError) -> Finding {
        guard let found = state.findings[id] else { throw .unknown(.finding, id.rawValue) }
        return found
    }

    func lead(_ id: LeadID) throws(DomainError) -> Lead {
        guard let found = state.leads[id] else { throw .unknown(.lead, id.rawValue) }
        return found
    }

    func petition(_ id: PetitionID) throws(DomainError) -> Petition {
        guard let found = state.petitions[id] else { throw .unknown(.petition, id.rawValue) }
        return found
    }

    func item(_ id: RectificationItemID) throws(DomainError) -> RectificationItem {
        guard let found = state.rectificationItems[id] else { throw .unknown(.rectificationItem, id.rawValue) }
        return found
    }

    /// Refuses unless `inspection` is exactly at one of `stages`.
    func require(_ inspection: Inspection, in stages: InspectionStage..., for action: LocalizedText,
                 rule: RuleID = .lifecycle) throws(DomainError) {
        guard stages.contains(inspection.stage) else {
            let zhNeeded = stages.map { $0.label(.chinese) }.joined(separator: "或")
            let enNeeded = stages.map { $0.label(.english) }.joined(separator: " or ")
            throw DomainError(rule,
                              zh: "巡察\(inspection.id)当前处于“\(inspection.stage.label(.chinese))”环节，\(action.zh)须在“\(zhNeeded)”环节进行：请先完成前序环节。",
                              en: "Inspection \(inspection.id) is \(inspection.stage.label(.english)); \(action.en) needs it to be \(enNeeded): complete the earlier stages first.")
        }
    }
}

/// Shared checks on text fields.
enum Check {
    /// Refuses an empty or blank text.
    static func notBlank(_ value: String, field: String, zh: String) throws(DomainError) {
        guard !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .invalid(field, zh: "\(zh)不能为空，请填写。", en: "it must not be empty; fill it in.")
        }
    }

    /// Refuses an empty reason for decisions that must state one.
    static func reason(_ reason: String, rule: RuleID, what: LocalizedText) throws(DomainError) {
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(rule, zh: "\(what.zh)必须写明理由：请在指令中说明原因。", en: "\(what.en) must state its reason: give one with the command.")
        }
    }
}
