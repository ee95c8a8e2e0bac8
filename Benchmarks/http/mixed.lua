-- A mixed workload for `inspect serve`: reads by the office head (inspections, statistics, an item), and progress
-- reports by an inspected organization's head on its own items. Counts acknowledged writes and error answers.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  reader = "Bearer " .. os.getenv("LOAD_READER")
  writer = "Bearer " .. os.getenv("LOAD_WRITER")
  items = {}
  for item in string.gmatch(os.getenv("LOAD_ITEMS"), "[^,]+") do table.insert(items, item) end
  n = 0
  writes_ok = 0
  errors = 0
  last_write = false
end

function request()
  n = n + 1
  local slot = n % 10
  local item = items[(n % #items) + 1]
  last_write = false
  if slot < 6 then
    return wrk.format("GET", "/v1/inspections?limit=20", { ["Authorization"] = reader })
  elseif slot < 8 then
    return wrk.format("GET", "/v1/statistics/findings?by=round&by=area&withOverdue=true", { ["Authorization"] = reader })
  elseif slot < 9 then
    return wrk.format("GET", "/v1/rectification-items/" .. item, { ["Authorization"] = reader })
  end
  last_write = true
  return wrk.format("POST", "/v1/rectification-items/" .. item .. "/progress",
    { ["Authorization"] = writer, ["Content-Type"] = "application/json", ["If-Match"] = "*" },
    '{"status":"inProgress","note":"load ' .. n .. '"}')
end

function response(status, headers, body)
  if status >= 400 then errors = errors + 1 end
  if last_write and status == 200 then writes_ok = writes_ok + 1 end
end

function done(summary, latency, requests)
  local writes, failed = 0, 0
  for _, thread in ipairs(threads) do
    writes = writes + thread:get("writes_ok")
    failed = failed + thread:get("errors")
  end
  io.write(string.format("RESULT rps=%.1f p99_ms=%.3f writes_ok=%d errors=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, writes, failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
