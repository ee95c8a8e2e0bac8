/// 保管期限 — when a confidential record's content may be erased: by the office head, with a reason, once, and only
/// when the content is no longer needed for the work — a lead once disposed of, a petition once triaged, an interview
/// once its inspection is archived. A petitioner's identity may be erased at any time: protecting it is always lawful.
enum RetentionRules {
    static func erase(_ record: ConfidentialRecord, _ c: DecisionContext) throws(DomainError) -> [Event] {
        guard !c.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(.retentionReason, zh: "销毁保密内容须说明理由（保管期限届满的依据）。", en: "Erasing confidential content needs a reason (the retention limit it honours).")
        }
        guard !c.state.erasedContent.contains(record) else {
            throw DomainError(.retentionErased, zh: "\(record.label(.chinese))的内容已经销毁。", en: "The content of \(record.label(.english)) was already erased.")
        }
        switch record {
        case .lead(let id):
            let lead = try c.lead(id)
            guard lead.disposition != nil else {
                throw DomainError(.retentionOpen, zh: "线索 \(id) 尚未移交或尚无处置结果，不能销毁。", en: "Lead \(id) is not yet handed over and disposed of, so it cannot be erased.")
            }
        case .petition(let id):
            let petition = try c.petition(id)
            guard petition.triage != nil else {
                throw DomainError(.retentionOpen, zh: "信访件 \(id) 尚未分办，不能销毁其内容。", en: "Petition \(id) is not yet triaged, so its content cannot be erased.")
            }
        case .petitionerIdentity(let id):
            let petition = try c.petition(id)
            guard petition.petitioner != nil else {
                throw DomainError(.retentionOpen, zh: "信访件 \(id) 为匿名，没有可销毁的身份信息。", en: "Petition \(id) is anonymous: there is no identity to erase.")
            }
        case .interview(let id):
            guard let work = c.state.workRecords[id], work.isConfidential else { throw DomainError.unknown(.workRecord, id.rawValue) }
            guard let inspection = c.state.inspections[work.inspectionID], inspection.stage == .archived else {
                throw DomainError(.retentionOpen, zh: "谈话记录 \(id) 所属巡察尚未归档，不能销毁。", en: "The inspection of interview record \(id) is not archived yet, so the record cannot be erased.")
            }
        }
        return [.confidentialContentErased(record)]
    }
}

extension ConfidentialRecord {
    /// The record named in `language`, e.g. "线索 LEAD-000001" / "lead LEAD-000001".
    public func label(_ language: Language) -> String {
        let zh = language == .chinese
        return switch self {
        case .lead(let id): zh ? "线索 \(id)" : "lead \(id)"
        case .petition(let id): zh ? "信访件 \(id)" : "petition \(id)"
        case .petitionerIdentity(let id): zh ? "信访件 \(id) 的信访人身份" : "the petitioner's identity on \(id)"
        case .interview(let id): zh ? "谈话记录 \(id)" : "interview record \(id)"
        }
    }
}

extension InspectionState {
    /// Blanks the content of `record` (the texts its key sealed) and remembers that it was erased.
    mutating func eraseContent(of record: ConfidentialRecord) {
        var erased = erasedRecords ?? []
        erased.insert(record)
        erasedRecords = erased
        let blank: (String, ConfidentialField) -> String = { text, field in field.owner == record ? "" : text }
        switch record {
        case .lead(let id): leads[id] = leads[id]?.mappingConfidentialText(blank)
        case .petition(let id), .petitionerIdentity(let id): petitions[id] = petitions[id]?.mappingConfidentialText(blank)
        case .interview(let id): workRecords[id] = workRecords[id]?.mappingConfidentialText(blank)
        }
    }
}
