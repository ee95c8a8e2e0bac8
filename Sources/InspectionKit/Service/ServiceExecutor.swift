import Dispatch

/// The service's own thread: deciding commands and following their writes never waits for a thread of the shared
/// concurrency pool, which readers may keep busy. Jobs run one at a time, in order, as an actor's must.
final class ServiceExecutor: SerialExecutor {
    private let queue = DispatchQueue(label: "InspectionKit.InspectionService", qos: .userInitiated)

    /// Runs `job` on the service's thread.
    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { unowned.runSynchronously(on: executor) }
    }

    /// This executor, unowned.
    func asUnownedSerialExecutor() -> UnownedSerialExecutor {
        UnownedSerialExecutor(ordinary: self)
    }
}
