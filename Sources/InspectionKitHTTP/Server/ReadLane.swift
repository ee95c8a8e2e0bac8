#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Hummingbird

/// 读请求通道 — reads run on threads of their own, one per core, at a slightly lower scheduling priority (nice
/// ``niceness``): a flood of reads never queues a write's steps behind it on the shared concurrency pool, and when a
/// write's thread wakes — to decide, to fsync, to answer — the operating system lets it in soon. Reads take what the
/// writes leave, which is most of the machine: a write is a few short steps around one fsync.
final class ReadLane: TaskExecutor, @unchecked Sendable {
    /// The lane every server in the process shares.
    static let shared = ReadLane(threads: max(1, ProcessInfo.processInfo.activeProcessorCount))

    /// How much lower than the server's own threads the read lane runs (a Linux nice value, 0–19).
    static let niceness: Int32 = 4

    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var next = 0

    private init(threads: Int) {
        for index in 0..<threads {
            let thread = Thread { [self] in work() }
            thread.name = "InspectionKit.reads.\(index)"
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
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, Self.niceness)
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

/// Sends `GET` and `HEAD` requests down the read lane.
struct ReadLaneMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        return try await withTaskExecutorPreference(ReadLane.shared) { try await next(request, context) }
    }
}
