/// What every event can tell, each area answering for its own events (a new event is answered in its area's files).
extension Event {
    /// The stable name of this event's kind.
    public var type: EventType {
        switch self {
        case .registry(let e): .registry(e.name)
        case .planning(let e): .planning(e.name)
        case .accounts(let e): .accounts(e.name)
        case .teams(let e): .teams(e.name)
        case .inspection(let e): .inspection(e.name)
        case .fieldwork(let e): .fieldwork(e.name)
        case .findings(let e): .findings(e.name)
        case .handover(let e): .handover(e.name)
        case .rectification(let e): .rectification(e.name)
        case .closing(let e): .closing(e.name)
        case .exchange(let e): .exchange(e.name)
        case .audit(let e): .audit(e.name)
        case .retention(let e): .retention(e.name)
        }
    }

    /// 事件摘要 — what happened, in `language`, one line for the audit trail. A summary names records by identifier
    /// and never repeats confidential content: no lead's subject or summary, no petition's content or petitioner.
    public func summary(_ language: Language) -> String {
        switch self {
        case .registry(let e): e.summary(language)
        case .planning(let e): e.summary(language)
        case .accounts(let e): e.summary(language)
        case .teams(let e): e.summary(language)
        case .inspection(let e): e.summary(language)
        case .fieldwork(let e): e.summary(language)
        case .findings(let e): e.summary(language)
        case .handover(let e): e.summary(language)
        case .rectification(let e): e.summary(language)
        case .closing(let e): e.summary(language)
        case .exchange(let e): e.summary(language)
        case .audit(let e): e.summary(language)
        case .retention(let e): e.summary(language)
        }
    }

    /// The versioned records this event changes (a test replays the sample district and checks that no record
    /// changes unannounced). Every event is named in its area: a new event must say what it changes.
    public var changedRecords: [VersionedRecord] {
        switch self {
        case .registry(let e): e.changedRecords
        case .planning(let e): e.changedRecords
        case .accounts(let e): e.changedRecords
        case .teams(let e): e.changedRecords
        case .inspection(let e): e.changedRecords
        case .fieldwork(let e): e.changedRecords
        case .findings(let e): e.changedRecords
        case .handover(let e): e.changedRecords
        case .rectification(let e): e.changedRecords
        case .closing(let e): e.changedRecords
        case .exchange(let e): e.changedRecords
        case .audit(let e): e.changedRecords
        case .retention(let e): e.changedRecords
        }
    }

    /// The identifiers of the records this event creates, in the order it holds them (empty when it creates none).
    public var createdIDs: [String] {
        switch self {
        case .registry(let e): e.createdIDs
        case .planning(let e): e.createdIDs
        case .accounts(let e): e.createdIDs
        case .teams(let e): e.createdIDs
        case .inspection(let e): e.createdIDs
        case .fieldwork(let e): e.createdIDs
        case .findings(let e): e.createdIDs
        case .handover(let e): e.createdIDs
        case .rectification(let e): e.createdIDs
        case .closing(let e): e.createdIDs
        case .exchange(let e): e.createdIDs
        case .audit(let e): e.createdIDs
        case .retention(let e): e.createdIDs
        }
    }

    /// 审计检索 — the identifiers of the records the event concerns: what the audit trail can be searched by, never
    /// content. For confidential records only their own identifier and their inspection's, so a search never tells
    /// which lead names a person, which petition a phone number, or which organization a lead concerns.
    public var recordIDs: [String] {
        switch self {
        case .registry(let e): e.recordIDs
        case .planning(let e): e.recordIDs
        case .accounts(let e): e.recordIDs
        case .teams(let e): e.recordIDs
        case .inspection(let e): e.recordIDs
        case .fieldwork(let e): e.recordIDs
        case .findings(let e): e.recordIDs
        case .handover(let e): e.recordIDs
        case .rectification(let e): e.recordIDs
        case .closing(let e): e.recordIDs
        case .exchange(let e): e.recordIDs
        case .audit(let e): e.recordIDs
        case .retention(let e): e.recordIDs
        }
    }

    /// Whether the event holds confidential text (every event is named in its area: sealing follows).
    public var holdsConfidentialText: Bool {
        switch self {
        case .registry(let e): e.holdsConfidentialText
        case .planning(let e): e.holdsConfidentialText
        case .accounts(let e): e.holdsConfidentialText
        case .teams(let e): e.holdsConfidentialText
        case .inspection(let e): e.holdsConfidentialText
        case .fieldwork(let e): e.holdsConfidentialText
        case .findings(let e): e.holdsConfidentialText
        case .handover(let e): e.holdsConfidentialText
        case .rectification(let e): e.holdsConfidentialText
        case .closing(let e): e.holdsConfidentialText
        case .exchange(let e): e.holdsConfidentialText
        case .audit(let e): e.holdsConfidentialText
        case .retention(let e): e.holdsConfidentialText
        }
    }

