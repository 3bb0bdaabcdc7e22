-- wrk script: chat turns from 5,000 customers per wrk thread, over zh-Hans, zh-Hant and en
-- FAQ questions. Used by http-load.sh, run from the repository root.
-- the demo knowledge base's 90 held-out paraphrases, more than the 64 texts whose embeddings
-- are cached, so every turn embeds its message as a new question would
local messages = {}
for line in io.lines("connectors/src/test/resources/demo-queries.csv") do
  local query = line:match("^(.*),[^,]*,[^,]*$")
  if query and query ~= "query" then
    query = query:gsub('^"(.*)"$', "%1"):gsub('""', '"'):gsub('\\', '\\\\'):gsub('"', '\\"')
    messages[#messages + 1] = query
  end
end
local thread_id = 0
local next_thread = 0
local counter = 0

function setup(thread)
  thread:set("thread_id", next_thread)
  next_thread = next_thread + 1
end

request = function()
  counter = counter + 1
  local user = "load-" .. thread_id .. "-" .. (counter % 5000)
  local text = messages[(counter % #messages) + 1]
  local body = '{"userId":"' .. user .. '","text":"' .. text .. '"}'
  return wrk.format("POST", "/api/v1/chat/messages", {["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout
  io.write(string.format("turns: %d in %.1f s = %.1f turns/s; errors %d; latency p50 %.1f ms, p99 %.1f ms\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
