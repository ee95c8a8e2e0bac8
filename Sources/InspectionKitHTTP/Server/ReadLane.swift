import Dispatch
import Hummingbird

/// 读请求通道 — reads run on threads of their own, so that a flood of reads never queues a write's steps behind it on
/// the shared concurrency pool: the operating system shares the cores between the two lanes, and a write — a few
/// short steps around one fsync — is answered in milliseconds however many readers there are.
final class ReadLane: TaskExecutor {
    /// The lane every server shares.
    static let shared = ReadLane()

    private let queue = DispatchQueue(label: "InspectionKit.reads", qos: .utility, attributes: .concurrent)

    /// Runs `job` on a thread of the read lane.
    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { unowned.runSynchronously(on: executor) }
    }
}

/// Sends `GET` and `HEAD` requests down the read lane.
struct ReadLaneMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        return try await withTaskExecutorPreference(ReadLane.shared) { try await next(request, context) }
    }
}
