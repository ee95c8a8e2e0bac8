/// A confidential record whose reading is audited.
public enum ConfidentialRecord: Hashable, Sendable, Codable {
    /// A lead.
    case lead(LeadID)
    /// A petition's content.
    case petition(PetitionID)
    /// A petitioner's identity.
    case petitionerIdentity(PetitionID)
    /// An interview record.
    case interview(WorkRecordID)
}

extension ConfidentialRecord {
    /// Decodes `{"kind":"lead","lead":…}` and its siblings, or the shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "lead": self = .lead(try tagged.field("lead"))
        case "petition": self = .petition(try tagged.field("petition"))
        case "petitionerIdentity": self = .petitionerIdentity(try tagged.field("petition"))
        case "interview": self = .interview(try tagged.field("workRecord"))
        default: throw tagged.unknown(decoder, expected: ["lead", "petition", "petitionerIdentity", "interview"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .lead(let id): var w = try TaggedWriter(encoder, kind: "lead"); try w.field("lead", id)
        case .petition(let id): var w = try TaggedWriter(encoder, kind: "petition"); try w.field("petition", id)
        case .petitionerIdentity(let id): var w = try TaggedWriter(encoder, kind: "petitionerIdentity"); try w.field("petition", id)
        case .interview(let id): var w = try TaggedWriter(encoder, kind: "interview"); try w.field("workRecord", id)
        }
    }
}
