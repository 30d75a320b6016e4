-- wrk: a mixed public workload of reads and writes, paced when RATE is set.
-- Reads: the home page, the story list, a story, a search, the stories API, a conversation's
-- results, the gatherings and a pledge. Writes: stories sent through the API, votes and pledge
-- signatures through the plain forms (each from a new "browser": no participant or pledge cookie).
-- Environment: STORY, CONVERSATION, PLEDGE (ids), CSRF (a well-formed anti-forgery token, sent as
-- cookie and field), RATE (requests a second for the whole run; 0 or unset: as fast as possible),
-- CONNECTIONS (to spread RATE over).
local story = os.getenv("STORY")
local conversation = os.getenv("CONVERSATION")
local pledge = os.getenv("PLEDGE")
local csrf = os.getenv("CSRF")
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")

local form = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = "together_csrf=" .. csrf }
local json = { ["Content-Type"] = "application/json" }
local storyBody = '{"title":"Our allotment","body":"On Saturdays we share seeds and tea at the allotment; everyone brings something.",'
  .. '"language":"en","voice":"host-community","themes":["food"],"place":{"country":"DE","region":"Leipzig"},'
  .. '"credit":{"mode":"anonymous"},"consent":{"publish":true},"ageGroup":"adult"}'

local requests = {}
local function add(method, path, headers, body) requests[#requests + 1] = wrk.format(method, path, headers, body) end
-- A story's words must differ from the last one's (a repeat is taken for a double submission).
local sent = 0
local function story_request()
  sent = sent + 1
  local body = storyBody:gsub("everyone brings something", "everyone brings something, " .. tostring(sent) .. " " .. tostring(math.random(1e9)))
  return wrk.format("POST", "/api/v1/stories", json, body)
end

add("GET", "/en/")
add("GET", "/en/stories")
add("GET", "/en/stories/" .. story)
requests[#requests + 1] = "story"
add("GET", "/en/stories?q=bread")
add("GET", "/api/v1/stories")
add("POST", "/en/conversations/" .. conversation .. "/vote", form, "_csrf=" .. csrf .. "&statement=0&choice=agree")
add("GET", "/en/conversations/" .. conversation .. "/results")
add("GET", "/ar/")
add("GET", "/en/gatherings")
add("POST", "/en/pledges/" .. pledge .. "/sign", form, "_csrf=" .. csrf .. "&first_name=")
add("GET", "/en/pledges/" .. pledge)
add("GET", "/fr/stories")
add("POST", "/en/conversations/" .. conversation .. "/vote", form, "_csrf=" .. csrf .. "&statement=1&choice=pass")

local index = 0
failures = 0
local threads = {}

function setup(thread) threads[#threads + 1] = thread end

function init(args)
  index = math.random(#requests) - 1
  failures = 0
end

function request()
  index = index % #requests + 1
  local next = requests[index]
  if next == "story" then return story_request() end
  return next
end

-- Pacing: each connection waits its share of the whole run's rate.
function delay()
  if rate <= 0 then return 0 end
  return math.floor(1000 * connections / rate)
end

function response(status, headers, body)
  if status >= 400 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  local seconds = summary.duration / 1e6
  local transport = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests %d rps %.1f p50 %.2f p99 %.2f http_errors %d socket_errors %d\n",
    summary.requests, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    failed, transport))
end
