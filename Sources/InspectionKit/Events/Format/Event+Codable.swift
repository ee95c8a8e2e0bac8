/// The pinned event format: `{"type":"inspection.authorized","inspection":"…","authorization":{…}}` — a stable type
/// name (``EventType``) and named fields, written explicitly rather than by Swift's synthesized enum encoding, so
/// renaming a Swift case or argument never changes what the journal holds. The golden journal under `Tests/` pins it.
extension Event: Codable {
    /// The stable name of this event's kind.
    public var type: EventType {
        switch self {
        case .organizationRegistered: .organizationRegistered
        case .organizationHeadChanged: .organizationHeadChanged
        case .inspectorRegistered: .inspectorRegistered
        case .trainingRecorded: .trainingRecorded
        case .relativeDeclared: .relativeDeclared
        case .termOpened: .termOpened
        case .planAdopted: .planAdopted
        case .roundPlanned: .roundPlanned
        case .taxonomyAdopted: .taxonomyAdopted
        case .userRegistered: .userRegistered
        case .userDeactivated: .userDeactivated
        case .tokenIssued: .tokenIssued
        case .tokenRevoked: .tokenRevoked
        case .teamFormed: .teamFormed
        case .teamChanged: .teamChanged
        case .recusalWaived: .recusalWaived
        case .rotationOverridden: .rotationOverridden
        case .inspectionScheduled: .inspectionScheduled
        case .inspectionAuthorized: .inspectionAuthorized
        case .stageChanged: .stageChanged
        case .mobilized: .mobilized
        case .stationed: .stationed
        case .withdrawn: .withdrawn
        case .reportSubmitted: .reportSubmitted
        case .reportApproved: .reportApproved
        case .feedbackDelivered: .feedbackDelivered
        case .handoverCompleted: .handoverCompleted
        case .rectificationPlanSubmitted: .rectificationPlanSubmitted
        case .rectificationReportSubmitted: .rectificationReportSubmitted
        case .withholdingConsented: .withholdingConsented
        case .disclosureRecorded: .disclosureRecorded
        case .evaluationRecorded: .evaluationRecorded
        case .archived: .archived
        case .archiveAccessGranted: .archiveAccessGranted
        case .workRecorded: .workRecorded
        case .petitionRegistered: .petitionRegistered
        case .petitionTriaged: .petitionTriaged
        case .findingDrafted: .findingDrafted
        case .findingRevised: .findingRevised
        case .findingReviewed: .findingReviewed
        case .leadRegistered: .leadRegistered
        case .leadHandedOver: .leadHandedOver
        case .dispositionRecorded: .dispositionRecorded
        case .findingHandedOver: .findingHandedOver
        case .findingDispositionRecorded: .findingDispositionRecorded
        case .immediateRectificationStarted: .immediateRectificationStarted
        case .rectificationProgressed: .rectificationProgressed
        case .rectificationMarkedLongTerm: .rectificationMarkedLongTerm
        case .closeOutEvidenceAttached: .closeOutEvidenceAttached
        case .closeOutSignedOff: .closeOutSignedOff
        case .closeOutAccepted: .closeOutAccepted
        case .rectificationVerified: .rectificationVerified
        case .supervisionNoticeIssued: .supervisionNoticeIssued
        case .accountabilityRecorded: .accountabilityRecorded
        case .ruleChangeRecorded: .ruleChangeRecorded
        case .followUpRecorded: .followUpRecorded
        case .exchangePackageImported: .exchangePackageImported
        case .confidentialRecordRead: .confidentialRecordRead
        case .confidentialReadRefused: .confidentialReadRefused
        case .confidentialContentErased: .confidentialContentErased
        }
    }

