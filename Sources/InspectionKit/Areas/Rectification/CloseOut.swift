/// 销号 — the file that closes a rectification item: evidence, the head's sign-off (签字背书) and
/// acceptance by the three parties (三方验收).
public struct CloseOut: Hashable, Sendable, Codable {
    /// References to the evidence of rectification.
    public var evidence: [EvidenceItem]
    /// The head's sign-off, once given.
    public var signOff: SignOff?
    /// The parties that have accepted.
    public var acceptedBy: [AcceptingParty: Day]

    /// An empty close-out file.
    public init(evidence: [EvidenceItem] = [], signOff: SignOff? = nil, acceptedBy: [AcceptingParty: Day] = [:]) {
        self.evidence = evidence
        self.signOff = signOff
        self.acceptedBy = acceptedBy
    }

    /// Whether evidence, sign-off and all three acceptances are present.
    public var isComplete: Bool {
        !evidence.isEmpty && signOff != nil && Set(acceptedBy.keys) == Set(AcceptingParty.allCases)
    }
}

/// 签字背书 — the organization head's signature under a close-out.
public struct SignOff: Hashable, Sendable, Codable {
    /// The head's name.
    public var headName: String
    /// The head's user account.
    public var userID: UserID
    /// When.
    public var day: Day

    /// A sign-off record.
    public init(headName: String, userID: UserID, day: Day) {
        self.headName = headName
        self.userID = userID
        self.day = day
    }
}

/// 三方验收 — the three parties that accept a close-out.
public enum AcceptingParty: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// 巡察办.
    case office
    /// 巡察组.
    case team
    /// 被巡察党组织.
    case organization
}

extension AcceptingParty {
    /// The party's name in `language`.
    public func label(_ language: Language) -> String {
        let pair: (String, String) = switch self {
        case .office: ("巡察办", "inspection office")
        case .team: ("巡察组", "inspection team")
        case .organization: ("被巡察党组织", "inspected organization")
        }
        return language == .chinese ? pair.0 : pair.1
    }
}
