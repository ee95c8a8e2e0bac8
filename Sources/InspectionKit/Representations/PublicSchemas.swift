/// 公开表示 — the named shapes of every record and answer the SDK writes for others to read, by area of the work.
/// The HTTP API's `/openapi.json` lists them as its component schemas; tests check real records against them.
package enum PublicSchemas {
    /// Every named shape, by name.
    package static let components: [String: PublicShape] = {
        var all: [String: PublicShape] = [:]
        for area in [registry, inspections, fieldwork, findings, rectification, statistics, accounts, outcomes, exchange] {
            all.merge(area) { first, _ in first }
        }
        return all
    }()

    /// A record the shape of `name`, or its violations.
    package static func violations(of value: Any, as name: String) -> [String] {
        PublicShape.named(name).violations(in: value, components: components)
    }

    /// A window of days, both ends inside.
    static let dayWindow = PublicShape.record([.required("start", .day), .required("end", .day)])

    /// A text in both languages.
    static let localizedText = PublicShape.record([.required("zh", .text), .required("en", .text)])
}
