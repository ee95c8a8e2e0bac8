import InspectionKit
import Logging
import ServiceLifecycle

/// Watches the service's store beside the HTTP server. Once the store fails (a write could not be made durable), the
/// server goes on for `failureGrace` — answering 503 with the cause, `/health` unhealthy — and then this service ends
/// with the store's error, which stops the server and makes the process exit non-zero, for a supervisor (systemd,
/// Kubernetes) to restart it once the cause is fixed. The service does not reopen the store itself: a store that failed
/// mid-write is reopened from disk, where recovery checks it.
struct StoreWatch: Service {
    let service: InspectionService
    let limits: ServerLimits
    let logger: Logger
    /// How often the store's health is looked at.
    var interval: Duration = .milliseconds(500)

    func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    if let cause = await service.failureCause {
                        logger.critical("the store failed; answering 503 for \(limits.failureGrace), then stopping: \(cause.text(.english))")
                        try await Task.sleep(for: limits.failureGrace)
                        throw cause
                    }
                    try await Task.sleep(for: interval)
                }
            }
        } catch is CancellationError {
            return
        }
    }
}