    /// The event with every confidential text passed through `transform` (to seal it for storage, or to open it).
    public func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Event {
        guard holdsConfidentialText else { return self }
        switch self {
        case .registry(let e): return .registry(try e.mappingConfidentialText(transform))
        case .planning(let e): return .planning(try e.mappingConfidentialText(transform))
        case .accounts(let e): return .accounts(try e.mappingConfidentialText(transform))
        case .teams(let e): return .teams(try e.mappingConfidentialText(transform))
        case .inspection(let e): return .inspection(try e.mappingConfidentialText(transform))
        case .fieldwork(let e): return .fieldwork(try e.mappingConfidentialText(transform))
        case .findings(let e): return .findings(try e.mappingConfidentialText(transform))
        case .handover(let e): return .handover(try e.mappingConfidentialText(transform))
        case .rectification(let e): return .rectification(try e.mappingConfidentialText(transform))
        case .closing(let e): return .closing(try e.mappingConfidentialText(transform))
        case .exchange(let e): return .exchange(try e.mappingConfidentialText(transform))
        case .audit(let e): return .audit(try e.mappingConfidentialText(transform))
        case .retention(let e): return .retention(try e.mappingConfidentialText(transform))
        }
    }
}

extension Event {
    /// Writes the named fields of the event's area (the type is written first).
    func encodeFields(to out: inout EventFieldWriter) throws {
        switch self {
        case .registry(let e): try e.encodeFields(to: &out)
        case .planning(let e): try e.encodeFields(to: &out)
        case .accounts(let e): try e.encodeFields(to: &out)
        case .teams(let e): try e.encodeFields(to: &out)
        case .inspection(let e): try e.encodeFields(to: &out)
        case .fieldwork(let e): try e.encodeFields(to: &out)
        case .findings(let e): try e.encodeFields(to: &out)
        case .handover(let e): try e.encodeFields(to: &out)
        case .rectification(let e): try e.encodeFields(to: &out)
        case .closing(let e): try e.encodeFields(to: &out)
        case .exchange(let e): try e.encodeFields(to: &out)
        case .audit(let e): try e.encodeFields(to: &out)
        case .retention(let e): try e.encodeFields(to: &out)
        }
    }

    /// Reads an event by its type and fields.
    init(type: EventType, fields f: EventFieldReader) throws {
        switch type {
        case .registry(let name): self = .registry(try RegistryEvent(name: name, fields: f))
        case .planning(let name): self = .planning(try PlanningEvent(name: name, fields: f))
        case .accounts(let name): self = .accounts(try AccountsEvent(name: name, fields: f))
        case .teams(let name): self = .teams(try TeamsEvent(name: name, fields: f))
        case .inspection(let name): self = .inspection(try InspectionEvent(name: name, fields: f))
        case .fieldwork(let name): self = .fieldwork(try FieldworkEvent(name: name, fields: f))
        case .findings(let name): self = .findings(try FindingsEvent(name: name, fields: f))
        case .handover(let name): self = .handover(try HandoverEvent(name: name, fields: f))
        case .rectification(let name): self = .rectification(try RectificationEvent(name: name, fields: f))
        case .closing(let name): self = .closing(try ClosingEvent(name: name, fields: f))
        case .exchange(let name): self = .exchange(try ExchangeEvent(name: name, fields: f))
        case .audit(let name): self = .audit(try AuditEvent(name: name, fields: f))
        case .retention(let name): self = .retention(try RetentionEvent(name: name, fields: f))
        }
    }
}

extension InspectionState {
    /// Folds one event into the state, in the area that owns it.
    mutating func apply(_ event: Event) {
        switch event {
        case .registry(let e): apply(e)
        case .planning(let e): apply(e)
        case .accounts(let e): apply(e)
        case .teams(let e): apply(e)
        case .inspection(let e): apply(e)
        case .fieldwork(let e): apply(e)
        case .findings(let e): apply(e)
        case .handover(let e): apply(e)
        case .rectification(let e): apply(e)
        case .closing(let e): apply(e)
        case .exchange(let e): apply(e)
        case .audit(let e): apply(e)
        case .retention(let e): apply(e)
        }
    }
}
