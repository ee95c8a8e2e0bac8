/// 巡察环节指令 — what may be asked in the inspection area (an inspection's lifecycle from scheduling to feedback).
public enum InspectionIntent: Hashable, Sendable, Codable {
    /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
    case scheduleInspection(roundID: RoundID, targetID: OrganizationID, extensionIDs: [OrganizationID], teamID: TeamID)
    /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
    case authorize(InspectionID, window: DayWindow, noticeDay: Day)
    /// Hold the mobilization meeting (动员部署会).
    case mobilize(InspectionID)
    /// Enter the target (进驻).
    case station(InspectionID)
    /// End on-site work (撤离).
    case withdraw(InspectionID)
    /// Submit the report to the leading group.
    case submitReport(InspectionID, ReportSubmission)
    /// The committee's approval of the report (书记专题会).
    case approveReport(InspectionID, meeting: String)
    /// Deliver the double feedback.
    case deliverFeedback(InspectionID, FeedbackDelivery)
}

extension InspectionIntent {
    /// The kinds of this area's intents, without their values.
    public enum Kind: String, CaseIterable, Hashable, Sendable {
        /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
        case scheduleInspection
        /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
        case authorize
        /// Hold the mobilization meeting (动员部署会).
        case mobilize
        /// Enter the target (进驻).
        case station
        /// End on-site work (撤离).
        case withdraw
        /// Submit the report to the leading group.
        case submitReport
        /// The committee's approval of the report (书记专题会).
        case approveReport
        /// Deliver the double feedback.
        case deliverFeedback
    }

    /// The kind of this intent.
    public var kind: Kind {
        switch self {
        case .scheduleInspection: .scheduleInspection
        case .authorize: .authorize
        case .mobilize: .mobilize
        case .station: .station
        case .withdraw: .withdraw
        case .submitReport: .submitReport
        case .approveReport: .approveReport
        case .deliverFeedback: .deliverFeedback
        }
    }
}

extension Intent {
    /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
    public static func scheduleInspection(roundID a0: RoundID, targetID a1: OrganizationID, extensionIDs a2: [OrganizationID], teamID a3: TeamID) -> Intent { .inspection(.scheduleInspection(roundID: a0, targetID: a1, extensionIDs: a2, teamID: a3)) }

    /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
    public static func authorize(_ a0: InspectionID, window a1: DayWindow, noticeDay a2: Day) -> Intent { .inspection(.authorize(a0, window: a1, noticeDay: a2)) }

    /// Hold the mobilization meeting (动员部署会).
    public static func mobilize(_ a0: InspectionID) -> Intent { .inspection(.mobilize(a0)) }

    /// Enter the target (进驻).
    public static func station(_ a0: InspectionID) -> Intent { .inspection(.station(a0)) }

    /// End on-site work (撤离).
    public static func withdraw(_ a0: InspectionID) -> Intent { .inspection(.withdraw(a0)) }

    /// Submit the report to the leading group.
    public static func submitReport(_ a0: InspectionID, _ a1: ReportSubmission) -> Intent { .inspection(.submitReport(a0, a1)) }

    /// The committee's approval of the report (书记专题会).
    public static func approveReport(_ a0: InspectionID, meeting a1: String) -> Intent { .inspection(.approveReport(a0, meeting: a1)) }

    /// Deliver the double feedback.
    public static func deliverFeedback(_ a0: InspectionID, _ a1: FeedbackDelivery) -> Intent { .inspection(.deliverFeedback(a0, a1)) }
}

extension IntentKind {
    /// Schedule one inspection of a target (with 巡镇带村 extensions) in a round.
    public static let scheduleInspection: IntentKind = .inspection(.scheduleInspection)
    /// 一巡一授权 — authorize the inspection and its leader for the target set and window.
    public static let authorize: IntentKind = .inspection(.authorize)
    /// Hold the mobilization meeting (动员部署会).
    public static let mobilize: IntentKind = .inspection(.mobilize)
    /// Enter the target (进驻).
    public static let station: IntentKind = .inspection(.station)
    /// End on-site work (撤离).
    public static let withdraw: IntentKind = .inspection(.withdraw)
    /// Submit the report to the leading group.
    public static let submitReport: IntentKind = .inspection(.submitReport)
    /// The committee's approval of the report (书记专题会).
    public static let approveReport: IntentKind = .inspection(.approveReport)
    /// Deliver the double feedback.
    public static let deliverFeedback: IntentKind = .inspection(.deliverFeedback)
}
