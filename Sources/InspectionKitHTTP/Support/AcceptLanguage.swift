import Foundation
import InspectionKit

extension Language {
    /// The language an `Accept-Language` header prefers: the highest-weighted of Chinese and English, Chinese when
    /// the header is missing or names neither (the product's users are Chinese offices).
    public init(acceptLanguage header: String?) {
        guard let header, !header.isEmpty else {
            self = .chinese
            return
        }
        var best: (language: Language, weight: Double)?
        for part in header.split(separator: ",") {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            let weight = pieces.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) } ?? 1
            let language: Language? = tag.hasPrefix("zh") ? .chinese : tag.hasPrefix("en") ? .english : nil
            if let language, weight > 0, weight > (best?.weight ?? -1) { best = (language, weight) }
        }
        self = best?.language ?? .chinese
    }
}
