-- wrk script for bench/staff-list.sh: the staff product list, in the UI (KIND=ui, a session cookie) or in
-- the admin JSON API (KIND=api, a bearer token), every request a random filter, sort and page.
--
--   KIND=ui|api AUTH='Cookie: ADMIN_SESSION=...' CATEGORIES=1,2,... BRANDS=1,2,...
--   wrk -t2 -c4 -d30s -s bench/staff-list.lua http://127.0.0.1:18080
--
-- Pages are drawn as staff reach them: half the requests the first page, most of the rest one of the
-- next nine, one in ten as deep as page 499 (the 10,000th product in the API's pages of 20, the 25,000th
-- in the UI's of 50). Answers of 400 and above are counted; staff-list.sh checks before the run that the
-- session opens the list (no redirect to the sign-in page), with no Lua callback per answer to pay here.

local kind = os.getenv("KIND") or "api"
local auth = os.getenv("AUTH") or ""
local auth_name, auth_value = string.match(auth, "^([^:]+):%s*(.*)$")
local categories, brands = {}, {}
for id in string.gmatch(os.getenv("CATEGORIES") or "", "[^,]+") do table.insert(categories, id) end
for id in string.gmatch(os.getenv("BRANDS") or "", "[^,]+") do table.insert(brands, id) end

-- Every sort of each: the UI also sorts by the category's and the brand's name; the API by product columns.
local UI_SORTS = {"id", "sku", "name", "price", "stock", "status", "category", "brand", "updatedAt"}
local API_SORTS = {"id", "sku", "name", "price", "stock", "status", "createdAt", "updatedAt", "publishedAt"}
local STATUSES = {"DRAFT", "PUBLISHED", "ARCHIVED"}
local WORDS = {"compact", "classic", "premium", "kettlebell", "ukulele", "tripod", "pro", "SKU-1"}

local counter = 0
function setup(thread)
   counter = counter + 1
   thread:set("thread_number", counter)
end

function init(args)
   math.randomseed(os.time() * 1000 + thread_number * 7919)
end

local function pick(list) return list[math.random(1, #list)] end

local function page()
   local draw = math.random()
   if draw < 0.5 then return 0 end
   if draw < 0.9 then return math.random(1, 9) end
   return math.random(10, 499)
end

-- None, one or two of the filters, at random.
local function filters(category_name, brand_name, stock_name)
   local query = ""
   if math.random() < 0.3 then query = query .. "&" .. category_name .. "=" .. pick(categories) end
   if math.random() < 0.15 then query = query .. "&" .. brand_name .. "=" .. pick(brands) end
   if math.random() < 0.25 then query = query .. "&status=" .. pick(STATUSES) end
   if math.random() < 0.15 then query = query .. "&" .. stock_name .. "=" .. pick({"true", "false"}) end
   if math.random() < 0.2 then query = query .. "&q=" .. pick(WORDS) end
   return query
end

request = function()
   local path
   if kind == "ui" then
      local sort = pick(UI_SORTS)
      if math.random() < 0.5 then sort = "-" .. sort end
      path = "/admin/products?sort=" .. sort .. "&page=" .. page() .. filters("category", "brand", "inStock")
   else
      local sort = pick(API_SORTS) .. "," .. pick({"asc", "desc"})
      path = "/admin/api/products?size=20&sort=" .. sort .. "&page=" .. page()
          .. filters("categoryId", "brandId", "inStock")
   end
   local headers = {}
   if auth_name then headers[auth_name] = auth_value end
   return wrk.format("GET", path, headers)
end


function done(summary, latency, requests)
   io.write(string.format("pages/s %.1f\n", summary.requests / (summary.duration / 1e6)))
   for _, p in ipairs({50, 95, 99}) do
      io.write(string.format("p%d %.2f\n", p, latency:percentile(p) / 1000))
   end
   io.write(string.format("max %.2f\n", latency.max / 1000))
   io.write(string.format("non200 %d\n", summary.errors.status))
end
