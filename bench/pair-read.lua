-- wrk script for bench/admin-vs-public.sh: the same reads against either service.
--
--   KIND=byid|list PREFIX=/api/v1/products IDS=bench/results/<run>/ids.txt [TOKEN=cat_...] \
--     wrk -t2 -c64 -d10s -s bench/pair-read.lua --latency http://127.0.0.1:18081
--
-- byid: GET <PREFIX>/<id>, id drawn from IDS (published products, so both services answer 200).
-- list: the service's product list, 20 per page, sorted by price descending; admin-service's list has no
--       category filter, so it gets a random page instead (LIST=admin), public-api a random category (LIST=public).

local kind = os.getenv("KIND") or "byid"
local prefix = os.getenv("PREFIX") or "/api/v1/products"
local token = os.getenv("TOKEN")
local list_style = os.getenv("LIST") or "public"
local slugs = {}
for slug in string.gmatch(os.getenv("SLUGS") or "", "[^,]+") do table.insert(slugs, slug) end
local ids = {}
for line in io.lines(os.getenv("IDS")) do table.insert(ids, line) end

local threads = {}
local counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
   table.insert(threads, thread)
end

function init(args)
   math.randomseed(os.time() * 1000 + thread_number * 7919)
   for _ = 1, 10 do math.random() end
   if token then wrk.headers["Authorization"] = "Bearer " .. token end
   failures = 0
end

function request()
   if kind == "byid" then
      return wrk.format("GET", prefix .. "/" .. ids[math.random(1, #ids)])
   end
   if list_style == "admin" then
      return wrk.format("GET", prefix .. "?size=20&sort=price,desc&page=" .. math.random(0, 99))
   end
   return wrk.format("GET", prefix .. "?limit=20&sort=-price&category=" .. slugs[math.random(1, #slugs)])
end

function response(status, headers, body)
   if status ~= 200 then failures = failures + 1 end
end

-- Machine-readable lines for the script: latency percentiles (ms) and failed answers.
function done(summary, latency, requests)
   local failed = 0
   for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
   io.write(string.format("p50 %.2f\np99 %.2f\nfailed %d\n", latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, failed))
end
