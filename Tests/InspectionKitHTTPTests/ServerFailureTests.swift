#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import HummingbirdTesting
import HTTPTypes
import Hummingbird
import InspectionKit
@testable import InspectionKitHTTP
import Logging
import Synchronization
import Testing

/// A store that works until told to fail, as a full disk or a journal made immutable underneath a running server would.
actor FailingStore: EventStore {
    private let inner = InMemoryEventStore()
    private var failing = false

    func fail() { failing = true }

    func lastSequence() async throws(StoreError) -> Int { try await inner.lastSequence() }

    func append(_ events: [RecordedEvent], expectedLastSequence: Int) async throws(StoreError) {
        guard !failing else {
            throw StoreError(.io, zh: "write “journal/000000000001.jsonl”失败：设备上没有空间。", en: "write of 'journal/000000000001.jsonl' failed: No space left on device.")
        }
        try await inner.append(events, expectedLastSequence: expectedLastSequence)
    }

    func events(after sequence: Int) async throws(StoreError) -> [RecordedEvent] { try await inner.events(after: sequence) }
    func saveSnapshot(_ state: InspectionState) async throws(StoreError) { try await inner.saveSnapshot(state) }
    func latestSnapshot() async throws(StoreError) -> InspectionState? { try await inner.latestSnapshot() }
}

/// Log lines kept in memory, to read what the server logged.
final class LogCapture: Sendable {
    let lines = Mutex<[String]>([])

    var logger: Logger {
        var logger = Logger(label: "test") { _ in Handler(capture: self) }
        logger.logLevel = .info
        return logger
    }

    struct Handler: LogHandler {
        let capture: LogCapture
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .info

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            capture.lines.withLock { $0.append("\(event.level) \(event.message) \(merged.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))") }
        }
    }
}

/// The server fails loudly: a store failing underneath it turns into 5xx problem details carrying the request id, a
/// log line with the cause and an unhealthy `/health`; slow clients are shed; request ids are checked before they are
/// echoed.
@Suite("The HTTP server under failure and slow clients")
struct ServerFailureTests {
    static let requestID = HTTPField.Name("X-Request-ID")!

