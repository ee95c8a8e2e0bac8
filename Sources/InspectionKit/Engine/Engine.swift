import Foundation

/// The in-memory engine: decides commands through the access policy and the rules, journals the events and folds them
/// into the state. A value type; wrap it in an actor (or a store-backed service) to share it between tasks.
public struct Engine: Sendable {
    /// The current state.
    public private(set) var state: InspectionState
    /// Every event so far, in order (the audit trail).
    public private(set) var journal: [RecordedEvent]
    /// The finding statistics, kept in step with every event.
    public private(set) var statistics: FindingStatisticsProjection
    /// Each versioned record's version, kept in step with every event.
    public private(set) var versions: RecordVersions
    /// The office's settings.
    public let settings: OfficeSettings
    /// Where the current time comes from.
    public let clock: any TimeSource
    /// How new identifiers are spelled.
    public let identifiers: any IdentifierScheme

    /// An empty engine with the default taxonomy (or `taxonomy`), settings, clock and identifier scheme.
    public init(taxonomy: Taxonomy? = nil, settings: OfficeSettings = OfficeSettings(), clock: any TimeSource = SystemTimeSource(),
                identifiers: any IdentifierScheme = PrefixedIdentifierScheme()) throws(TaxonomyError) {
        if let taxonomy {
            state = InspectionState(taxonomy: taxonomy)
        } else {
            state = InspectionState(taxonomy: try Taxonomy.standard())
        }
        statistics = FindingStatisticsProjection(taxonomy: state.taxonomy)
        versions = RecordVersions(base: 0)
        journal = []
        self.settings = settings
        self.clock = clock
        self.identifiers = identifiers
    }

    /// An engine rebuilt from a journal (events are applied, not re-decided).
    public init(replaying events: [RecordedEvent], taxonomy: Taxonomy? = nil, settings: OfficeSettings = OfficeSettings(),
                clock: any TimeSource = SystemTimeSource(), identifiers: any IdentifierScheme = PrefixedIdentifierScheme()) throws(TaxonomyError) {
        try self.init(taxonomy: taxonomy, settings: settings, clock: clock, identifiers: identifiers)
        for entry in events { apply(entry) }
        journal = events
    }

    /// The current day in the office's time zone.
    public var today: Day { Day(date: clock.now(), utcOffsetSeconds: settings.utcOffsetSeconds) }

    /// Decides `command` without recording anything: the events it would cause, or the refusal.
    public func decide(_ command: Command) throws(DomainError) -> [Event] {
        try decide(command, now: clock.now())
    }

    /// Decides `command` at the instant `now`: a day to come is refused, then access is checked, then past work (only
    /// the office's, with a reason), then the rules, then the order of the steps it takes.
    private func decide(_ command: Command, now: Date) throws(DomainError) -> [Event] {
        let context = DecisionContext(state: state, settings: settings, actor: command.actor, reason: command.reason, now: now,
                                      occurredOn: command.occurredOn, identifiers: identifiers)
        try Chronology.refuseTheFuture(context)
        try AccessPolicy.authorize(command.actor, command.intent, state: state, today: context.today, enteringPastWork: context.isEnteringPastWork)
        try Chronology.admitPastWork(context)
        let events = try Rules.decide(command.intent, in: context)
        try Chronology.checkOrder(of: events, in: context)
        return events
    }

    /// Executes `command`: on success its events are journaled and applied and returned; on refusal nothing changes.
    @discardableResult
    public mutating func execute(_ command: Command) throws(DomainError) -> [RecordedEvent] {
        let now = clock.now()
        let events = try decide(command, now: now)
        let occurredOn = command.occurredOn ?? Day(date: now, utcOffsetSeconds: settings.utcOffsetSeconds)
        return record(events, actor: command.actor, reason: command.reason, occurredOn: occurredOn, at: now)
    }

    /// Journals and applies events on behalf of `actor`, as having happened on `occurredOn` (default: today).
    @discardableResult
    mutating func record(_ events: [Event], actor: Actor, reason: String, occurredOn: Day? = nil, at instant: Date? = nil) -> [RecordedEvent] {
        let now = instant ?? clock.now()
        let day = occurredOn ?? Day(date: now, utcOffsetSeconds: settings.utcOffsetSeconds)
        var recorded: [RecordedEvent] = []
        recorded.reserveCapacity(events.count)
        for event in events {
            let entry = RecordedEvent(sequence: state.lastSequence + 1, recordedAt: now, occurredOn: day, actor: actor.id, role: actor.role,
                                      reason: reason, event: event)
            apply(entry)
            recorded.append(entry)
        }
        journal.append(contentsOf: recorded)
        return recorded
    }

    /// Applies events already decided and journaled elsewhere (a service's durable copy follows its writer this way);
    /// the journal is left as it is.
    mutating func replay(_ events: [RecordedEvent]) {
        for entry in events { apply(entry) }
    }

    /// Folds one journaled event into the state, the statistics and the versions.
    private mutating func apply(_ entry: RecordedEvent) {
        state.apply(entry)
        statistics.apply(entry.event, state: state)
        versions.note(entry)
    }

    /// Journals again, after the current last sequence, events recorded on a copy (a reader's audit events), keeping
    /// who caused each and why.
    mutating func rerecord(_ events: [RecordedEvent]) -> [RecordedEvent] {
        let now = clock.now()
        var recorded: [RecordedEvent] = []
        for event in events {
            let entry = RecordedEvent(sequence: state.lastSequence + 1, recordedAt: now, occurredOn: event.occurredOn, actor: event.actor, role: event.role,
                                      reason: event.reason, event: event.event)
            apply(entry)
            recorded.append(entry)
        }
        journal.append(contentsOf: recorded)
        return recorded
    }

    /// Drops the journal kept in memory (a service's engine: the store holds it).
    mutating func forgetJournal() {
        journal.removeAll(keepingCapacity: true)
    }

    /// Records that `actor` read confidential records (the audit trail of reads).
    mutating func audit(_ records: [ConfidentialRecord], by actor: Actor) {
        guard !records.isEmpty else { return }
        record(records.map(Event.confidentialRecordRead), actor: actor, reason: "read")
    }
}

extension Engine {
    /// An engine continuing from `state` (a snapshot with later events applied); its journal holds only what it records from now on.
    public init(restoring state: InspectionState, settings: OfficeSettings = OfficeSettings(), clock: any TimeSource = SystemTimeSource(),
                identifiers: any IdentifierScheme = PrefixedIdentifierScheme()) {
        self.state = state
        statistics = FindingStatisticsProjection(state: state)
        versions = RecordVersions(base: state.lastSequence)
        journal = []
        self.settings = settings
        self.clock = clock
        self.identifiers = identifiers
    }
}
