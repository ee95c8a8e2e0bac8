/// Reads of attached files: a file is given only to someone who may read a record that holds it.
extension Engine {
    /// The file with digest `sha256` as a record the actor may read holds it (a rectification item's close-out evidence,
    /// a finding's evidence, a work record's attachments — an interview's is a confidential read, audited, and so is a
    /// refused attempt at one). Whether no such record exists or the actor may read none, the refusal is the same.
    public mutating func attachedFile(_ sha256: String, as actor: Actor) throws(DomainError) -> AttachedFile {
        for item in state.rectificationItems.values.sorted(by: { $0.id < $1.id }) {
            guard let file = item.closeOut.evidence.lazy.compactMap(\.file).first(where: { $0.sha256 == sha256 }) else { continue }
            if AccessPolicy.canRead(actor, .rectificationItem(item.id), state: state, today: today) { return file }
        }
        for finding in state.findings.values.sorted(by: { $0.id < $1.id }) {
            guard let file = finding.content.evidence.lazy.compactMap(\.file).first(where: { $0.sha256 == sha256 }) else { continue }
            if AccessPolicy.canRead(actor, .finding(finding.id), state: state, today: today) { return file }
        }
        var refusedInterviews: [WorkRecordID] = []
        for record in state.workRecords.values.sorted(by: { $0.id < $1.id }) {
            guard let file = (record.attachments ?? []).first(where: { $0.sha256 == sha256 }) else { continue }
            if AccessPolicy.canRead(actor, .workRecord(record.id), state: state, today: today) {
                if record.isConfidential { audit([.interview(record.id)], by: actor) }
                return file
            }
            if record.isConfidential { refusedInterviews.append(record.id) }
        }
        // A refused attempt at an interview's file is a refused confidential read, kept in the trail like any other.
        if !refusedInterviews.isEmpty {
            _ = record(refusedInterviews.map { .confidentialReadRefused(RefusedRead(record: .interview($0), rule: .accessAttachment, recordExists: true)) },
                   actor: actor, reason: "read refused")
        }
        throw DomainError(.accessAttachment, zh: "没有您可查阅的附件“\(sha256.prefix(12))…”：附件仅限可查阅其所在记录的人员下载。",
                          en: "There is no file '\(sha256.prefix(12))…' that you may read: a file is for those who may read the record that holds it.")
    }
}
