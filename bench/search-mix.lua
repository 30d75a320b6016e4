-- wrk: searches that rarely repeat within the listing cache's few seconds, so most answers come
-- from the database: half ask for a story's number (one match among all), half for a common word
-- from a random place in the results. SEARCH_PATH picks the page or the API; STORIES the seeded count.
dofile("bench/percentiles.lua")

local words = {
  "tomatoes", "bread", "music", "football", "mural", "garden", "bakery", "tomates", "musique", "pain",
  "jardin", "pan", "huerto", "panaderia", "%D8%A7%D9%84%D8%AE%D8%A8%D8%B2", "%D8%A7%D9%84%D9%85%D9%88%D8%B3%D9%8A%D9%82%D9%89",
}
local path = os.getenv("SEARCH_PATH") or "/api/v1/stories"
local stories = tonumber(os.getenv("STORIES") or "100000")
-- PAGES=0 asks for first pages only; otherwise a common word's results are read from a random
-- place among all the stories (a search `cursor` is a place in the index, decision 0010).
local pages = tonumber(os.getenv("PAGES") or "20")

init = function(args)
  -- Each wrk thread has its own Lua state: seed each differently so they do not ask in step.
  math.randomseed(tonumber(string.match(tostring({}), "0x(%x+)") or "1", 16) % 2147483647)
end

request = function()
  local query
  if math.random() < 0.5 then
    query = tostring(math.random(0, stories - 1))
  else
    query = words[math.random(#words)]
    if pages > 0 then query = query .. "&cursor=s" .. tostring(math.random(1, stories)) end
  end
  return wrk.format("GET", path .. "?q=" .. query)
end
