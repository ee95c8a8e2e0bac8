#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Hummingbird

/// 请求通道 — a lane of threads requests run on. Reads run on threads of their own, one per core, at a lower
/// scheduling priority (nice ``niceness``); writes run on one thread at the server's own priority, where the service's
/// decision runs too (an actor's work follows its caller's preferred executor). A flood of reads never queues a write's
/// steps behind it, and when a write's thread wakes — to decide, to answer — the operating system lets it in soon.
/// Reads take what the writes leave, which is most of the machine: a write is a few short steps around one fsync.
final class RequestLane: TaskExecutor, @unchecked Sendable {
    /// The lane every server in the process shares.
    static let shared = RequestLane(threads: max(1, ProcessInfo.processInfo.activeProcessorCount), niceness: niceness, name: "reads")

    /// The writes' lane: one thread at the server's own priority, where a write's request and the service's decision
    /// run without queueing behind the reads' steps on the shared concurrency pool.
    static let writes = RequestLane(threads: 1, niceness: 0, name: "writes")

    /// How much lower than the server's own threads the read lane runs (a Linux nice value, 0–19; default 10, or
    /// `INSPECTIONKIT_READ_NICENESS`).
    static let niceness: Int32 = ProcessInfo.processInfo.environment["INSPECTIONKIT_READ_NICENESS"].flatMap { Int32($0) }.map { min(19, max(0, $0)) } ?? 10

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var next = 0

    private let threadNiceness: Int32

    private init(threads: Int, niceness: Int32, name: String) {
        threadNiceness = niceness
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "InspectionKit.\(name).\(index)"
            thread.start()
        }
    }

    /// Queues `job` for the lane's threads.
    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        condition.signal()
        condition.unlock()
    }

    private func work() {
        #if os(Linux)
        // Under Linux the nice value belongs to the thread (who 0 is the caller): the service and the server keep theirs.
        if threadNiceness != 0 { _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, threadNiceness) }
        #endif
        let executor = asUnownedTaskExecutor()
        while true {
            condition.lock()
            while next == jobs.count { condition.wait() }
            let job = jobs[next]
            next += 1
            if next == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                next = 0
            }
            condition.unlock()
            job.runSynchronously(on: executor)
        }
    }
}

/// Sends `GET` and `HEAD` requests down the read lane, and every other request down the writes' lane.
struct RequestLaneMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let lane = request.method == .get || request.method == .head ? RequestLane.shared : RequestLane.writes
        return try await withTaskExecutorPreference(lane) { try await next(request, context) }
    }
}
