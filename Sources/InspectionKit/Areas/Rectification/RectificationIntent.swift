/// 整改指令 — what may be asked in the rectification area (the rectification ledger, close-out and supervision).
public enum RectificationIntent: Hashable, Sendable, Codable {
    /// Submit the rectification plan (整改方案) with its items.
    case submitRectificationPlan(InspectionID, [RectificationItemPlan])
    /// Submit the rectification report (整改报告).
    case submitRectificationReport(InspectionID, summary: String)
    /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
    case startImmediateRectification(FindingID, RectificationItemPlan)
    /// Record progress on an item, moving it to in-progress or rectified.
    case updateRectification(RectificationItemID, status: RectificationStatus, note: String)
    /// Mark an item long-term (长期坚持) with its next review date.
    case markLongTerm(RectificationItemID, nextReview: Day)
    /// Attach close-out evidence to an item.
    case attachCloseOutEvidence(RectificationItemID, [EvidenceItem])
    /// The organization head's sign-off (签字背书) of a close-out.
    case signOffCloseOut(RectificationItemID)
    /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
    case acceptCloseOut(RectificationItemID)
    /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
    case issueSupervisionNotice(RectificationItemID)
}

extension RectificationIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Submit the rectification plan (整改方案) with its items.
        case submitRectificationPlan
        /// Submit the rectification report (整改报告).
        case submitRectificationReport
        /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
        case startImmediateRectification
        /// Record progress on an item, moving it to in-progress or rectified.
        case updateRectification
        /// Mark an item long-term (长期坚持) with its next review date.
        case markLongTerm
        /// Attach close-out evidence to an item.
        case attachCloseOutEvidence
        /// The organization head's sign-off (签字背书) of a close-out.
        case signOffCloseOut
        /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
        case acceptCloseOut
        /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
        case issueSupervisionNotice
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .submitRectificationPlan: .submitRectificationPlan
        case .submitRectificationReport: .submitRectificationReport
        case .startImmediateRectification: .startImmediateRectification
        case .updateRectification: .updateRectification
        case .markLongTerm: .markLongTerm
        case .attachCloseOutEvidence: .attachCloseOutEvidence
        case .signOffCloseOut: .signOffCloseOut
        case .acceptCloseOut: .acceptCloseOut
        case .issueSupervisionNotice: .issueSupervisionNotice
        }
    }
}

extension Intent {
    /// Submit the rectification plan (整改方案) with its items.
    public static func submitRectificationPlan(_ a0: InspectionID, _ a1: [RectificationItemPlan]) -> Intent { .rectification(.submitRectificationPlan(a0, a1)) }

    /// Submit the rectification report (整改报告).
    public static func submitRectificationReport(_ a0: InspectionID, summary a1: String) -> Intent { .rectification(.submitRectificationReport(a0, summary: a1)) }

    /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
    public static func startImmediateRectification(_ a0: FindingID, _ a1: RectificationItemPlan) -> Intent { .rectification(.startImmediateRectification(a0, a1)) }

    /// Record progress on an item, moving it to in-progress or rectified.
    public static func updateRectification(_ a0: RectificationItemID, status a1: RectificationStatus, note a2: String) -> Intent { .rectification(.updateRectification(a0, status: a1, note: a2)) }

    /// Mark an item long-term (长期坚持) with its next review date.
    public static func markLongTerm(_ a0: RectificationItemID, nextReview a1: Day) -> Intent { .rectification(.markLongTerm(a0, nextReview: a1)) }

    /// Attach close-out evidence to an item.
    public static func attachCloseOutEvidence(_ a0: RectificationItemID, _ a1: [EvidenceItem]) -> Intent { .rectification(.attachCloseOutEvidence(a0, a1)) }

    /// The organization head's sign-off (签字背书) of a close-out.
    public static func signOffCloseOut(_ a0: RectificationItemID) -> Intent { .rectification(.signOffCloseOut(a0)) }

    /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
    public static func acceptCloseOut(_ a0: RectificationItemID) -> Intent { .rectification(.acceptCloseOut(a0)) }

    /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
    public static func issueSupervisionNotice(_ a0: RectificationItemID) -> Intent { .rectification(.issueSupervisionNotice(a0)) }
}

extension IntentKind {
    /// Submit the rectification plan (整改方案) with its items.
    public static let submitRectificationPlan: IntentKind = .rectification(.submitRectificationPlan)
    /// Submit the rectification report (整改报告).
    public static let submitRectificationReport: IntentKind = .rectification(.submitRectificationReport)
    /// Start immediate rectification (立行立改) during fieldwork for a finding marked so.
    public static let startImmediateRectification: IntentKind = .rectification(.startImmediateRectification)
    /// Record progress on an item, moving it to in-progress or rectified.
    public static let updateRectification: IntentKind = .rectification(.updateRectification)
    /// Mark an item long-term (长期坚持) with its next review date.
    public static let markLongTerm: IntentKind = .rectification(.markLongTerm)
    /// Attach close-out evidence to an item.
    public static let attachCloseOutEvidence: IntentKind = .rectification(.attachCloseOutEvidence)
    /// The organization head's sign-off (签字背书) of a close-out.
    public static let signOffCloseOut: IntentKind = .rectification(.signOffCloseOut)
    /// One party's acceptance (三方验收) of a close-out; the acting role decides which party.
    public static let acceptCloseOut: IntentKind = .rectification(.acceptCloseOut)
    /// Issue the next supervision notice (督办) of the escalation ladder for a lagging item.
    public static let issueSupervisionNotice: IntentKind = .rectification(.issueSupervisionNotice)
}
