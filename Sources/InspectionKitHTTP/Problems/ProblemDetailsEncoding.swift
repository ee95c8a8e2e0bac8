import Foundation

/// The JSON encoder for problem details: stable key order, Chinese text unescaped.
enum ProblemDetailsEncoding {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