    @Test func aStoreFailingUnderneathAnswersProblemsWithTheRequestIDLogsTheCauseAndTurnsHealthUnhealthy() async throws {
        let store = FailingStore()
        let fixture = try await APITests.Fixture(accounts: ["u-office-head"], store: store)
        let lead = try #require(fixture.state.leads.values.sorted { $0.id < $1.id }.first)
        let logs = LogCapture()
        let app = Application(router: InspectionAPI.router(service: fixture.service), logger: logs.logger)
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get) { #expect($0.status == .ok) }
            await store.fail()
            var headers = fixture.headers("u-office-head")
            headers[Self.requestID] = "write-1"
            headers[.contentType] = "application/json"
            let body = ByteBuffer(string: #"{"name":"中共新设委员会","kind":"townshipCommittee","parentID":"QX","region":"青溪区"}"#)
            try await client.execute(uri: "/v1/organizations", method: .post, headers: headers, body: body) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType]?.hasPrefix("application/problem+json") == true)
                #expect(response.headers[Self.requestID] == "write-1")
                let problem = try APITests.problem(response)
                #expect(problem.requestId == "write-1" && problem.status == 503 && problem.rule == "http.storeFailed")
                #expect(problem.detail.contains("No space left on device"))
            }
            // An audited read needs a write too: refused the same way, never a silent 500 with no body.
            headers[Self.requestID] = "read-1"
            try await client.execute(uri: "/v1/leads/\(lead.id)", method: .get, headers: headers) { response in
                #expect(response.status == .serviceUnavailable)
                let problem = try APITests.problem(response)
                #expect(problem.requestId == "read-1")
            }
            try await client.execute(uri: "/health", method: .get, headers: [.acceptLanguage: "en"]) { response in
                #expect(response.status == .serviceUnavailable)
                let problem = try APITests.problem(response)
                #expect(problem.detail.contains("No space left on device") && problem.requestId?.isEmpty == false)
            }
        }
        let lines = logs.lines.withLock { $0 }
        #expect(lines.contains { $0.hasPrefix("error") && $0.contains("No space left on device") && $0.contains("request_id=write-1") })
        #expect(lines.contains { $0.contains("/v1/leads/\(lead.id) failed") && $0.contains("request_id=read-1") })
    }

    @Test func theStoreWatchStopsTheServerAfterTheGraceWithTheStoresError() async throws {
        let store = FailingStore()
        let fixture = try await APITests.Fixture(accounts: [], store: store)
        await store.fail()
        let head = Actor(id: "u-office-head", name: "周建国", role: .office, isOfficeHead: true)
        let account = UserAccount(id: "u-new", name: "新人", role: .auditor)
        await #expect(throws: StoreError.self) { try await fixture.service.execute(Command(actor: head, intent: .registerUser(account))) }
        let watch = StoreWatch(service: fixture.service, limits: ServerLimits(failureGrace: .milliseconds(200)), logger: LogCapture().logger,
                               interval: .milliseconds(20))
        let started = ContinuousClock.now
        await #expect(throws: StoreError.self) { try await watch.run() }
        #expect(ContinuousClock.now - started >= .milliseconds(200))
    }

    @Test func acceptsPlainRequestIDsAndReplacesOthers() async throws {
        let fixture = try await APITests.Fixture(accounts: [])
        let logs = LogCapture()
        let app = Application(router: InspectionAPI.router(service: fixture.service), logger: logs.logger)
        #expect(RequestIDMiddleware.isAcceptable("3f2a-01.b_c:9"))
        for bad in ["a\tb", #"a"b"#, "a b", String(repeating: "x", count: 129), "请求"] { #expect(!RequestIDMiddleware.isAcceptable(bad), "\(bad)") }
        try await app.test(.router) { client in
            try await client.execute(uri: "/health", method: .get, headers: [Self.requestID: "plain-id.42"]) { response in
                #expect(response.headers[Self.requestID] == "plain-id.42")
            }
            try await client.execute(uri: "/health", method: .get, headers: [Self.requestID: "evil\"id"]) { response in
                let echoed = try #require(response.headers[Self.requestID])
                #expect(echoed != "evil\"id" && UUID(uuidString: echoed) != nil)
            }
        }
        #expect(!logs.lines.withLock { $0 }.contains { $0.contains("evil") })
    }

    /// Runs blocking socket calls on a thread of their own, never on the tasks' shared threads.
    private func blocking<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    /// Opens a TCP connection to the server on loopback.
    private func connect(port: Int) throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        return fd
    }

    /// `GET /health` on a connection of its own; the status line of the answer.
    private func health(port: Int) async throws -> String {
        let fd = try connect(port: port)
        defer { close(fd) }
        return await blocking {
            let request = "GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
            _ = request.withCString { send(fd, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            var answer = [UInt8](repeating: 0, count: 512)
            let read = recv(fd, &answer, answer.count, 0)
            return read > 0 ? String(decoding: answer[..<read], as: UTF8.self).components(separatedBy: "\r\n").first ?? "" : ""
        }
    }

    @Test func shedsASlowHeaderClientWithinTheTimeoutWhileServingOthers() async throws {
        let fixture = try await APITests.Fixture(accounts: [])
        let limits = ServerLimits(headerTimeout: .seconds(2), idleTimeout: .seconds(60))
        let app = InspectionAPI.application(service: fixture.service, host: "127.0.0.1", port: 0, logger: LogCapture().logger, limits: limits)
        try await app.test(.live) { client in
            let port = try #require(client.port)
            // A client that trickles its request line and headers, a few bytes at a time, and never finishes them.
            let slow = try connect(port: port)
            defer { close(slow) }
            let opened = ContinuousClock.now
            let trickle = Task {
                for piece in ["GET /hea", "lth HTTP/1.1\r\n", "Host: loc", "alhost\r\n", "X-Slow: 1\r\n"] {
                    _ = piece.withCString { send(slow, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
                    try? await Task.sleep(for: .milliseconds(150))
                }
            }
            // The slow client's connection is closed by the server once the header timeout passes: watched from now, on a
            // thread of its own, so that the moment it closes is measured however long the others below take to be served.
            let watch = Task {
                await blocking { () -> Duration? in
                    var byte: UInt8 = 0
                    let read = recv(slow, &byte, 1, 0)
                    return read == 0 ? ContinuousClock.now - opened : nil
                }
            }
            // Others are served meanwhile, each on a connection of its own.
            for _ in 0..<5 {
                #expect(try await health(port: port) == "HTTP/1.1 200 OK")
            }
            let closedAfter = await watch.value
            _ = await trickle.value
            let elapsed = try #require(closedAfter, "the server did not close the slow connection")
            // Closed at the timeout (with slack for a loaded machine), not after some longer wait.
            #expect(elapsed >= .milliseconds(1_900) && elapsed < .seconds(15), "closed after \(elapsed)")
            #expect(try await health(port: port) == "HTTP/1.1 200 OK")
        }
    }
}
