/// 保密内容 — the texts a store seals at rest: petitioner identities, the contents of petitions, of leads (subject,
/// post, allegation, disposition note) and of interviews. Each text belongs to one confidential record, whose own key
/// seals it, so erasing that key (crypto-shredding) erases exactly that record's content.
public struct ConfidentialField: Hashable, Sendable {
    /// The record whose key seals the text.
    public let owner: ConfidentialRecord
    /// Which of its texts (stable, part of what sealing authenticates).
    public let name: String

    /// A field of `owner`.
    public init(owner: ConfidentialRecord, name: String) {
        self.owner = owner
        self.name = name
    }
}

extension ConfidentialRecord {
    /// A stable spelling (`lead:LEAD-000001`), for key tables and sealing.
    public var storageKey: String {
        switch self {
        case .lead(let id): "lead:\(id.rawValue)"
        case .petition(let id): "petition:\(id.rawValue)"
        case .petitionerIdentity(let id): "petitioner:\(id.rawValue)"
        case .interview(let id): "interview:\(id.rawValue)"
        }
    }
}

extension RecordedEvent {
    /// The recorded event with its confidential texts passed through `transform`.
    public func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> RecordedEvent {
        guard event.holdsConfidentialText else { return self }
        var copy = self
        copy.event = try event.mappingConfidentialText(transform)
        return copy
    }
}

extension Petition {
    /// The petition with its content and petitioner's identity passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Petition {
        var copy = self
        copy.content = try transform(content, ConfidentialField(owner: .petition(id), name: "content"))
        if var identity = petitioner {
            identity.name = try transform(identity.name, ConfidentialField(owner: .petitionerIdentity(id), name: "name"))
            identity.contact = try transform(identity.contact, ConfidentialField(owner: .petitionerIdentity(id), name: "contact"))
            copy.petitioner = identity
        }
        return copy
    }
}

extension Lead {
    /// The lead with its subject, post, allegation and disposition note passed through `transform`.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> Lead {
        var copy = self
        copy.subjectName = try transform(subjectName, ConfidentialField(owner: .lead(id), name: "subjectName"))
        copy.subjectPost = try transform(subjectPost, ConfidentialField(owner: .lead(id), name: "subjectPost"))
        copy.summary = try transform(summary, ConfidentialField(owner: .lead(id), name: "summary"))
        if var disposition {
            disposition.note = try transform(disposition.note, ConfidentialField(owner: .lead(id), name: "disposition.note"))
            copy.disposition = disposition
        }
        return copy
    }
}

extension WorkRecord {
    /// An interview with its interviewee and content passed through `transform`; other work records as they are.
    func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> WorkRecord {
        guard isConfidential else { return self }
        var copy = self
        copy.subject = try transform(subject, ConfidentialField(owner: .interview(id), name: "subject"))
        copy.summary = try transform(summary, ConfidentialField(owner: .interview(id), name: "summary"))
        return copy
    }
}

extension InspectionState {
    /// The state with every confidential text passed through `transform` (to seal a snapshot, or to open one).
    public func mappingConfidentialText(_ transform: (String, ConfidentialField) throws -> String) rethrows -> InspectionState {
        var copy = self
        for (id, petition) in petitions { copy.petitions[id] = try petition.mappingConfidentialText(transform) }
        for (id, lead) in leads { copy.leads[id] = try lead.mappingConfidentialText(transform) }
        for (id, record) in workRecords where record.isConfidential { copy.workRecords[id] = try record.mappingConfidentialText(transform) }
        return copy
    }
}
