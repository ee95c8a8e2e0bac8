import Foundation

/// The committed OpenAPI 3.1 description of the API (`openapi.json`), served at `/openapi.json`.
public enum OpenAPIDocument {
    /// The document's bytes.
    public static let data: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"), let data = try? Data(contentsOf: url) else { return Array("{}".utf8) }
        return Array(data)
    }()
}
