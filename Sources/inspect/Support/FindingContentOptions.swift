import ArgumentParser
import InspectionKit

/// The fields of a finding draft (问题底稿), shared by `finding draft` and `finding revise`.
struct FindingContentOptions: ParsableArguments {
    @Option(help: "问题标题.") var title: String
    @Option(help: "现象描述.") var manifestation: String
    @Option(help: "定性.") var qualification: String
    @Option(help: "定性依据.") var basis: String
    @Option(help: "Evidence as TITLE=REFERENCE (repeatable).") var evidence: [String] = []
    @Option(help: "principal, firstResponsible, mainLeadership, direct, supervisory or dualDuty.") var responsibility: String
    @Option(help: "责任主体.") var party: String
    @Option(help: "The organization the problem is in.") var org: String
    @Option(help: "Leaf category of the taxonomy, e.g. 2.4.3.") var category: String
    @Option(help: "Severity: minor, moderate, serious or grave (default: moderate).") var severity: Severity?
    @Flag(help: "A common problem (共性) rather than an individual one.") var common = false
    @Option(help: "The work record it came from.") var fromRecord: String?
    @Option(help: "The petition it came from.") var fromPetition: String?
    @Option(help: "The data comparison it came from.") var fromData: String?
    @Option(help: "Who found it, comma-separated inspectors.") var foundBy: CommaList
    @Option(help: "When it was found (default: today).") var foundOn: Day?
    @Flag(help: "Marked for immediate rectification (立行立改).") var immediate = false

    /// Refuses a usage error before the store is opened.
    func check(_ language: Language) throws {
        _ = try parts(language)
    }

    /// The draft's content.
    func content(_ language: Language, today: Day) throws -> FindingContent {
        let (responsibilityType, level, source, items) = try parts(language)
        return FindingContent(title: title, manifestation: manifestation, qualification: qualification, basis: basis, evidence: items,
                              responsibilityType: responsibilityType, responsibleParty: party, organizationID: OrganizationID(org), categoryCode: category,
                              severity: level, scope: common ? .common : .individual, source: source, foundBy: foundBy.items.map { InspectorID($0) },
                              foundOn: foundOn ?? today, immediateRectification: immediate)
    }

    private func parts(_ language: Language) throws -> (ResponsibilityType, Severity, FindingSource, [EvidenceItem]) {
        guard let responsibilityType = ResponsibilityType(rawValue: responsibility) else {
            throw CLIFailure(.usage, "--responsibility: " + ResponsibilityType.allCases.map(\.rawValue).joined(separator: ", "))
        }
        let level = severity ?? .moderate
        let sources = [fromRecord.map { FindingSource.workRecord(WorkRecordID($0)) }, fromPetition.map { FindingSource.petition(PetitionID($0)) },
                       fromData.map { FindingSource.dataComparison($0) }].compactMap { $0 }
        guard sources.count == 1, let source = sources.first else {
            throw CLIFailure(.usage, language == .chinese ? "请在 --from-record、--from-petition、--from-data 中选择一项问题来源。" : "Give exactly one source: --from-record, --from-petition or --from-data.")
        }
        let items = try evidence.map { text throws -> EvidenceItem in
            let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CLIFailure(.usage, language == .chinese ? "--evidence 应写作 名称=编号：\(text)" : "--evidence takes TITLE=REFERENCE: \(text)") }
            return EvidenceItem(title: parts[0], reference: parts[1])
        }
        return (responsibilityType, level, source, items)
    }
}

extension HandoverDestination {
    /// A destination as the command line names it: `disciplineCommission`, `organizationDepartment`, or another unit by name.
    init(commandLine text: String) {
        switch text {
        case "disciplineCommission": self = .disciplineCommission
        case "organizationDepartment": self = .organizationDepartment
        default: self = .otherUnit(text)
        }
    }
}

extension DispositionKind {
    /// The kind named on the command line, or a usage error listing the kinds.
    static func parsing(_ text: String) throws -> DispositionKind {
        guard let parsed = DispositionKind(rawValue: text) else {
            throw CLIFailure(.usage, "--kind: " + DispositionKind.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return parsed
    }
}
