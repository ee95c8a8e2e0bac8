import Foundation

/// 服务限额 — how long the server waits for slow clients and how many it serves at once, so that a client trickling
/// its headers, dawdling over its body or holding an idle connection cannot tie the server up.
public struct ServerLimits: Sendable, Equatable {
    /// How long a new connection may take to send a complete request head.
    public var headerTimeout: Duration
    /// How long a request's body may take to arrive once its head has.
    public var bodyTimeout: Duration
    /// How long a kept-alive connection may wait, after a response, for its next request.
    public var idleTimeout: Duration
    /// How many connections are served at once; more wait to be accepted.
    public var maxConnections: Int
    /// How long, after the store fails, the server goes on answering (503, and `/health` unhealthy) before it stops
    /// and the process exits non-zero for its supervisor to restart it.
    public var failureGrace: Duration
    /// How many threads read and write the network. Pages are built on Swift's own pool of threads, one per core, so
    /// the default — half the cores, at least one — leaves the cores to that work: on two cores, a second network
    /// thread made the slowest 1 % of page requests under load five times slower (see Benchmarks/workbench-load.sh).
    public var networkThreads: Int

    /// Half the machine's active cores, at least one.
    public static var defaultNetworkThreads: Int { max(1, ProcessInfo.processInfo.activeProcessorCount / 2) }

    /// Limits with the given values; the defaults shed a slow-header client within ten seconds.
    public init(headerTimeout: Duration = .seconds(10), bodyTimeout: Duration = .seconds(30), idleTimeout: Duration = .seconds(30),
                maxConnections: Int = 1_024, failureGrace: Duration = .seconds(5), networkThreads: Int = ServerLimits.defaultNetworkThreads) {
        self.headerTimeout = headerTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.failureGrace = failureGrace
        self.networkThreads = networkThreads
    }
}
