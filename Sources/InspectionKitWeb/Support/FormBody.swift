import Hummingbird
import InspectionKitHTTP

/// Posted forms (`application/x-www-form-urlencoded`), decoded by Hummingbird's form decoder within a size limit.
enum FormBody {
    /// The largest form accepted, in bytes.
    static let limit = 64 * 1_024

    /// The form's fields as `type`.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request, context: APIContext) async throws -> T {
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        return try URLEncodedFormDecoder().decode(type, from: String(buffer: buffer))
    }
}
