-- The write side of the mixed workload: an inspected organization's head reports progress on its items, one request
-- at a time on one connection, so that every answer is matched to its write.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  writer = "Bearer " .. os.getenv("LOAD_WRITER")
  items = {}
  for item in string.gmatch(os.getenv("LOAD_ITEMS"), "[^,]+") do table.insert(items, item) end
  n = 0
  writes_ok = 0
  errors = 0
end

function request()
  n = n + 1
  return wrk.format("POST", "/v1/rectification-items/" .. items[(n % #items) + 1] .. "/progress",
    { ["Authorization"] = writer, ["Content-Type"] = "application/json", ["If-Match"] = "*" },
    '{"status":"inProgress","note":"load ' .. n .. '"}')
end

function response(status, headers, body)
  if status == 200 then writes_ok = writes_ok + 1 else errors = errors + 1 end
end

function done(summary, latency, requests)
  local writes, failed = 0, 0
  for _, thread in ipairs(threads) do
    writes = writes + thread:get("writes_ok")
    failed = failed + thread:get("errors")
  end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f writes_ok=%d errors=%d socket_errors=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, writes, failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
