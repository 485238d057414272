-- wrk script: GET /api/v1/products/{id} with id uniformly random in 1..N on every request.
--
--   PRODUCTS=100000 wrk -t2 -c64 -d20s -s bench/random-product.lua --latency http://127.0.0.1:18081
--
-- Environment:
--   PRODUCTS      N, the size of the demo catalog (default 100000)
--   COUNT_STATUS  1 (default) = tally responses per HTTP status and print them at the end;
--                 0 = skip that, which saves wrk a Lua call per response (wrk then only reports
--                 "Non-2xx or 3xx responses").
--
-- About 10% of demo ids are drafts or archived: public-api answers them 404, which is the correct
-- answer, so the tally separates 404 from anything else that is not a 200.

local products = tonumber(os.getenv("PRODUCTS") or "100000")
local count_status = (os.getenv("COUNT_STATUS") or "1") ~= "0"

local threads = {}
local counter = 0

-- Runs once per thread in the main Lua state: number the threads so each gets its own seed, and
-- keep a handle on each to collect its tally in done().
function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
   table.insert(threads, thread)
end

-- Runs in each thread's own Lua state. Without a distinct seed per thread every thread would walk
-- the same id sequence, and with the cache on the threads would share each other's misses.
function init(args)
   local seed = os.time() * 1000 + thread_number * 7919
   math.randomseed(seed)
   -- LuaJIT's first draws after seeding are poorly mixed; throw a few away.
   for _ = 1, 10 do math.random() end
   statuses = {}
end

function request()
   return wrk.format("GET", "/api/v1/products/" .. math.random(1, products))
end

if count_status then
   function response(status, headers, body)
      statuses[status] = (statuses[status] or 0) + 1
   end
end

-- Prints one machine-readable line per status, e.g. "status 200 123456", for the bench script.
function done(summary, latency, requests)
   if not count_status then return end
   local total = {}
   for _, thread in ipairs(threads) do
      local tally = thread:get("statuses")
      for status, n in pairs(tally) do
         total[status] = (total[status] or 0) + n
      end
   end
   local keys = {}
   for status in pairs(total) do table.insert(keys, status) end
   table.sort(keys)
   for _, status in ipairs(keys) do
      io.write(string.format("status %d %d\n", status, total[status]))
   end
end
