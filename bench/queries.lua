-- wrk script: cycles through a fixed mix of searches, then prints latency percentiles.
-- SEARCH_PATH (environment) picks the endpoint: /search (default) or /search/suggest.
local path = os.getenv("SEARCH_PATH") or "/search"
local queries = {
  "q=driver",                        -- a word in most entries
  "q=memory+safety",                 -- two common words, ranked by phrase
  "q=%22use+after+free%22",          -- a phrase
  "q=KeBugCheckEx",                  -- an identifier
  "q=wdk-sys",                       -- an identifier with a hyphen
  "q=%23%5Bpanic_handler%5D",        -- an attribute
  "q=IoCreateDevice+pool",           -- code and prose
  "q=alloc",                         -- a prefix
  "q=alocator",                      -- a typo
  "q=interupt+handling",             -- a typo in a phrase-like query
  "q=driver+-kmdf",                  -- an exclusion
  "q=does+cargo-wdk+support+KMDF%3F",-- a question
  "q=kernel&kind=faq",               -- a kind filter
  "q=safety&tag=memory-safety",      -- a tag filter
  "q=debugging&year=2020",           -- a year filter
  "tag=windows-kernel&kind=timeline",-- browsing by filters alone
  "q=driver&page=5",                 -- a deeper page
  "q=porting+storage+miniport+arm64",-- four words
  "q=bindgen+linker",                -- two rarer words
  "q=qwzxv",                         -- nothing found: spelling and popular tags
}
local i = 0

request = function()
  i = i % #queries + 1
  local query = queries[i]
  if path ~= "/search" then
    query = query:gsub("&.*", "")
  end
  return wrk.format("GET", path .. "?" .. query)
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, %.1f/s, non-200 %d, socket errors %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("latency ms: median %.2f, p90 %.2f, p99 %.2f, max %.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
