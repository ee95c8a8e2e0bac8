-- Hummingbird's minimal route on the same server: the yardstick for the mixed workload.
function done(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f errors=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, summary.errors.status))
end
