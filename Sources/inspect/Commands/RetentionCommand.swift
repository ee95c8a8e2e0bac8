import ArgumentParser
import Foundation
import InspectionKit

/// `inspect retention` — erasing confidential content when its retention ends.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "retention", abstract: "保管期限 / erase confidential content whose retention has ended (the office head).",
                                                    subcommands: [Erase.self])

    /// `inspect retention erase`.
    struct Erase: AsyncParsableCommand, IntentCommand {
        static let configuration = CommandConfiguration(
            abstract: "销毁保密内容 / erase a lead's, petition's, petitioner's or interview's content; the events and the chain stay.",
            discussion: "The store destroys the record's own key, so its content can no longer be read from the journal, the snapshots or any backup taken later; the event that erased it joins the audit trail. Name exactly one record.")
        static let intents: [IntentKind] = [.eraseConfidentialContent]

        @OptionGroup var options: StoreOptions
        @Option(help: "A lead (LEAD-…), once disposed of.") var lead: String?
        @Option(help: "A petition's content (PET-…), once triaged.") var petition: String?
        @Option(help: "A petitioner's identity (PET-…), at any time.") var petitioner: String?
        @Option(help: "An interview record (WR-…), once its inspection is archived.") var interview: String?

        func validate() throws {
            guard [lead, petition, petitioner, interview].compactMap({ $0 }).count == 1 else {
                throw ValidationError("Name exactly one of --lead, --petition, --petitioner, --interview.")
            }
        }

        func run() async throws {
            try await Session.run(options) { session in
                let record: ConfidentialRecord = if let lead { .lead(LeadID(lead)) }
                    else if let petition { .petition(PetitionID(petition)) }
                    else if let petitioner { .petitionerIdentity(PetitionID(petitioner)) }
                    else { .interview(WorkRecordID(interview ?? "")) }
                try await session.executeAndReport(.eraseConfidentialContent(record))
            }
        }
    }
}
