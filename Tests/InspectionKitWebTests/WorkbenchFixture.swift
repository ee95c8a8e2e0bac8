import Foundation
import Hummingbird
import HummingbirdTesting
import InspectionKit
import InspectionKitHTTP
import InspectionKitJSON
import InspectionKitSamples
@testable import InspectionKitWeb

/// The small sample district behind a workbench, with passwords for the accounts a test signs in as.
struct WorkbenchFixture {
    let service: InspectionService
    let workbench: Workbench
    let state: InspectionState
    static let password = "青溪巡察-工作台-2026"

    init(passwords accounts: [UserID]) async throws {
        let (district, driver) = try SampleDistrict.engine(size: .small)
        let store = InMemoryEventStore()
        try await store.append(driver.engine.journal, expectedLastSequence: 0)
        service = try await InspectionService(store: store, clock: driver.clock)
        let digest = try await Passwords.hash(Self.password)
        for account in accounts {
            try await service.execute(Command(actor: district.cast.officeHead, intent: .setPassword(account, digest: digest)))
        }
        workbench = try await Workbench(service: service, throttle: SignInThrottle(limit: 3), attachments: InMemoryAttachmentStore())
        state = await service.state
    }

    /// The application: the API with the workbench mounted beside it.
    var application: some ApplicationProtocol {
        let router = InspectionAPI.router(service: service)
        workbench.register(on: router)
        return Application(router: router)
    }

    /// The journal's audit events of `account`.
    func trail(of account: UserID) async throws -> [EventType] {
        try await service.flushed()
        return try await service.auditTrail(as: Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true))
            .filter { $0.actor == account }.map(\.event.type)
    }
}

/// A browser's side of a conversation: the cookies it was given, sent back with each request.
final class Browser: @unchecked Sendable {
    var cookies: [String: String] = [:]
    let client: any TestClientProtocol

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    struct Page {
        let status: HTTPResponse.Status
        let headers: HTTPFields
        let body: String
        var bytes: [UInt8] = []
        var location: String? { headers[.location] }

        /// The value of the hidden `formToken` field.
        var formToken: String? {
            guard let range = body.range(of: #"name="formToken" value=""#) else { return nil }
            return String(body[range.upperBound...].prefix { $0 != "\"" })
        }
    }

    @discardableResult
    func get(_ path: String) async throws -> Page {
        try await send(path, method: .get, form: nil)
    }

    @discardableResult
    func post(_ path: String, _ form: [String: String]) async throws -> Page {
        try await send(path, method: .post, form: form)
    }

    /// Posts `form` with a file, as a browser posts a form with a file input.
    @discardableResult
    func post(_ path: String, _ form: [String: String], file: (field: String, name: String, bytes: [UInt8])) async throws -> Page {
        let boundary = "----InspectionKitTest\(UUID().uuidString)"
        var body = ByteBuffer()
        for (name, value) in form {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file.bytes)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await send(path, method: .post, body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }

    private func send(_ path: String, method: HTTPRequest.Method, form: [String: String]?) async throws -> Page {
        var body: ByteBuffer?
        if let form {
            var allowed = CharacterSet.alphanumerics
            allowed.insert(charactersIn: "-._~")
            body = ByteBuffer(string: form.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&"))
        }
        return try await send(path, method: method, body: body, contentType: form == nil ? nil : "application/x-www-form-urlencoded")
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: ByteBuffer?, contentType: String?) async throws -> Page {
        var headers: HTTPFields = [:]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if let contentType { headers[.contentType] = contentType }
        let page = try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
            Page(status: response.status, headers: response.headers, body: String(buffer: response.body), bytes: Array(response.body.readableBytesView))
        }
        for line in page.headers[values: .setCookie] {
            let pair = line.split(separator: ";").first.map(String.init) ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            if parts[1].isEmpty || line.contains("Max-Age=0") { cookies[parts[0]] = nil } else { cookies[parts[0]] = parts[1] }
        }
        return page
    }

    /// Signs in as `account` with `password` through the sign-in page.
    @discardableResult
    func signIn(_ account: String, _ password: String = WorkbenchFixture.password) async throws -> Page {
        let form = try await get("/sign-in")
        return try await post("/sign-in", ["account": account, "password": password, "formToken": form.formToken ?? ""])
    }
}
