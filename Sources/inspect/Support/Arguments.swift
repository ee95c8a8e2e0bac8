import ArgumentParser
import InspectionKit

extension Day: ExpressibleByArgument {
    /// A day from `YYYY-MM-DD` on the command line.
    public init?(argument: String) { self.init(iso: argument) }
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
