import Crypto
import Foundation
import InspectionKit

/// 版本标签 — a record's version as an entity tag: a digest of the record as the state holds it, so that any change
/// to it changes the tag. Only records whose existence is not confidential carry one (not leads, not petitions).
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

    /// The record's current tag, or nil when there is no such record.
    func tag(of id: String, in state: InspectionState) -> String? {
        switch self {
        case .inspection: state.inspections[InspectionID(id)].map(Self.tag)
        case .finding: state.findings[FindingID(id)].map(Self.tag)
        case .rectificationItem: state.rectificationItems[RectificationItemID(id)].map(Self.tag)
        case .team: state.teams[TeamID(id)].map(Self.tag)
        case .term: state.terms[TermID(id)].map(Self.tag)
        case .organization: state.organizations[OrganizationID(id)].map(Self.tag)
        case .inspector: state.inspectors[InspectorID(id)].map(Self.tag)
        }
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

    /// The record's tag in `state`, a state a read was given, from the service's cache when the record has not
    /// changed since it was last computed (a tag hashes the whole record, whose history may be long).
    func tag(of id: String, in state: InspectionState, service: InspectionService) -> String? {
        service.tag(of: record(id), in: state) { tag(of: id, in: $0) }
    }

    /// `record`'s version: the first 8 bytes of the SHA-256 of its JSON, quoted as an entity tag.
    static func tag(_ record: some Encodable) -> String {
        let data = (try? JSONBody.encoder.encode(record)) ?? Data()
        return "\"" + TokenSecret.hex(SHA256.hash(data: data).prefix(8)) + "\""
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
            try await service.execute(command, if: { state in
                guard let expected, let record, let current = record.tag(of: id, in: state) else { return }
                if current != expected { throw StaleVersion() }
            }, reading: { state in record?.tag(of: id, in: state) })
        }
        return (outcome.events, outcome.after)
    } catch is StaleVersion {
        throw HTTPProblem.stale(context.language)
    }
}
