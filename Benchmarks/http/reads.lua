-- The read side of the mixed workload: the office head lists inspections, asks for statistics, reads an item.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  reader = "Bearer " .. os.getenv("LOAD_READER")
  items = {}
  for item in string.gmatch(os.getenv("LOAD_ITEMS"), "[^,]+") do table.insert(items, item) end
  n = 0
  errors = 0
end

function request()
  n = n + 1
  local slot = n % 9
  if slot < 6 then
    return wrk.format("GET", "/v1/inspections?limit=20", { ["Authorization"] = reader })
  elseif slot < 8 then
    return wrk.format("GET", "/v1/statistics/findings?by=round&by=area&withOverdue=true", { ["Authorization"] = reader })
  end
  return wrk.format("GET", "/v1/rectification-items/" .. items[(n % #items) + 1], { ["Authorization"] = reader })
end

function response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f errors=%d socket_errors=%d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(99) / 1000, failed, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
