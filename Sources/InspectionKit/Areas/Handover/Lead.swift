/// Identifies a lead.
public typealias LeadID = Identifier<Lead>

/// 问题线索 — a confidential clue about a named cadre's possible violation, kept by one custodian (专人专管)
/// and handed over (移交) to the body that disposes of it.
public struct Lead: Hashable, Sendable, Codable, Identifiable {
    /// The lead's identifier.
    public var id: LeadID
    /// The inspection that found it.
    public var inspectionID: InspectionID
    /// The cadre concerned.
    public var subjectName: String
    /// The cadre's post.
    public var subjectPost: String
    /// The organization concerned.
    public var organizationID: OrganizationID
    /// What is alleged.
    public var summary: String
    /// The custodian (专人专管).
    public var custodianID: InspectorID
    /// Where it came from, when it came from a petition.
    public var petitionID: PetitionID?
    /// Who registered it.
    public var registeredBy: UserID
    /// When.
    public var registeredOn: Day
    /// The hand-over, once made.
    public var handover: Handover?
    /// The receiver's disposition, once reported.
    public var disposition: Disposition?

    /// A lead record.
    public init(id: LeadID, inspectionID: InspectionID, subjectName: String, subjectPost: String, organizationID: OrganizationID,
                summary: String, custodianID: InspectorID, petitionID: PetitionID?, registeredBy: UserID, registeredOn: Day) {
        self.id = id
        self.inspectionID = inspectionID
        self.subjectName = subjectName
        self.subjectPost = subjectPost
        self.organizationID = organizationID
        self.summary = summary
        self.custodianID = custodianID
        self.petitionID = petitionID
        self.registeredBy = registeredBy
        self.registeredOn = registeredOn
    }
}

/// 移交 — a lead handed to its receiving body.
public struct Handover: Hashable, Sendable, Codable {
    /// The receiving body.
    public var destination: HandoverDestination
    /// The day of hand-over.
    public var day: Day
    /// The day the receiver's disposition is due (3 months by default).
    public var dispositionDue: Day

    /// A hand-over record.
    public init(destination: HandoverDestination, day: Day, dispositionDue: Day) {
        self.destination = destination
        self.day = day
        self.dispositionDue = dispositionDue
    }
}

/// 移交去向 — who receives a lead.
public enum HandoverDestination: Hashable, Sendable, Codable {
    /// 纪委监委 — cadres' violations and conduct.
    case disciplineCommission
    /// 组织部 — democratic centralism, cadre selection.
    case organizationDepartment
    /// 其他有关单位 — another competent unit, by name.
    case otherUnit(String)

    /// The destination's name in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .disciplineCommission: language == .chinese ? "纪委监委" : "discipline commission"
        case .organizationDepartment: language == .chinese ? "组织部" : "organization department"
        case .otherUnit(let name): name
        }
    }
}

/// 处置结果 — what the receiving body did with a lead.
public struct Disposition: Hashable, Sendable, Codable {
    /// How it was disposed of.
    public var kind: DispositionKind
    /// Details.
    public var note: String
    /// When it was reported.
    public var reportedOn: Day
    /// Who reported it.
    public var reportedBy: UserID
    /// Why it was reported after its due day (逾期说明), when it was.
    public var lateBecause: String?

    /// A disposition record.
    public init(kind: DispositionKind, note: String, reportedOn: Day, reportedBy: UserID, lateBecause: String? = nil) {
        self.kind = kind
        self.note = note
        self.reportedOn = reportedOn
        self.reportedBy = reportedBy
        self.lateBecause = lateBecause
    }
}

/// 处置方式 — the ways a receiving body disposes of a lead.
public enum DispositionKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// 谈话函询.
    case talkOrInquiryLetter
    /// 初步核实.
    case preliminaryVerification
    /// 立案审查调查.
    case caseFiled
    /// 组织处理.
    case organizationalHandling
    /// 予以了结.
    case closed

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .talkOrInquiryLetter: ("谈话函询", "talk or inquiry letter")
        case .preliminaryVerification: ("初步核实", "preliminary verification")
        case .caseFiled: ("立案审查调查", "case filed")
        case .organizationalHandling: ("组织处理", "organizational handling")
        case .closed: ("予以了结", "closed")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}

extension HandoverDestination {
    /// Decodes `{"kind":"disciplineCommission"}`, `{"kind":"organizationDepartment"}` or
    /// `{"kind":"otherUnit","unit":…}`, or the shape an earlier format wrote.
    public init(from decoder: any Decoder) throws {
        let tagged = try TaggedReader(from: decoder)
        switch tagged.kind {
        case "disciplineCommission": self = .disciplineCommission
        case "organizationDepartment": self = .organizationDepartment
        case "otherUnit": self = .otherUnit(try tagged.field("unit"))
        default: throw tagged.unknown(decoder, expected: ["disciplineCommission", "organizationDepartment", "otherUnit"])
        }
    }

    /// Encodes as a tagged object.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .disciplineCommission: _ = try TaggedWriter(encoder, kind: "disciplineCommission")
        case .organizationDepartment: _ = try TaggedWriter(encoder, kind: "organizationDepartment")
        case .otherUnit(let unit): var w = try TaggedWriter(encoder, kind: "otherUnit"); try w.field("unit", unit)
        }
    }
}
