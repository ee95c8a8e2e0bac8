import Foundation
import Hummingbird
import InspectionKit

/// JSON in and out: responses with stable key order and ISO dates; request bodies read up to a limit, refused when
/// they carry unknown fields, wrong types or missing fields — naming the field — before anything changes.
enum JSONBody {
    /// The largest body accepted.
    static let limit = 64 * 1024

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }()

    /// A 200 (or `status`) response with `value` as JSON.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    /// The request's body decoded as `T`, allowing only `fields`.
    static func decode<T: Decodable>(_ type: T.Type, fields: Set<String>, from request: Request, context: APIContext, limit: Int = limit) async throws -> T {
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch {
            throw HTTPProblem.tooLarge(context.language, limit: limit)
        }
        let data = Data(buffer.readableBytesView)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw HTTPProblem.invalidBody(context.language, field: "$", zh: "请求体应为 JSON 对象。", en: "the body must be a JSON object.", status: 400)
        }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw HTTPProblem.invalidBody(context.language, field: unknown, zh: "未知字段（可用：\(fields.sorted().joined(separator: "、"))）。",
                                          en: "unknown field (allowed: \(fields.sorted().joined(separator: ", "))).")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            let (field, problem) = describe(error)
            throw HTTPProblem.invalidBody(context.language, field: field, zh: problem, en: problem)
        }
    }

    private static func describe(_ error: DecodingError) -> (field: String, problem: String) {
        func path(_ context: DecodingError.Context, _ key: CodingKey? = nil) -> String {
            let keys = context.codingPath + (key.map { [$0] } ?? [])
            return keys.isEmpty ? "$" : keys.map(\.stringValue).joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context): return (path(context, key), "missing")
        case .typeMismatch(let type, let context): return (path(context), "expected \(type)")
        case .valueNotFound(let type, let context): return (path(context), "expected \(type), found null")
        case .dataCorrupted(let context): return (path(context), context.debugDescription)
        @unknown default: return ("$", "\(error)")
        }
    }
}

/// A page of a list: `offset` and `limit` (1…500, default 100) from the query string.
struct Page: Encodable {
    let total: Int
    let offset: Int
    let limit: Int

    init(total: Int, request: Request, context: APIContext) throws {
        self.total = total
        offset = try Self.integer("offset", request, context, default: 0, range: 0...Int(Int32.max))
        limit = try Self.integer("limit", request, context, default: 100, range: 1...500)
    }

    func slice<T>(_ items: [T]) -> [T] { Array(items.dropFirst(offset).prefix(limit)) }

    static func integer(_ name: String, _ request: Request, _ context: APIContext, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = request.uri.queryParameters.get(name) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw HTTPProblem.invalidParameter(context.language, name: name, zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数。",
                                               en: "expected a whole number from \(range.lowerBound) to \(range.upperBound).")
        }
        return number
    }
}

/// A page of items with the page's bounds.
struct Listing<Item: Encodable>: Encodable {
    let items: [Item]
    let page: Page

    /// The page of `all` that the request's `offset` and `limit` ask for, as a response.
    static func response(_ all: [Item], request: Request, context: APIContext) throws -> Response {
        let page = try Page(total: all.count, request: request, context: context)
        return try JSONBody.response(Listing(items: page.slice(all), page: page))
    }
}
