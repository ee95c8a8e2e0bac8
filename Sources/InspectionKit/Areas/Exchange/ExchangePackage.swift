/// 上下联动交换包 — what one level sends the level above: its organizations, rounds and approved
/// findings with their rectification status, as versioned JSON. It never carries leads, petitions, petitioner
/// identities, interviews or evidence.
public struct ExchangePackage: Hashable, Sendable, Codable {
    /// The format's name, always `inspectionkit.exchange`.
    public var format: String
    /// The format's version (see `currentVersion`).
    public var version: Int
    /// Who sent it: the sending office's committee (its root organization), e.g. QX for 青溪区委.
    public var source: String
    /// The sending office's name.
    public var sourceName: String
    /// When it was exported.
    public var exportedOn: Day
    /// The sender's organizations (parents first).
    public var organizations: [ExchangedOrganization]
    /// The sender's rounds, in plan order.
    public var rounds: [ExchangedRound]
    /// The sender's approved findings.
    public var findings: [ExchangedFinding]

    /// The format's name.
    public static let formatName = "inspectionkit.exchange"
    /// The version this build writes; it reads every version up to it. Version 2 writes severities, sources and
    /// statuses as words; version 1 wrote them as integers, which are still read.
    public static let currentVersion = 2

    /// A package.
    public init(source: String, sourceName: String, exportedOn: Day, organizations: [ExchangedOrganization], rounds: [ExchangedRound],
                findings: [ExchangedFinding]) {
        format = Self.formatName
        version = Self.currentVersion
        self.source = source
        self.sourceName = sourceName
        self.exportedOn = exportedOn
        self.organizations = organizations
        self.rounds = rounds
        self.findings = findings
    }
}

/// An organization in an exchange package.
public struct ExchangedOrganization: Hashable, Sendable, Codable {
    /// Its identifier at the sending level.
    public var id: String
    /// Its name.
    public var name: String
    /// Its parent's identifier, nil for the sender's root.
    public var parent: String?

    /// An organization of a package.
    public init(id: String, name: String, parent: String?) {
        self.id = id
        self.name = name
        self.parent = parent
    }
}

/// A round in an exchange package.
public struct ExchangedRound: Hashable, Sendable, Codable {
    /// Its identifier at the sending level.
    public var id: String
    /// Its title, e.g. 区委第三轮巡察.
    public var title: String

    /// A round of a package.
    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

/// A finding in an exchange package: its facts and title, no evidence, sources' identities or finders.
public struct ExchangedFinding: Hashable, Sendable, Codable {
    /// Its identifier at the sending level.
    public var id: String
    /// Its title.
    public var title: String
    /// Its round.
    public var round: String
    /// Its organization.
    public var organization: String
    /// Its team.
    public var team: String
    /// Its leaf category code.
    public var category: String
    /// How serious it is.
    public var severity: Severity
    /// Where it came from (the kind only).
    public var source: FindingSourceKind
    /// Where its rectification stands.
    public var status: FindingStatus
    /// When it was found.
    public var foundOn: Day
    /// Its rectification deadline.
    public var deadline: Day?
    /// When it was closed.
    public var closedOn: Day?
    /// Whether it relapsed or recurred.
    public var recurrence: Bool

    /// A finding of a package.
    public init(id: String, title: String, round: String, organization: String, team: String, category: String, severity: Severity,
                source: FindingSourceKind, status: FindingStatus, foundOn: Day, deadline: Day?, closedOn: Day?, recurrence: Bool) {
        self.id = id
        self.title = title
        self.round = round
        self.organization = organization
        self.team = team
        self.category = category
        self.severity = severity
        self.source = source
        self.status = status
        self.foundOn = foundOn
        self.deadline = deadline
        self.closedOn = closedOn
        self.recurrence = recurrence
    }
}
