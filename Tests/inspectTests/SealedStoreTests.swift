#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InspectionKit
import InspectionKitSamples
import InspectionKitJSON
import Testing

/// The demo store, as the README's first command writes it, read with `grep`'s eyes: none of the confidential texts
/// in clear, every file owner-only.
@Suite("inspect: a sealed demo store")
struct SealedStoreTests {
    /// Every confidential text of the standard sample district: petitioners' names and phone numbers, petitions'
    /// contents, leads' subjects and allegations, interviews' interviewees and contents.
    static func confidentialTexts() throws -> [String: String] {
        let state = try SampleDistrict.engine(size: .standard).driver.engine.state
        var texts: [String: String] = [:]
        for petition in state.petitions.values {
            if let identity = petition.petitioner {
                texts[identity.name] = "petitioner of \(petition.id)"
                texts[identity.contact] = "petitioner's contact on \(petition.id)"
            }
            texts[petition.content] = "content of \(petition.id)"
        }
        for lead in state.leads.values {
            texts[lead.subjectName] = "subject of \(lead.id)"
            texts[lead.summary] = "allegation of \(lead.id)"
        }
        for record in state.workRecords.values where record.isConfidential {
            texts[record.summary] = "content of interview \(record.id)"
        }
        texts[""] = nil
        return texts
    }

    @Test func aDemoStoreHoldsNoConfidentialTextInClearAndOnlyOwnerOnlyFiles() throws {
        let store = try InspectProcess.demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let texts = try Self.confidentialTexts()
        #expect(texts.count > 100, "the sample should have many confidential texts, has \(texts.count)")
        var files: [(String, Data)] = []
        let enumerator = try #require(FileManager.default.enumerator(atPath: store.path))
        while let name = enumerator.nextObject() as? String {
            let path = store.appendingPathComponent(name).path
            var info = stat()
            stat(path, &info)
            if info.st_mode & S_IFMT == S_IFDIR {
                #expect(info.st_mode & 0o777 == 0o700, "\(name) is a directory of mode \(String(info.st_mode & 0o777, radix: 8))")
            } else {
                #expect(info.st_mode & 0o777 == 0o600, "\(name) is a file of mode \(String(info.st_mode & 0o777, radix: 8))")
                files.append((name, try Data(contentsOf: URL(fileURLWithPath: path))))
            }
        }
        #expect(files.contains { $0.0.hasPrefix("journal/") } && files.contains { $0.0.hasPrefix("snapshots/") })
        for (text, what) in texts {
            for (name, bytes) in files where bytes.range(of: Data(text.utf8)) != nil {
                Issue.record("\(name) holds the \(what) in clear")
            }
        }
        // The record reads back whole, with the keys.
        let listed = try InspectProcess.run(["lead", "list", "--format", "json"], store: store)
        #expect(listed.status == 0)
        let lead = try #require(try SampleDistrict.engine(size: .standard).driver.engine.state.leads.values.first)
        #expect(listed.out.contains(lead.subjectName))
    }

    @Test func anAuditSearchByPetitionerOrSubjectFindsNothingForAnyOversightRole() throws {
        let store = try InspectProcess.demoStore()
        defer { try? FileManager.default.removeItem(at: store) }
        let state = try SampleDistrict.engine(size: .standard).driver.engine.state
        let petition = try #require(state.petitions.values.sorted { $0.id < $1.id }.first { $0.petitioner != nil })
        let lead = try #require(state.leads.values.sorted { $0.id < $1.id }.first)
        for account in ["u-auditor", "u-leading-group", "u-office-head"] {
            for query in [petition.petitioner?.name ?? "", petition.petitioner?.contact ?? "", lead.subjectName, lead.summary] {
                let found = try InspectProcess.run(["audit", "show", "--record", query, "--format", "json"], store: store, as: account)
                let entries = try JSONSerialization.jsonObject(with: Data(found.out.utf8)) as? [Any]
                #expect(found.status == 0 && entries?.isEmpty == true, "\(account) searching '\(query)': \(found.out.prefix(200))")
            }
            // Identifiers and kinds are what the trail is searched by.
            let byID = try InspectProcess.run(["audit", "show", "--record", lead.id.rawValue, "--format", "json"], store: store, as: account)
            #expect(byID.out.contains("leadRegistered"))
        }
    }
}
