-- wrk: a mixed public workload of reads and writes, paced when RATE is set.
-- Reads: the home page, the story list, a story, a search, the stories API, a conversation's
-- results, the gatherings and a pledge. Writes: stories sent through the API (each new), votes and
-- pledge signatures through the plain forms from a pool of a thousand browsers (a browser's later
-- votes replace its earlier ones; a second signature is answered "already signed"), so the
-- conversation and the pledge reach a steady size as they would with a real crowd coming back.
-- Environment: STORY, CONVERSATION, PLEDGE (ids), CSRF (a well-formed anti-forgery token, sent as
-- cookie and field), RATE (requests a second for the whole run; 0 or unset: as fast as possible),
-- CONNECTIONS (to spread RATE over).
local story = os.getenv("STORY")
local conversation = os.getenv("CONVERSATION")
local pledge = os.getenv("PLEDGE")
local csrf = os.getenv("CSRF")
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")

local json = { ["Content-Type"] = "application/json" }
local storyBody = '{"title":"Our allotment","body":"On Saturdays we share seeds and tea at the allotment; everyone brings something.",'
  .. '"language":"en","voice":"host-community","themes":["food"],"place":{"country":"DE","region":"Leipzig"},'
  .. '"credit":{"mode":"anonymous"},"consent":{"publish":true},"ageGroup":"adult"}'

-- A thousand browsers, each with a participant key of the shape the server makes (43 URL-safe characters).
local browsers = {}
local function browser()
  if #browsers == 0 then
    -- Distinct by construction: the browser's number, zero-padded to the key's length (digits are
    -- among the URL-safe characters).
    for i = 1, 1000 do browsers[i] = string.format("%043d", i) end
  end
  return browsers[math.random(#browsers)]
end

local function form(body)
  local headers = {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "together_csrf=" .. csrf .. "; together_participant=" .. browser(),
  }
  return headers, "_csrf=" .. csrf .. "&" .. body
end

local sent = 0
local requests = {
  function() return wrk.format("GET", "/en/") end,
  function() return wrk.format("GET", "/en/stories") end,
  function() return wrk.format("GET", "/en/stories/" .. story) end,
  function()
    -- A story's words must differ from the last one's (a repeat is taken for a double submission).
    sent = sent + 1
    local body = storyBody:gsub("everyone brings something", "everyone brings something, " .. sent .. " " .. math.random(1e9))
    return wrk.format("POST", "/api/v1/stories", json, body)
  end,
  function() return wrk.format("GET", "/en/stories?q=bread") end,
  function() return wrk.format("GET", "/api/v1/stories") end,
  function()
    local headers, body = form("statement=0&choice=agree")
    return wrk.format("POST", "/en/conversations/" .. conversation .. "/vote", headers, body)
  end,
  function() return wrk.format("GET", "/en/conversations/" .. conversation .. "/results") end,
  function() return wrk.format("GET", "/ar/") end,
  function() return wrk.format("GET", "/en/gatherings") end,
  function()
    local headers, body = form("first_name=")
    return wrk.format("POST", "/en/pledges/" .. pledge .. "/sign", headers, body)
  end,
  function() return wrk.format("GET", "/en/pledges/" .. pledge) end,
  function() return wrk.format("GET", "/fr/stories") end,
  function()
    local headers, body = form("statement=1&choice=pass")
    return wrk.format("POST", "/en/conversations/" .. conversation .. "/vote", headers, body)
  end,
}

local index = 0
failures = 0
first_failure = ""
local threads = {}

function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_number", #threads)
end

function init(args)
  -- Each thread its own sequence: seeded by its number, not only the clock both threads share.
  math.randomseed(os.time() * 100 + (thread_number or 0))
  index = math.random(#requests) - 1
  failures = 0
end

function request()
  index = index % #requests + 1
  return requests[index]()
end

-- Pacing: each connection waits its share of the whole run's rate.
function delay()
  if rate <= 0 then return 0 end
  return math.floor(1000 * connections / rate)
end

function response(status, headers, body)
  if status >= 400 then
    failures = failures + 1
    -- The first refused answer of each thread, to say what failed.
    if first_failure == "" then
      local said = string.match(body or "", 'role="alert">([^<]*)') or string.sub(body or "", 1, 120)
      first_failure = tostring(status) .. " " .. said
    end
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
    local first = thread:get("first_failure")
    if first ~= "" then io.stderr:write("first refused answer: " .. first .. "\n") end
  end
  local seconds = summary.duration / 1e6
  local transport = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d rps %.1f p50 %.2f p99 %.2f http_errors %d socket_errors %d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failed, transport))
end
