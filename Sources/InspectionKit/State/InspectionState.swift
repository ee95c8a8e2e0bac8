/// The current state of the record: a fold over the events, queried by rules, policy and statistics.
public struct InspectionState: Hashable, Sendable, Codable {
    /// Accounts by id.
    public internal(set) var users: [UserID: UserAccount] = [:]
    /// Party organizations by id.
    public internal(set) var organizations: [OrganizationID: Organization] = [:]
    /// The talent pool by id.
    public internal(set) var inspectors: [InspectorID: Inspector] = [:]
    /// Terms by id.
    public internal(set) var terms: [TermID: Term] = [:]
    /// Plans by id.
    public internal(set) var plans: [PlanID: Plan] = [:]
    /// Rounds by id.
    public internal(set) var rounds: [RoundID: Round] = [:]
    /// Teams by id.
    public internal(set) var teams: [TeamID: Team] = [:]
    /// Inspections by id.
    public internal(set) var inspections: [InspectionID: Inspection] = [:]
    /// Fieldwork records by id.
    public internal(set) var workRecords: [WorkRecordID: WorkRecord] = [:]
    /// Petitions by id.
    public internal(set) var petitions: [PetitionID: Petition] = [:]
    /// Findings by id.
    public internal(set) var findings: [FindingID: Finding] = [:]
    /// Leads by id.
    public internal(set) var leads: [LeadID: Lead] = [:]
    /// Rectification items by id.
    public internal(set) var rectificationItems: [RectificationItemID: RectificationItem] = [:]
    /// Accountability outcomes by id.
    public internal(set) var accountability: [AccountabilityID: AccountabilityRecord] = [:]
    /// Rule changes by id.
    public internal(set) var ruleChanges: [RuleChangeID: RuleChange] = [:]
    /// Follow-ups by id.
    public internal(set) var followUps: [FollowUpID: FollowUp] = [:]
    /// Recusal waivers by inspection.
    public internal(set) var waivers: [InspectionID: [RecusalWaiver]] = [:]
    /// 三个不固定 overrides.
    public internal(set) var rotationOverrides: [RotationOverride] = []
    /// Organizations graded 差 and so due a follow-up (回头看名单).
    public internal(set) var followUpList: Set<OrganizationID> = []
    /// The taxonomy findings are classified by.
    public internal(set) var taxonomy: Taxonomy
    /// How many records of each kind have been created (numbers the next identifier).
    public internal(set) var issued: [RecordKind: Int] = [:]
    /// Sequence number of the last event applied.
    public internal(set) var lastSequence: Int = 0
    /// API tokens, by identifier (optional so that older snapshots still decode).
    var issuedTokens: [TokenID: APIToken]?

    /// API tokens issued (digests only), by identifier.
    public var tokens: [TokenID: APIToken] { issuedTokens ?? [:] }

    /// The token whose secret has `digest`, if it is valid on `day` and its account is open.
    public func validToken(digest: String, on day: Day) -> APIToken? {
        guard let token = issuedTokens?.values.first(where: { $0.digest == digest }), token.isValid(on: day),
              users[token.userID]?.active == true else { return nil }
        return token
    }

    /// Sign-in passwords (bcrypt hashes only), by account (optional so that older snapshots still decode).
    var passwordCredentials: [UserID: PasswordCredential]?

    /// Sign-in passwords (bcrypt hashes only), by account.
    public var passwords: [UserID: PasswordCredential] { passwordCredentials ?? [:] }

    /// Packages taken in from the levels below, by sender (optional so that older snapshots still decode).
    var importedPackages: [String: ExchangePackage]?

    /// Packages taken in from the levels below, by sender (the latest from each).
    public var exchangePackages: [String: ExchangePackage] { importedPackages ?? [:] }

    /// Confidential records whose content was erased (optional so that older snapshots still decode).
    var erasedRecords: Set<ConfidentialRecord>?

    /// Confidential records whose content was erased under the retention rules.
    public var erasedContent: Set<ConfidentialRecord> { erasedRecords ?? [] }

    /// An empty record classified by `taxonomy`.
    public init(taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
    }

    /// The organization tree.
    public var tree: OrganizationTree { OrganizationTree(organizations) }

    /// The team of an inspection.
    public func team(of inspection: Inspection) -> Team? { teams[inspection.teamID] }

    /// The round an inspection belongs to.
    public func round(of inspection: Inspection) -> Round? { rounds[inspection.roundID] }

    /// The term an inspection belongs to.
    public func term(of inspection: Inspection) -> Term? { round(of: inspection).flatMap { terms[$0.termID] } }

    /// The inspections scheduled in the rounds of `term`.
    public func inspections(in term: TermID) -> [Inspection] {
        inspections.values.filter { rounds[$0.roundID]?.termID == term }.sorted { $0.id < $1.id }
    }

    /// Findings of an inspection, by number.
    public func findings(of inspection: InspectionID) -> [Finding] {
        findings.values.filter { $0.inspectionID == inspection }.sorted { $0.number < $1.number }
    }

    /// Leads of an inspection, by id.
    public func leads(of inspection: InspectionID) -> [Lead] {
        leads.values.filter { $0.inspectionID == inspection }.sorted { $0.id < $1.id }
    }

    /// Rectification items of an inspection, by id.
    public func rectificationItems(of inspection: InspectionID) -> [RectificationItem] {
        rectificationItems.values.filter { $0.inspectionID == inspection }.sorted { $0.id < $1.id }
    }

    /// Petitions of an inspection, by id.
    public func petitions(of inspection: InspectionID) -> [Petition] {
        petitions.values.filter { $0.inspectionID == inspection }.sorted { $0.id < $1.id }
    }

    /// Work records of an inspection, by id.
    public func workRecords(of inspection: InspectionID) -> [WorkRecord] {
        workRecords.values.filter { $0.inspectionID == inspection }.sorted { $0.id < $1.id }
    }
}
