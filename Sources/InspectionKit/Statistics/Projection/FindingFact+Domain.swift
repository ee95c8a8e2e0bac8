/// How a finding of the domain becomes the facts the statistics count.
extension FindingFact {
    /// The facts of an approved finding with its rectification items; nil if its inspection is unknown.
    init?(_ finding: Finding, key: UInt32, items: [RectificationItem], state: InspectionState) {
        guard let inspection = state.inspections[finding.inspectionID] else { return nil }
        let content = finding.content
        let status = Self.status(of: items)
        let open = items.filter { $0.status.isOpen }
        let deadline = (open.isEmpty ? items : open).map(\.deadline).min()
        var closedOn: Day?
        if status.isClosed {
            let day = items.compactMap(\.closedOn).max() ?? content.foundOn
            closedOn = max(day, content.foundOn)
        }
        var recurrence = items.contains { $0.relapseCount > 0 }
        if case .earlierRectification = content.source { recurrence = true }
        self.init(key: key, round: inspection.roundID.rawValue, organization: content.organizationID.rawValue, team: inspection.teamID.rawValue,
                  category: content.categoryCode, severity: content.severity, source: Self.kind(of: content.source, state: state),
                  status: status, foundOn: content.foundOn, deadline: deadline, closedOn: closedOn, recurrence: recurrence)
    }

    /// The least advanced of the items' statuses (a finding is only as closed as its last open item).
    static func status(of items: [RectificationItem]) -> FindingStatus {
        let statuses: [FindingStatus] = items.map {
            switch $0.status {
            case .notStarted: .open
            case .inProgress, .reopened: .inProgress
            case .rectified: .rectified
            case .longTerm: .longTerm
            case .verified: .verified
            }
        }
        let rank: [FindingStatus: Int] = [.open: 0, .inProgress: 1, .rectified: 2, .longTerm: 3, .verified: 4]
        return statuses.min { rank[$0, default: 0] < rank[$1, default: 0] } ?? .open
    }

    static func kind(of source: FindingSource, state: InspectionState) -> FindingSourceKind {
        switch source {
        case .petition: return .petition
        case .dataComparison: return .dataComparison
        case .earlierRectification: return .earlierRectification
        case .workRecord(let id):
            switch state.workRecords[id]?.method {
            case .interview: return .interview
            case .documentReview: return .documents
            case .spotCheck, .unannouncedVisit: return .spotCheck
            default: return .otherFieldwork
            }
        }
    }
}
