-- wrk script: asks for one page (PAGE_PATH, environment) over and over, then prints its latency percentiles.
local path = os.getenv("PAGE_PATH") or "/"

request = function()
  return wrk.format("GET", path, { ["Accept"] = "text/html" })
end

done = function(summary, latency, requests)
  io.write(string.format("%-52s %6d requests, non-200 %d, median %7.1f ms, p99 %7.1f ms\n", path, summary.requests,
    summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
