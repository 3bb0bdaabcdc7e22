-- wrk script: chat turns from 5,000 customers per wrk thread, over a mix of zh-Hans, zh-Hant
-- and en messages (FAQ questions, small talk, a few requests for a person). Used by http-load.sh.
local messages = {
  "我的快递到哪了", "退款一般几天到账", "可以用支付宝付款吗", "怎么开发票", "谢谢",
  "我的快遞到哪了", "退款一般幾天到帳", "可以用支付寶付款嗎", "怎麼開發票", "謝謝",
  "where is my order?", "how long does a refund take?", "can I pay with PayPal?",
  "how do I get an invoice?", "thanks!", "how much is shipping?", "运费多少钱",
  "can I return a sale item?", "会员积分怎么用", "talk to a human"
}
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
