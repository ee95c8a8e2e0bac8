/// 公开 — how an inspection's rectification was made known: an internal circular and a public version,
/// or parts withheld on one of the five grounds with the leading group's consent.
public struct Disclosure: Hashable, Sendable, Codable {
    /// Day of the internal circular (内部通报), if any.
    public var internalCircularOn: Day?
    /// Day of public disclosure, if made.
    public var publicOn: Day?
    /// Where it was published (网站, 公开栏…).
    public var publicChannel: String?
    /// Grounds on which parts were withheld.
    public var withheld: Set<WithholdingGround>
    /// When the disclosure was recorded.
    public var recordedOn: Day

    /// A disclosure record.
    public init(internalCircularOn: Day?, publicOn: Day?, publicChannel: String?, withheld: Set<WithholdingGround>, recordedOn: Day) {
        self.internalCircularOn = internalCircularOn
        self.publicOn = publicOn
        self.publicChannel = publicChannel
        self.withheld = withheld
        self.recordedOn = recordedOn
    }
}

/// 不予公开情形 — the five grounds for withholding, each needing the leading group's consent.
public enum WithholdingGround: String, Hashable, Sendable, Codable, CaseIterable {
    /// 涉及国家秘密.
    case stateSecret
    /// 涉及未公开的案件.
    case unannouncedCase
    /// 可能引发炒作.
    case riskOfHype
    /// 可能引发群体性信访.
    case riskOfMassPetitions
    /// 其他敏感事项.
    case otherSensitive
}

/// 领导小组同意 — the leading group's consent to withhold on given grounds.
public struct WithholdingConsent: Hashable, Sendable, Codable {
    /// The grounds consented to.
    public var grounds: Set<WithholdingGround>
    /// Why.
    public var reason: String
    /// Who consented.
    public var consentedBy: UserID
    /// When.
    public var consentedOn: Day

    /// A consent record.
    public init(grounds: Set<WithholdingGround>, reason: String, consentedBy: UserID, consentedOn: Day) {
        self.grounds = grounds
        self.reason = reason
        self.consentedBy = consentedBy
        self.consentedOn = consentedOn
    }
}

extension Disclosure {
    private enum CodingKeys: String, CodingKey { case internalCircularOn, publicOn, publicChannel, withheld, recordedOn }

    /// Encodes every field, the grounds sorted so that equal records write equal bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(internalCircularOn, forKey: .internalCircularOn)
        try container.encodeIfPresent(publicOn, forKey: .publicOn)
        try container.encodeIfPresent(publicChannel, forKey: .publicChannel)
        try container.encode(withheld.sorted { $0.rawValue < $1.rawValue }, forKey: .withheld)
        try container.encode(recordedOn, forKey: .recordedOn)
    }
}

extension WithholdingConsent {
    private enum CodingKeys: String, CodingKey { case grounds, reason, consentedBy, consentedOn }

    /// Encodes every field, the grounds sorted so that equal records write equal bytes.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(grounds.sorted { $0.rawValue < $1.rawValue }, forKey: .grounds)
        try container.encode(reason, forKey: .reason)
        try container.encode(consentedBy, forKey: .consentedBy)
        try container.encode(consentedOn, forKey: .consentedOn)
    }
}
