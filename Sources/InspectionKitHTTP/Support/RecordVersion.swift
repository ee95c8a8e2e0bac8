import Crypto
import Foundation
import InspectionKit

/// 版本标签 — a record's version as an entity tag, changing exactly when an event changes the record. Only records whose existence is not confidential carry one (not leads, not petitions).
enum RecordVersion: Sendable {
    case inspection, finding, rectificationItem, team, term, organization, inspector

    /// The kind of record a workflow path acts on, from the path's first segment.
    init?(path: String) {
        guard path.contains("{id}") else { return nil }
        switch path.prefix { $0 != "/" } {
        case "inspections": self = .inspection
        case "findings": self = .finding
        case "rectification-items": self = .rectificationItem
        case "teams": self = .team
        case "terms": self = .term
        case "organizations": self = .organization
        case "inspectors": self = .inspector
        default: return nil
        }
    }

    /// The record's current tag in `engine`, or nil when there is no such record: a digest of the record's kind,
    /// identifier and version (the sequence of the last event that changed it), so it costs a lookup and changes
    /// exactly when the record does.
    func tag(of id: String, in engine: Engine) -> String? {
        let exists = switch self {
        case .inspection: engine.state.inspections[InspectionID(id)] != nil
        case .finding: engine.state.findings[FindingID(id)] != nil
        case .rectificationItem: engine.state.rectificationItems[RectificationItemID(id)] != nil
        case .team: engine.state.teams[TeamID(id)] != nil
        case .term: engine.state.terms[TermID(id)] != nil
        case .organization: engine.state.organizations[OrganizationID(id)] != nil
        case .inspector: engine.state.inspectors[InspectorID(id)] != nil
        }
        return exists ? tag(ofExisting: id, in: engine) : nil
    }

    /// The tag of a record the caller has just found in `engine`.
    func tag(ofExisting id: String, in engine: Engine) -> String {
        let version = engine.versions.version(of: record(id))
        let digest = SHA256.hash(data: Data("\(self):\(id):\(version)".utf8))
        return "\"" + TokenSecret.hex(digest.prefix(8)) + "\""
    }

    /// The core's name for the record `id` of this kind.
    func record(_ id: String) -> VersionedRecord {
        switch self {
        case .inspection: .inspection(InspectionID(id))
        case .finding: .finding(FindingID(id))
        case .rectificationItem: .rectificationItem(RectificationItemID(id))
        case .team: .team(TeamID(id))
        case .term: .term(TermID(id))
        case .organization: .organization(OrganizationID(id))
        case .inspector: .inspector(InspectorID(id))
        }
    }
}

/// The request's `If-Match` did not match the record's current version.
struct StaleVersion: Error {}

/// Executes `command` if the record still has the version `expected` (when given), in the same turn as the decision;
/// a stale version is 412 and changes nothing, a refusal names its rule. Returns the events and the record's version
/// right after this command.
func executeIfCurrent(_ command: Command, record: RecordVersion?, id: String, expected: String?, service: InspectionService,
                      context: APIContext) async throws -> (events: [RecordedEvent], tag: String?) {
    do {
        let outcome = try await refusing(context) {
            try await service.execute(command, if: { engine in
                guard let expected, let record, let current = record.tag(of: id, in: engine) else { return }
                if current != expected { throw StaleVersion() }
            }, reading: { engine in record?.tag(of: id, in: engine) })
        }
        return (outcome.events, outcome.after)
    } catch is StaleVersion {
        throw HTTPProblem.stale(context.language)
    }
}
