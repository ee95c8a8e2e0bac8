import Foundation
import InspectionKit
import InspectionKitJSON
import InspectionKitSamples

/// The events of the golden journal: the first event of each kind in the small sample district (seed 2024), then one
/// hand-made event of each kind the district does not hold, numbered 1… in that order. The same source was compiled
/// against the code before the format was pinned to write the first-format twin of the journal; the format-2 twin is the
/// journal as committed before format 3 added the day each event happened. Regenerating (INSPECTIONKIT_WRITE_GOLDEN=1)
/// only appends a line for each new event type: the lines already committed stay (the sample district and exchange
/// package may have moved on since).
enum GoldenJournalSource {
    static func events() throws -> [RecordedEvent] {
        let (_, driver) = try SampleDistrict.engine(seed: 2024, size: .small)
        var seen: Set<String> = []
        var events: [Event] = []
        var recorded: [(Date, UserID, Role, String)] = []
        for entry in driver.engine.journal {
            let name = entry.event.type.rawValue
            guard !seen.contains(name) else { continue }
            seen.insert(name)
            events.append(entry.event)
            recorded.append((entry.recordedAt, entry.actor, entry.role, entry.reason))
        }
        let office = Actor(id: "U-OFFICE", name: "巡察办主任", role: .office, isOfficeHead: true)
        let package = try driver.engine.exchangePackage(as: office)
        let taxonomy = try Taxonomy(name: LocalizedText(zh: "试行清单", en: "Trial list"), version: "2026.1", nodes: [
            TaxonomyNode(code: "A", parent: nil, zh: "党的领导", en: "Party leadership"),
            TaxonomyNode(code: "A1", parent: "A", zh: "贯彻落实", en: "Implementation"),
            TaxonomyNode(code: "A1a", parent: "A1", zh: "重大决策部署", en: "Major decisions", problemType: LocalizedText(zh: "落实不力", en: "Weak implementation")),
        ])
        let day = Day(year: 2026, month: 11, day: 20) ?? Day(number: 20_777)
        let extra: [Event] = [
            .organizationHeadChanged("QX-T01", OrganizationHead(name: "王新", userID: "U-HEAD-T01")),
            .relativeDeclared("INS-001", Relative(name: "李某", relation: "配偶", organizationID: "QX-T02", post: "副镇长")),
            .taxonomyAdopted(taxonomy),
            .userDeactivated("U-0042"),
            .tokenIssued(APIToken(id: "TOK-0001", userID: "U-OFFICE", digest: String(repeating: "ab", count: 32), issuedOn: day, expiresOn: day.adding(days: 90))),
            .tokenRevoked("TOK-0001"),
            .teamChanged("TEAM-01", TeamComposition(leaderID: "INS-001", deputyIDs: ["INS-002"], memberIDs: ["INS-003", "INS-004"])),
            .recusalWaived("INSP-0001", RecusalWaiver(inspectorID: "INS-003", targetID: "QX-T01", kind: .post, reason: "任职已逾四年且无利害关系",
                                                      decidedBy: "U-LG", decidedOn: day)),
            .rotationOverridden(RotationOverride(termID: "TERM-01", leaderID: "INS-001", organizationID: "QX-T01", reason: "专项巡察需要", decidedBy: "U-OFFICE")),
            .archiveAccessGranted("INSP-0001", "TEAM-01"),
            .findingDispositionRecorded("F-0001", Disposition(kind: .caseFiled, note: "已立案审查", reportedOn: day, reportedBy: "U-DC")),
            .exchangePackageImported(package),
            .confidentialRecordRead(.lead("L-0001")),
            .confidentialReadRefused(RefusedRead(record: .petitionerIdentity("P-0001"), rule: .accessPetitionerIdentity, recordExists: true)),
            .confidentialContentErased(.interview("W-0001")),
            // Event types added after the format was pinned go last, so that the lines before them keep their bytes.
            .organizationRenamed("QX-T01", name: "青溪区青山镇党委"),
            .passwordSet(PasswordCredential(userID: "U-0042", digest: "$2b$12$" + String(repeating: "Q", count: 53), setOn: day, setBy: "U-OFFICE")),
            .signedIn(SignIn(address: "10.20.30.40")),
            .signedOut(SignIn(address: "10.20.30.40")),
            .signInRefused(RefusedSignIn(address: "10.20.30.41", rule: .signInCredentials)),
            .fileReadRefused(RefusedFileRead(file: .inspection("XC-0002"), rule: .accessTeamScope, recordExists: true)),
        ]
        for event in extra where !seen.contains(event.type.rawValue) {
            seen.insert(event.type.rawValue)
            events.append(event)
            recorded.append((Date(timeIntervalSince1970: 1_795_651_200), "U-OFFICE", .office, "归档整理"))
        }
        return events.enumerated().map { index, event in
            RecordedEvent(sequence: index + 1, recordedAt: recorded[index].0, occurredOn: Day(date: recorded[index].0, utcOffsetSeconds: 8 * 3_600),
                          actor: recorded[index].1, role: recorded[index].2, reason: recorded[index].3, event: event)
        }
    }

    /// The committed golden journal with a line appended for each event type it does not hold yet (from `events()`):
    /// the lines already committed are the format's promise and are never rewritten.
    static func appended(to committed: Data) throws -> Data {
        let codec = JournalLineCodec()
        let held = try codec.decodeAll(committed)
        let types = Set(held.map(\.event.type))
        let missing = try events().filter { !types.contains($0.event.type) }.enumerated().map { offset, event in
            var event = event
            event.sequence = held.count + offset + 1
            return event
        }
        return committed + (try lines(missing))
    }

    /// The lines of a journal of `events`, encoded as the journal encodes them.
    static func lines(_ events: [RecordedEvent]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        var data = Data()
        for event in events {
            data.append(try encoder.encode(event))
            data.append(0x0A)
        }
        return data
    }
}
