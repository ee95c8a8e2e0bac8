import Foundation
import Hummingbird
import MultipartKit
import NIOCore

/// Posted multipart forms (`multipart/form-data`: a form with a file), parsed with MultipartKit within a size limit:
/// the text fields, and the files with the names their senders gave them.
enum MultipartBody {
    /// A file posted in a form.
    struct Upload {
        /// The form field it came in.
        let field: String
        /// The name the sender gave it (only a name: any folder part is dropped).
        let filename: String
        /// Its bytes.
        let bytes: [UInt8]
    }

    /// Whether `request` carries a multipart form.
    static func isMultipart(_ request: Request) -> Bool {
        request.headers[.contentType]?.lowercased().hasPrefix("multipart/form-data") == true
    }

    /// The form's fields and files; throws when the body is larger than `limit` or is not a multipart form.
    static func decode(_ request: Request, limit: Int) async throws -> (fields: [String: String], files: [Upload]) {
        guard let type = request.headers[.contentType], let boundary = Self.boundary(type) else { throw HTTPError(.badRequest) }
        var request = request
        let buffer = try await request.collectBody(upTo: limit)
        var fields: [String: String] = [:]
        var files: [Upload] = []
        var disposition = ""
        var body = ByteBuffer()
        let parser = MultipartParser(boundary: boundary)
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { chunk in body.writeBuffer(&chunk) }
        parser.onPartComplete = {
            let parameters = Self.parameters(disposition)
            if let name = parameters["name"] {
                if let filename = parameters["filename"] {
                    let base = filename.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                    files.append(Upload(field: name, filename: base, bytes: Array(body.readableBytesView)))
                } else {
                    fields[name] = String(buffer: body)
                }
            }
            disposition = ""
            body = ByteBuffer()
        }
        try parser.execute(buffer)
        return (fields, files)
    }

    /// The boundary named in a `Content-Type` header.
    static func boundary(_ contentType: String) -> String? {
        contentType.split(separator: ";").lazy.map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.lowercased().hasPrefix("boundary=") }
            .map { String($0.dropFirst("boundary=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
    }

    /// The `name="…"` parameters of a `Content-Disposition` value.
    static func parameters(_ disposition: String) -> [String: String] {
        var out: [String: String] = [:]
        for part in disposition.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            out[pair[0].lowercased()] = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        return out
    }
}
