import ArgumentParser
import InspectionKit

extension Day: ExpressibleByArgument {
    /// A day from `YYYY-MM-DD` on the command line.
    public init?(argument: String) { self.init(iso: argument) }
}

/// A word-coded enumeration on the command line: its stable word (`grave`, `first`), or the number earlier
/// versions of the CLI took for it, kept so that scripts written for them still run.
enum StableWordArgument {
    /// The case named by `argument`.
    static func parse<E: StableWordCoded>(_ argument: String) -> E? {
        if let found = E(stableWord: argument) { return found }
        guard let code = Int(argument) else { return nil }
        return E.allCases.first { $0.legacyCode == code }
    }
}

extension Severity: ExpressibleByArgument {
    /// A severity by its word (`minor` … `grave`), or 0 to 3 as earlier versions took it.
    public init?(argument: String) {
        guard let found: Severity = StableWordArgument.parse(argument) else { return nil }
        self = found
    }

    /// The words the help lists.
    public static var allValueStrings: [String] { allCases.map(\.stableWord) }
}

extension AccountabilityForm: ExpressibleByArgument {
    /// A form by its word (`first` … `fourth`), or 1 to 4 as earlier versions took it.
    public init?(argument: String) {
        guard let found: AccountabilityForm = StableWordArgument.parse(argument) else { return nil }
        self = found
    }

    /// The words the help lists.
    public static var allValueStrings: [String] { allCases.map(\.stableWord) }
}

extension RoundKind: ExpressibleByArgument {}
extension RecusalKind: ExpressibleByArgument {}
extension WorkMethod: ExpressibleByArgument {}

/// A comma-separated list on the command line (`--members a,b,c`).
struct CommaList: ExpressibleByArgument {
    let items: [String]

    init?(argument: String) {
        items = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

extension Session {
    /// The first record `extract` recognizes among `events`.
    func created<T>(_ events: [RecordedEvent], _ extract: (Event) -> T?) -> T? {
        for recorded in events { if let found = extract(recorded.event) { return found } }
        return nil
    }

    /// `zh` or `en`, by the session's language.
    func t<Text>(_ zh: Text, _ en: Text) -> Text { options.language == .chinese ? zh : en }

    /// The language of the output.
    var language: Language { options.language }
}
