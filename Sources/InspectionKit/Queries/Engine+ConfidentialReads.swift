/// Reads of confidential records: refusals are audited and answered alike whether or not the record exists.
extension Engine {
    /// Allows `actor` to read `record`, or audits the refusal — with the rule that refused and whether the record
    /// exists — and throws the record kind's one refusal, which says nothing of existence.
    mutating func authorizeConfidentialRead(_ record: ConfidentialRecord, as actor: Actor, exists: Bool) throws(DomainError) {
        do {
            try AccessPolicy.authorizeRead(actor, record.readable, state: state, today: today)
        } catch {
            self.record([.confidentialReadRefused(RefusedRead(record: record, rule: error.rule, recordExists: exists))], actor: actor, reason: "read refused")
            throw record.concealedRefusal
        }
    }
}

extension Engine {
    /// Allows `actor` to open `file`, or audits the refusal — with the rule that refused and whether the file exists —
    /// and rethrows it as it is (files are not confidential: their refusals may say what they are).
    mutating func authorizeFileRead(_ file: RestrictedFile, _ readable: ReadableRecord, as actor: Actor) throws(DomainError) {
        do {
            try AccessPolicy.authorizeRead(actor, readable, state: state, today: today)
        } catch {
            auditRefusedFileRead(file, rule: error.rule, exists: file.exists(in: state), as: actor)
            throw error
        }
    }

    /// Keeps a refused attempt to open `file` in the audit trail.
    mutating func auditRefusedFileRead(_ file: RestrictedFile, rule: RuleID, exists: Bool, as actor: Actor) {
        record([.fileReadRefused(RefusedFileRead(file: file, rule: rule, recordExists: exists))], actor: actor, reason: "read refused")
    }
}

extension RestrictedFile {
    /// Whether the file is in `state`.
    func exists(in state: InspectionState) -> Bool {
        switch self {
        case .inspection(let id): state.inspections[id] != nil
        case .rectificationItem(let id): state.rectificationItems[id] != nil
        }
    }
}

extension ConfidentialRecord {
    /// The access policy's name for reading it.
    var readable: ReadableRecord {
        switch self {
        case .lead(let id): .lead(id)
        case .petition(let id): .petition(id)
        case .petitionerIdentity(let id): .petitionerIdentity(id)
        case .interview(let id): .workRecord(id)
        }
    }

    /// The one refusal for a record of this kind that does not exist or may not be seen, so that neither a status
    /// nor a message tells someone probing identifiers which exist.
    public var concealedRefusal: DomainError {
        switch self {
        case .lead(let id):
            DomainError(.accessLead, zh: "没有您可查阅的线索“\(id)”：线索仅限专管人员、组长、巡察办主任及移交后的承办单位查阅。",
                        en: "There is no lead '\(id)' that you may see: a lead is seen only by its custodian, the team leader, the office head and, after hand-over, the receiving body.")
        case .petition(let id):
            DomainError(.accessFieldwork, zh: "没有您可查阅的信访件“\(id)”：信访件仅限巡察办、领导小组、监督审计人员及本巡察组在授权期限内（或经档案查阅授权）查阅。",
                        en: "There is no petition '\(id)' that you may see: petitions are seen by the office, the leading group, auditors and the inspection's own team inside its window (or with an archive grant).")
        case .petitionerIdentity(let id):
            DomainError(.accessPetitionerIdentity, zh: "没有您可查阅的信访人身份“\(id)”：信访人身份仅限登记人和巡察办主任查阅。",
                        en: "There is no petitioner's identity on '\(id)' that you may see: it is seen only by its registrar and the office head.")
        case .interview(let id):
            DomainError(.accessFieldwork, zh: "没有您可查阅的谈话记录“\(id)”：谈话记录仅限巡察办、领导小组、监督审计人员及本巡察组在授权期限内（或经档案查阅授权）查阅。",
                        en: "There is no interview record '\(id)' that you may see: interviews are seen by the office, the leading group, auditors and the inspection's own team inside its window (or with an archive grant).")
        }
    }
}

extension RecordedEvent {
    /// The event with every confidential text blanked, as oversight sees it.
    public var withConfidentialTextWithheld: RecordedEvent { mappingConfidentialText { _, _ in "" } }
}
