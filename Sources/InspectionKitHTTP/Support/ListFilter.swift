import Hummingbird
import InspectionKit

/// Filters on lists, from the query string: a value outside its list is 400 naming the parameter and the choices.
enum ListFilter {
    /// The choice named by query parameter `name`, nil when the parameter is absent.
    static func choice<T>(_ name: String, _ choices: [(String, T)], _ request: Request, _ context: APIContext) throws -> T? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let match = choices.first(where: { $0.0 == text }) else {
            let names = choices.map(\.0)
            throw HTTPProblem.invalidParameter(context.language, name: name, zh: "应为 \(names.joined(separator: "、")) 之一。",
                                               en: "expected one of \(names.joined(separator: ", ")).")
        }
        return match.1
    }

    /// The cases of an enumeration by their names (as Swift spells them, e.g. `stationed`).
    static func cases<E: CaseIterable>(_ type: E.Type) -> [(String, E)] {
        type.allCases.map { (String(describing: $0), $0) }
    }

    /// A record identifier given as query parameter `name`, nil when absent.
    static func id<Entity>(_ name: String, _ request: Request, as _: Entity.Type = Entity.self) -> Identifier<Entity>? {
        request.uri.queryParameters.get(name).map { Identifier<Entity>(String($0)) }
    }

    /// A day given as query parameter `name` (`YYYY-MM-DD`), nil when absent.
    static func day(_ name: String, _ request: Request, _ context: APIContext) throws -> Day? {
        guard let text = request.uri.queryParameters.get(name) else { return nil }
        guard let day = Day(iso: String(text)) else {
            throw HTTPProblem.invalidParameter(context.language, name: name, zh: "应为日期 YYYY-MM-DD。", en: "expected a date, YYYY-MM-DD.")
        }
        return day
    }
}
