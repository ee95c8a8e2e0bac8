/// How new record identifiers are spelled; injected so replays produce the same ids.
///
/// The engine numbers records of each kind 1, 2, 3 … in the order they are created (the counter is part of
/// the state, so a replay gives the same numbers); the scheme turns kind and number into the identifier.
public protocol IdentifierScheme: Sendable {
    /// The identifier of the `ordinal`-th record of `kind` (`ordinal` starts at 1).
    func identifier(kind: RecordKind, ordinal: Int) -> String
}

/// The default scheme: a readable prefix and a zero-padded number, e.g. `FND-000042`.
public struct PrefixedIdentifierScheme: IdentifierScheme {
    /// An optional office code put in front, e.g. `QX` gives `QX-FND-000042`.
    public var officeCode: String?

    /// A scheme with an optional office code.
    public init(officeCode: String? = nil) { self.officeCode = officeCode }

    /// `PREFIX-000001`, preceded by the office code when there is one.
    public func identifier(kind: RecordKind, ordinal: Int) -> String {
        let digits = String(ordinal)
        let padded = String(repeating: "0", count: max(0, 6 - digits.count)) + digits
        let body = "\(kind.prefix)-\(padded)"
        return officeCode.map { "\($0)-\(body)" } ?? body
    }
}

/// The kinds of record the engine creates identifiers for.
public enum RecordKind: String, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    /// A Party organization.
    case organization
    /// An inspector in the talent pool.
    case inspector
    /// A term of the committee.
    case term
    /// A term or annual plan.
    case plan
    /// A round of inspections.
    case round
    /// An inspection team.
    case team
    /// One inspection.
    case inspection
    /// A fieldwork record.
    case workRecord
    /// A petition or report received.
    case petition
    /// A finding draft.
    case finding
    /// A problem clue.
    case lead
    /// A rectification item.
    case rectificationItem
    /// An accountability outcome.
    case accountability
    /// A regulation created or revised.
    case ruleChange
    /// A follow-up check.
    case followUp
    /// A user account.
    case user
    /// API tokens.
    case token

    /// The short prefix used by the default scheme.
    public var prefix: String {
        switch self {
        case .organization: "ORG"
        case .inspector: "INS"
        case .term: "TERM"
        case .plan: "PLAN"
        case .round: "RND"
        case .team: "TEAM"
        case .inspection: "XC"
        case .workRecord: "WR"
        case .petition: "PET"
        case .finding: "FND"
        case .lead: "LEAD"
        case .rectificationItem: "RI"
        case .accountability: "ACC"
        case .ruleChange: "RULE"
        case .followUp: "FU"
        case .user: "U"
        case .token: "TOK"
        }
    }
}
