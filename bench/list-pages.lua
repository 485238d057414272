-- wrk script for bench/list-pages.sh: uncached public list pages, one filter and sort combination per run
-- or a mix of all of them.
--
--   FILTER=none|category|price|in-stock|out-of-stock|text-common|text-rare|category-price-stock|category-text
--   SORT=id|name|-name|price|-price|updatedAt|-updatedAt   (or FILTER=mix: every filter and sort at random)
--   SLUGS=audio,books,...  wrk -t2 -c64 -d5s -s bench/list-pages.lua http://127.0.0.1:18081
--
-- Every request draws its own values (a random category, price window, search word). Half the answers
-- that have a next page are followed by a request for it (the cursor), as a client paging through would.
-- A cursor is only valid with the filters and sort of its page, and wrk does not say which connection an
-- answer belongs to, so each request carries an X-Request-Id (the service echoes it) naming its path.

local filter = os.getenv("FILTER") or "none"
local sort = os.getenv("SORT") or "id"
local slugs = {}
for slug in string.gmatch(os.getenv("SLUGS") or "", "[^,]+") do table.insert(slugs, slug) end

local FILTERS = {"none", "category", "price", "in-stock", "out-of-stock", "text-common", "text-rare",
                 "category-price-stock", "category-text"}
local SORTS = {"id", "name", "-name", "price", "-price", "updatedAt", "-updatedAt"}
-- Words of the demo catalog's names: an adjective is in one product of twelve, a product noun in one of eighty.
local COMMON = {"compact", "classic", "premium", "smart", "eco", "portable", "deluxe", "ultra", "vintage"}
local RARE = {"kettlebell", "ukulele", "hammock", "tripod", "blender", "sneakers", "thermometer", "puzzle"}

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
   failures = 0
   followed = 0
   sent = 0
   paths = {}
   next_pages = {}
end

local function pick(list) return list[math.random(1, #list)] end

local function price_window()
   local low = math.random(5, 450)
   return "&minPrice=" .. low .. "&maxPrice=" .. (low + math.random(20, 100))
end

local function filter_query(name)
   if name == "category" then return "&category=" .. pick(slugs) end
   if name == "price" then return price_window() end
   if name == "in-stock" then return "&inStock=true" end
   if name == "out-of-stock" then return "&inStock=false" end
   if name == "text-common" then return "&q=" .. pick(COMMON) end
   if name == "text-rare" then return "&q=" .. pick(RARE) end
   if name == "category-price-stock" then return "&category=" .. pick(slugs) .. price_window() .. "&inStock=true" end
   if name == "category-text" then return "&category=" .. pick(slugs) .. "&q=" .. pick(RARE) end
   return ""
end

local function first_page()
   local f, s = filter, sort
   if filter == "mix" then f, s = pick(FILTERS), pick(SORTS) end
   local path = "/api/v1/products?limit=20" .. filter_query(f)
   if s ~= "id" then path = path .. "&sort=" .. s end
   return path
end

function request()
   local path = table.remove(next_pages)
   if path then
      followed = followed + 1
   else
      path = first_page()
   end
   sent = sent + 1
   local id = "bench-" .. thread_number .. "-" .. sent
   paths[id] = path
   return wrk.format("GET", path, {["X-Request-Id"] = id})
end

function response(status, headers, body)
   local id = headers["X-Request-Id"] or headers["x-request-id"]
   local path = id and paths[id]
   if id then paths[id] = nil end
   if status ~= 200 then
      failures = failures + 1
      return
   end
   local cursor = string.match(body, '"nextCursor":"([^"]+)"')
   if path and cursor and math.random() < 0.5 then
      table.insert(next_pages, (string.gsub(path, "&cursor=[^&]*", "")) .. "&cursor=" .. cursor)
   end
end

-- Machine-readable lines for the script: latency percentiles (ms), failed answers, pages reached by a cursor.
function done(summary, latency, requests)
   local failed, pages = 0, 0
   for _, thread in ipairs(threads) do
      failed = failed + thread:get("failures")
      pages = pages + thread:get("followed")
   end
   io.write(string.format("p50 %.2f\np99 %.2f\nfailed %d\nfollowed %d\n", latency:percentile(50) / 1000,
      latency:percentile(99) / 1000, failed, pages))
end
