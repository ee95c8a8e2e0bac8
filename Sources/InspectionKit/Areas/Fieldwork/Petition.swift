/// Identifies a petition.
public typealias PetitionID = Identifier<Petition>

/// 信访举报 — a letter, call, visit or mailbox report received while stationed. The petitioner's identity is protected.
public struct Petition: Hashable, Sendable, Codable, Identifiable {
    /// The petition's identifier.
    public var id: PetitionID
    /// The inspection that received it.
    public var inspectionID: InspectionID
    /// How it arrived.
    public var channel: PetitionChannel
    /// The day it was received.
    public var receivedOn: Day
    /// Who petitioned; nil for anonymous reports. Seen only by its registrar and the office head.
    public var petitioner: PetitionerIdentity?
    /// What it says.
    public var content: String
    /// The organization it concerns.
    public var organizationID: OrganizationID
    /// Who registered it.
    public var registeredBy: UserID
    /// How it was triaged, once it was.
    public var triage: PetitionTriage?

    /// A petition record.
    public init(id: PetitionID, inspectionID: InspectionID, channel: PetitionChannel, receivedOn: Day, petitioner: PetitionerIdentity?,
                content: String, organizationID: OrganizationID, registeredBy: UserID, triage: PetitionTriage? = nil) {
        self.id = id
        self.inspectionID = inspectionID
        self.channel = channel
        self.receivedOn = receivedOn
        self.petitioner = petitioner
        self.content = content
        self.organizationID = organizationID
        self.registeredBy = registeredBy
        self.triage = triage
    }
}

/// 信访渠道 — how a petition arrived.
public enum PetitionChannel: String, Hashable, Sendable, Codable, CaseIterable {
    /// 来信.
    case letter
    /// 来电.
    case call
    /// 来访.
    case visit
    /// 意见箱 / 举报箱.
    case mailbox
    /// 网络举报.
    case online
}

/// 信访人身份 — the protected identity of a petitioner.
public struct PetitionerIdentity: Hashable, Sendable, Codable {
    /// The petitioner's name.
    public var name: String
    /// How to reach them.
    public var contact: String

    /// An identity record.
    public init(name: String, contact: String) {
        self.name = name
        self.contact = contact
    }
}

/// 分类处置 — what became of a petition.
public enum PetitionTriage: Hashable, Sendable, Codable {
    /// Within scope, written up as a finding.
    case finding(FindingID)
    /// Within scope, a clue about a named cadre.
    case lead(LeadID)
    /// Outside scope, forwarded (转办) to the body that handles it.
    case forwarded(to: String)
}

extension PetitionTriage {
    /// Decodes `{"kind":"finding","finding":…}`, `{"kind":"lead","lead":…}` or `{"kind":"forwarded","to":…}`, or the
    /// shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "finding": self = .finding(try tagged.field("finding"))
        case "lead": self = .lead(try tagged.field("lead"))
        case "forwarded": self = .forwarded(to: try tagged.field("to", legacy: "to"))
        default: throw tagged.unknown(decoder, expected: ["finding", "lead", "forwarded"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .finding(let id): var w = try TaggedWriter(encoder, kind: "finding"); try w.field("finding", id)
        case .lead(let id): var w = try TaggedWriter(encoder, kind: "lead"); try w.field("lead", id)
        case .forwarded(let body): var w = try TaggedWriter(encoder, kind: "forwarded"); try w.field("to", body)
        }
    }
}
