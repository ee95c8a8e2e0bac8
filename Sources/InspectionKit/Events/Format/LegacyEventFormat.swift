/// 旧格式 — the first event format: Swift's synthesized encoding of the `Event` enum as it stood until the format was
/// pinned, `{"organizationHeadChanged":{"_0":"ORG-1","_1":{…}}}` — the case name as the key, unlabelled values
/// numbered `_0`, `_1`…, labelled ones by their label. Every journal written before then holds events in this form;
/// this table reads them forward into the current events without rewriting a byte on disk (so their hash chains
/// stay valid). The case names and keys here are frozen: they describe files that already exist.
public enum LegacyEventFormat {
    /// For each case name of the first format: the event type it is now, and each current field's key then.
    public static let cases: [String: (type: EventType, keys: [String: String])] = [
        "organizationRegistered": (.organizationRegistered, ["organization": "_0"]),
        "organizationHeadChanged": (.organizationHeadChanged, ["organization": "_0", "head": "_1"]),
        "inspectorRegistered": (.inspectorRegistered, ["inspector": "_0"]),
        "trainingRecorded": (.trainingRecorded, ["inspector": "_0", "training": "_1"]),
        "relativeDeclared": (.relativeDeclared, ["inspector": "_0", "relative": "_1"]),
        "termOpened": (.termOpened, ["term": "_0"]),
        "planAdopted": (.planAdopted, ["plan": "_0"]),
        "roundPlanned": (.roundPlanned, ["round": "_0"]),
        "taxonomyAdopted": (.taxonomyAdopted, ["taxonomy": "_0"]),
        "userRegistered": (.userRegistered, ["user": "_0"]),
        "userDeactivated": (.userDeactivated, ["user": "_0"]),
        "tokenIssued": (.tokenIssued, ["token": "_0"]),
        "tokenRevoked": (.tokenRevoked, ["token": "_0"]),
        "teamFormed": (.teamFormed, ["team": "_0"]),
        "teamChanged": (.teamChanged, ["team": "_0", "composition": "_1"]),
        "recusalWaived": (.recusalWaived, ["inspection": "_0", "waiver": "_1"]),
        "rotationOverridden": (.rotationOverridden, ["override": "_0"]),
        "inspectionScheduled": (.inspectionScheduled, ["inspection": "_0"]),
        "inspectionAuthorized": (.inspectionAuthorized, ["inspection": "_0", "authorization": "_1"]),
        "stageChanged": (.stageChanged, ["inspection": "_0", "transition": "_1"]),
        "mobilized": (.mobilized, ["inspection": "_0", "day": "_1"]),
        "stationed": (.stationed, ["inspection": "_0", "day": "_1"]),
        "withdrawn": (.withdrawn, ["inspection": "_0", "day": "_1"]),
        "reportSubmitted": (.reportSubmitted, ["inspection": "_0", "report": "_1"]),
        "reportApproved": (.reportApproved, ["inspection": "_0", "approval": "_1"]),
        "feedbackDelivered": (.feedbackDelivered, ["inspection": "_0", "feedback": "_1"]),
        "handoverCompleted": (.handoverCompleted, ["inspection": "_0", "day": "_1"]),
        "rectificationPlanSubmitted": (.rectificationPlanSubmitted, ["inspection": "_0", "day": "_1", "items": "_2"]),
        "rectificationReportSubmitted": (.rectificationReportSubmitted, ["inspection": "_0", "report": "_1"]),
        "withholdingConsented": (.withholdingConsented, ["inspection": "_0", "consent": "_1"]),
        "disclosureRecorded": (.disclosureRecorded, ["inspection": "_0", "disclosure": "_1"]),
        "evaluationRecorded": (.evaluationRecorded, ["inspection": "_0", "evaluation": "_1"]),
        "archived": (.archived, ["inspection": "_0", "day": "_1"]),
        "archiveAccessGranted": (.archiveAccessGranted, ["inspection": "_0", "team": "_1"]),
        "workRecorded": (.workRecorded, ["record": "_0"]),
        "petitionRegistered": (.petitionRegistered, ["petition": "_0"]),
        "petitionTriaged": (.petitionTriaged, ["petition": "_0", "triage": "_1"]),
        "findingDrafted": (.findingDrafted, ["finding": "_0"]),
        "findingRevised": (.findingRevised, ["finding": "_0", "content": "_1"]),
        "findingReviewed": (.findingReviewed, ["finding": "_0", "review": "_1"]),
        "leadRegistered": (.leadRegistered, ["lead": "_0"]),
        "leadHandedOver": (.leadHandedOver, ["lead": "_0", "handover": "_1"]),
        "dispositionRecorded": (.dispositionRecorded, ["lead": "_0", "disposition": "_1"]),
        "findingHandedOver": (.findingHandedOver, ["finding": "_0", "handover": "_1"]),
        "findingDispositionRecorded": (.findingDispositionRecorded, ["finding": "_0", "disposition": "_1"]),
        "immediateRectificationStarted": (.immediateRectificationStarted, ["item": "_0"]),
        "rectificationProgressed": (.rectificationProgressed, ["item": "_0", "status": "_1", "note": "_2"]),
        "rectificationMarkedLongTerm": (.rectificationMarkedLongTerm, ["item": "_0", "nextReview": "nextReview"]),
        "closeOutEvidenceAttached": (.closeOutEvidenceAttached, ["item": "_0", "evidence": "_1"]),
        "closeOutSignedOff": (.closeOutSignedOff, ["item": "_0", "signOff": "_1"]),
        "closeOutAccepted": (.closeOutAccepted, ["item": "_0", "party": "_1", "day": "_2"]),
        "rectificationVerified": (.rectificationVerified, ["item": "_0", "day": "_1"]),
        "supervisionNoticeIssued": (.supervisionNoticeIssued, ["item": "_0", "notice": "_1"]),
        "accountabilityRecorded": (.accountabilityRecorded, ["record": "_0"]),
        "ruleChangeRecorded": (.ruleChangeRecorded, ["ruleChange": "_0"]),
        "followUpRecorded": (.followUpRecorded, ["followUp": "_0"]),
        "exchangePackageImported": (.exchangePackageImported, ["package": "_0"]),
        "confidentialRecordRead": (.confidentialRecordRead, ["record": "_0"]),
        "confidentialReadRefused": (.confidentialReadRefused, ["refused": "_0"]),
        "confidentialContentErased": (.confidentialContentErased, ["record": "_0"]),
    ]

    /// The type and a field reader for an event written in the first format.
    static func reader(for container: KeyedDecodingContainer<StableKey>, codingPath: [any CodingKey]) throws -> (EventType, EventFieldReader) {
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "an event has neither a \"type\" nor a single case name"))
        }
        guard let entry = cases[key.stringValue] else {
            throw DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: "'\(key.stringValue)' is not an event of the first format"))
        }
        let nested = try container.nestedContainer(keyedBy: StableKey.self, forKey: key)
        return (entry.type, EventFieldReader(container: nested, legacyKeys: entry.keys))
    }
}
