-- wrk script for tests/load/run.sh: a fixed rotation of requests across operations —
-- valid, invalid, malformed JSON, oversized (> 64 KiB: 413), a body just under the limit
-- with thousands of violations, a wrong content type and an unknown operation — and a
-- count of every status seen, summed over threads at the end.

local json = "application/json"
local function post(path, body, ctype, lang)
  return wrk.format("POST", path, { ["Content-Type"] = ctype or json, ["Accept-Language"] = lang or "en" }, body)
end

-- About 60 KiB of [5,5,…]: under the 64 KiB limit, one violation per item (too_many_items
-- and ~30 000 wrong_type): the most violations a body the server reads can carry.
local many = '{"customer_ids":[' .. string.rep("5,", 30000) .. '5],"reason":"r"}'
-- 100 KiB: over the limit (413 from Content-Length, before the body is read).
local oversized = '{"customer_id":"c1","amount":"' .. string.rep("9", 100 * 1024) .. '"}'

local mix = {
  { "valid",     post("/api/ReclaimToPartnerAccount", '{"customer_id":"06f9fb4f24002f0b0f40c00327c28d00","amount":"10.50"}') },
  { "valid",     post("/api/PayOrders", '{"order_id":"CS2101011234ABCDE","use_coupon":"YES","use_discount":"NO","coupon_infos":[{"id":"c1","type":300}]}') },
  { "valid",     post("/api/CreateSubCustomer", '{"xaccount_id":"x1","xaccount_type":"t","domain_name":"partner01","password":"Zqjx#Vk77w"}', json, "zh-CN") },
  { "valid",     post("/api/ListCustomerOrders", '{"limit":10,"offset":0,"order_by":"-createTime"}') },
  { "invalid",   post("/api/ReclaimToPartnerAccount", '{"customer_id":"c1","amount":"10.005"}') },
  { "invalid",   post("/api/CreateSubCustomer", '{"xaccount_id":"x1","xaccount_type":"t","domain_name":"Zqjxv_77k","password":"k77_vxjqZ","mobile_phone":"1395x"}', json, "zh-CN") },
  { "invalid",   post("/api/PayOrders", '{"order_id":"o1","use_coupon":"NO","use_discount":"NO","coupon_infos":[{}],"customerId":"c"}') },
  { "malformed", post("/api/ReclaimToPartnerAccount", '{"customer_id":"c1","amount":') },
  { "malformed", post("/api/PayOrders", string.rep("[", 200) .. string.rep("]", 200)) },
  { "oversized", post("/api/ReclaimToPartnerAccount", oversized) },
  { "type",      post("/api/ReclaimToPartnerAccount", '{"customer_id":"c1","amount":"1"}', "text/plain") },
  { "unknown",   post("/api/NoSuchOperation", '{}') },
}
-- MANY=0 leaves out the many-violation body (tests/load/run.sh runs the mix without and with it).
if os.getenv("MANY") ~= "0" then
  table.insert(mix, { "many", post("/api/FreezeSubCustomers", many) })
end

local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  i = id -- each thread starts at a different place in the rotation
end

function request()
  i = i + 1
  return mix[(i % #mix) + 1][2]
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("statuses")) do
      total[status] = (total[status] or 0) + n
    end
  end
  io.write("--- bss-validate load summary\n")
  io.write(string.format("requests      %d in %.1f s: %.0f req/s\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency       p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
  local keys = {}
  for status in pairs(total) do table.insert(keys, status) end
  table.sort(keys)
  local fives = 0
  for _, status in ipairs(keys) do
    io.write(string.format("status %d    %d\n", status, total[status]))
    if status >= 500 then fives = fives + total[status] end
  end
  io.write(string.format("5xx           %d\n", fives))
end
