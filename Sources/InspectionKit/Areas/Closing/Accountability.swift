/// Identifies an accountability record.
public typealias AccountabilityID = Identifier<AccountabilityRecord>

/// 问责 — a disciplinary outcome for a person, classed by the "four forms" (四种形态).
public struct AccountabilityRecord: Hashable, Sendable, Codable, Identifiable {
    /// The record's identifier.
    public var id: AccountabilityID
    /// The inspection it arises from.
    public var inspectionID: InspectionID
    /// The finding it concerns, if one.
    public var findingID: FindingID?
    /// The lead it concerns, if one.
    public var leadID: LeadID?
    /// The person held accountable.
    public var personName: String
    /// Which of the four forms.
    public var form: AccountabilityForm
    /// The measure taken, e.g. 诫勉谈话, 党内警告.
    public var measure: String
    /// When it was decided.
    public var decidedOn: Day

    /// An accountability record.
    public init(id: AccountabilityID, inspectionID: InspectionID, findingID: FindingID?, leadID: LeadID?, personName: String,
                form: AccountabilityForm, measure: String, decidedOn: Day) {
        self.id = id
        self.inspectionID = inspectionID
        self.findingID = findingID
        self.leadID = leadID
        self.personName = personName
        self.form = form
        self.measure = measure
        self.decidedOn = decidedOn
    }
}

/// 四种形态 — the four forms of discipline.
public enum AccountabilityForm: Int, Hashable, Comparable, Sendable, Codable, CaseIterable {
    /// 第一种形态 — criticism, talks, inquiry.
    case first = 1
    /// 第二种形态 — light sanctions, minor job changes.
    case second = 2
    /// 第三种形态 — heavy sanctions, major job changes.
    case third = 3
    /// 第四种形态 — serious violations, possibly criminal.
    case fourth = 4

    /// Orders the forms.
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension AccountabilityForm: StableWordCoded {
    /// The case as written in the record and the API; pinned by the golden journal.
    public var stableWord: String {
        switch self {
        case .first: "first"
        case .second: "second"
        case .third: "third"
        case .fourth: "fourth"
        }
    }

    /// The integer the record held before words were pinned.
    public var legacyCode: Int? { Int(rawValue) }

    /// Decodes the word, or the integer of an earlier format.
    public init(from decoder: any Decoder) throws { self = try Self.decodeStableWord(from: decoder) }

    /// Encodes the word.
    public func encode(to encoder: any Encoder) throws { try encodeStableWord(to: encoder) }
}