    /// Encodes the type and the named fields.
    public func encode(to encoder: any Encoder) throws {
        var out = EventFieldWriter(encoder.container(keyedBy: StableKey.self))
        try out.type(type)
        switch self {
        case .organizationRegistered(let organization): try out("organization", organization)
        case .organizationHeadChanged(let organization, let head): try out("organization", organization); try out("head", head)
        case .inspectorRegistered(let inspector): try out("inspector", inspector)
        case .trainingRecorded(let inspector, let training): try out("inspector", inspector); try out("training", training)
        case .relativeDeclared(let inspector, let relative): try out("inspector", inspector); try out("relative", relative)
        case .termOpened(let term): try out("term", term)
        case .planAdopted(let plan): try out("plan", plan)
        case .roundPlanned(let round): try out("round", round)
        case .taxonomyAdopted(let taxonomy): try out("taxonomy", taxonomy)
        case .userRegistered(let user): try out("user", user)
        case .userDeactivated(let user): try out("user", user)
        case .tokenIssued(let token): try out("token", token)
        case .tokenRevoked(let token): try out("token", token)
        case .teamFormed(let team): try out("team", team)
        case .teamChanged(let team, let composition): try out("team", team); try out("composition", composition)
        case .recusalWaived(let inspection, let waiver): try out("inspection", inspection); try out("waiver", waiver)
        case .rotationOverridden(let override): try out("override", override)
        case .inspectionScheduled(let inspection): try out("inspection", inspection)
        case .inspectionAuthorized(let inspection, let authorization): try out("inspection", inspection); try out("authorization", authorization)
        case .stageChanged(let inspection, let transition): try out("inspection", inspection); try out("transition", transition)
        case .mobilized(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .stationed(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .withdrawn(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .reportSubmitted(let inspection, let report): try out("inspection", inspection); try out("report", report)
        case .reportApproved(let inspection, let approval): try out("inspection", inspection); try out("approval", approval)
        case .feedbackDelivered(let inspection, let feedback): try out("inspection", inspection); try out("feedback", feedback)
        case .handoverCompleted(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .rectificationPlanSubmitted(let inspection, let day, let items): try out("inspection", inspection); try out("day", day); try out("items", items)
        case .rectificationReportSubmitted(let inspection, let report): try out("inspection", inspection); try out("report", report)
        case .withholdingConsented(let inspection, let consent): try out("inspection", inspection); try out("consent", consent)
        case .disclosureRecorded(let inspection, let disclosure): try out("inspection", inspection); try out("disclosure", disclosure)
        case .evaluationRecorded(let inspection, let evaluation): try out("inspection", inspection); try out("evaluation", evaluation)
        case .archived(let inspection, let day): try out("inspection", inspection); try out("day", day)
        case .archiveAccessGranted(let inspection, let team): try out("inspection", inspection); try out("team", team)
        case .workRecorded(let record): try out("record", record)
        case .petitionRegistered(let petition): try out("petition", petition)
        case .petitionTriaged(let petition, let triage): try out("petition", petition); try out("triage", triage)
        case .findingDrafted(let finding): try out("finding", finding)
        case .findingRevised(let finding, let content): try out("finding", finding); try out("content", content)
        case .findingReviewed(let finding, let review): try out("finding", finding); try out("review", review)
        case .leadRegistered(let lead): try out("lead", lead)
        case .leadHandedOver(let lead, let handover): try out("lead", lead); try out("handover", handover)
        case .dispositionRecorded(let lead, let disposition): try out("lead", lead); try out("disposition", disposition)
        case .findingHandedOver(let finding, let handover): try out("finding", finding); try out("handover", handover)
        case .findingDispositionRecorded(let finding, let disposition): try out("finding", finding); try out("disposition", disposition)
        case .immediateRectificationStarted(let item): try out("item", item)
        case .rectificationProgressed(let item, let status, let note): try out("item", item); try out("status", status); try out("note", note)
        case .rectificationMarkedLongTerm(let item, let nextReview): try out("item", item); try out("nextReview", nextReview)
        case .closeOutEvidenceAttached(let item, let evidence): try out("item", item); try out("evidence", evidence)
        case .closeOutSignedOff(let item, let signOff): try out("item", item); try out("signOff", signOff)
        case .closeOutAccepted(let item, let party, let day): try out("item", item); try out("party", party); try out("day", day)
        case .rectificationVerified(let item, let day): try out("item", item); try out("day", day)
        case .supervisionNoticeIssued(let item, let notice): try out("item", item); try out("notice", notice)
        case .accountabilityRecorded(let record): try out("record", record)
        case .ruleChangeRecorded(let ruleChange): try out("ruleChange", ruleChange)
        case .followUpRecorded(let followUp): try out("followUp", followUp)
        case .exchangePackageImported(let package): try out("package", package)
        case .confidentialRecordRead(let record): try out("record", record)
        case .confidentialReadRefused(let refused): try out("refused", refused)
        case .confidentialContentErased(let record): try out("record", record)
        }
    }

    /// Decodes the current format, or reads an event of the first format forward (see ``LegacyEventFormat``).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: StableKey.self)
        let fields: EventFieldReader
        let type: EventType
        if let name = try container.decodeIfPresent(String.self, forKey: StableKey("type")) {
            guard let known = EventType(rawValue: name) else {
                throw DecodingError.dataCorruptedError(forKey: StableKey("type"), in: container,
                                                       debugDescription: "event type '\(name)' is unknown to this version of InspectionKit (written by a newer one?)")
            }
            type = known
            fields = EventFieldReader(container: container, legacyKeys: nil)
        } else {
            (type, fields) = try LegacyEventFormat.reader(for: container, codingPath: decoder.codingPath)
        }
        self = try Event(type: type, fields: fields)
    }

    private init(type: EventType, fields f: EventFieldReader) throws {
        switch type {
        case .organizationRegistered: self = .organizationRegistered(try f("organization"))
        case .organizationHeadChanged: self = .organizationHeadChanged(try f("organization"), try f("head"))
        case .inspectorRegistered: self = .inspectorRegistered(try f("inspector"))
        case .trainingRecorded: self = .trainingRecorded(try f("inspector"), try f("training"))
        case .relativeDeclared: self = .relativeDeclared(try f("inspector"), try f("relative"))
        case .termOpened: self = .termOpened(try f("term"))
        case .planAdopted: self = .planAdopted(try f("plan"))
        case .roundPlanned: self = .roundPlanned(try f("round"))
        case .taxonomyAdopted: self = .taxonomyAdopted(try f("taxonomy"))
        case .userRegistered: self = .userRegistered(try f("user"))
        case .userDeactivated: self = .userDeactivated(try f("user"))
        case .tokenIssued: self = .tokenIssued(try f("token"))
        case .tokenRevoked: self = .tokenRevoked(try f("token"))
        case .teamFormed: self = .teamFormed(try f("team"))
        case .teamChanged: self = .teamChanged(try f("team"), try f("composition"))
        case .recusalWaived: self = .recusalWaived(try f("inspection"), try f("waiver"))
        case .rotationOverridden: self = .rotationOverridden(try f("override"))
        case .inspectionScheduled: self = .inspectionScheduled(try f("inspection"))
        case .inspectionAuthorized: self = .inspectionAuthorized(try f("inspection"), try f("authorization"))
        case .stageChanged: self = .stageChanged(try f("inspection"), try f("transition"))
        case .mobilized: self = .mobilized(try f("inspection"), try f("day"))
        case .stationed: self = .stationed(try f("inspection"), try f("day"))
        case .withdrawn: self = .withdrawn(try f("inspection"), try f("day"))
        case .reportSubmitted: self = .reportSubmitted(try f("inspection"), try f("report"))
        case .reportApproved: self = .reportApproved(try f("inspection"), try f("approval"))
        case .feedbackDelivered: self = .feedbackDelivered(try f("inspection"), try f("feedback"))
        case .handoverCompleted: self = .handoverCompleted(try f("inspection"), try f("day"))
        case .rectificationPlanSubmitted: self = .rectificationPlanSubmitted(try f("inspection"), try f("day"), try f("items"))
        case .rectificationReportSubmitted: self = .rectificationReportSubmitted(try f("inspection"), try f("report"))
        case .withholdingConsented: self = .withholdingConsented(try f("inspection"), try f("consent"))
        case .disclosureRecorded: self = .disclosureRecorded(try f("inspection"), try f("disclosure"))
        case .evaluationRecorded: self = .evaluationRecorded(try f("inspection"), try f("evaluation"))
        case .archived: self = .archived(try f("inspection"), try f("day"))
        case .archiveAccessGranted: self = .archiveAccessGranted(try f("inspection"), try f("team"))
        case .workRecorded: self = .workRecorded(try f("record"))
        case .petitionRegistered: self = .petitionRegistered(try f("petition"))
        case .petitionTriaged: self = .petitionTriaged(try f("petition"), try f("triage"))
        case .findingDrafted: self = .findingDrafted(try f("finding"))
        case .findingRevised: self = .findingRevised(try f("finding"), try f("content"))
        case .findingReviewed: self = .findingReviewed(try f("finding"), try f("review"))
        case .leadRegistered: self = .leadRegistered(try f("lead"))
        case .leadHandedOver: self = .leadHandedOver(try f("lead"), try f("handover"))
        case .dispositionRecorded: self = .dispositionRecorded(try f("lead"), try f("disposition"))
        case .findingHandedOver: self = .findingHandedOver(try f("finding"), try f("handover"))
        case .findingDispositionRecorded: self = .findingDispositionRecorded(try f("finding"), try f("disposition"))
        case .immediateRectificationStarted: self = .immediateRectificationStarted(try f("item"))
        case .rectificationProgressed: self = .rectificationProgressed(try f("item"), try f("status"), try f("note"))
        case .rectificationMarkedLongTerm: self = .rectificationMarkedLongTerm(try f("item"), nextReview: try f("nextReview"))
        case .closeOutEvidenceAttached: self = .closeOutEvidenceAttached(try f("item"), try f("evidence"))
        case .closeOutSignedOff: self = .closeOutSignedOff(try f("item"), try f("signOff"))
        case .closeOutAccepted: self = .closeOutAccepted(try f("item"), try f("party"), try f("day"))
        case .rectificationVerified: self = .rectificationVerified(try f("item"), try f("day"))
        case .supervisionNoticeIssued: self = .supervisionNoticeIssued(try f("item"), try f("notice"))
        case .accountabilityRecorded: self = .accountabilityRecorded(try f("record"))
        case .ruleChangeRecorded: self = .ruleChangeRecorded(try f("ruleChange"))
        case .followUpRecorded: self = .followUpRecorded(try f("followUp"))
        case .exchangePackageImported: self = .exchangePackageImported(try f("package"))
        case .confidentialRecordRead: self = .confidentialRecordRead(try f("record"))
        case .confidentialReadRefused: self = .confidentialReadRefused(try f("refused"))
        case .confidentialContentErased: self = .confidentialContentErased(try f("record"))
        }
    }
}

/// Writes an event's type and fields.
struct EventFieldWriter {
    private var container: KeyedEncodingContainer<StableKey>
    init(_ container: KeyedEncodingContainer<StableKey>) { self.container = container }
    mutating func type(_ type: EventType) throws { try container.encode(type.rawValue, forKey: StableKey("type")) }
    mutating func callAsFunction(_ name: String, _ value: some Encodable) throws { try container.encode(value, forKey: StableKey(name)) }
}

/// Reads an event's fields by their current names, from the current format or — through a legacy key table — from
/// the first format's numbered values.
struct EventFieldReader {
    let container: KeyedDecodingContainer<StableKey>
    /// Current field name → the first format's key; nil when reading the current format.
    let legacyKeys: [String: String]?
    func callAsFunction<T: Decodable>(_ name: String) throws -> T {
        try container.decode(T.self, forKey: StableKey(legacyKeys.map { $0[name] ?? name } ?? name))
    }
}
