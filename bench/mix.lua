-- wrk script for bench/run.py: replays a fixed request mix, round-robin, one prepared request per line of a file.
-- Usage: wrk ... -s bench/mix.lua URL -- REQUESTS_FILE
-- Each line of REQUESTS_FILE is "PATH<TAB>AUTHORIZATION<TAB>JSON_BODY" (the JSON holds no tab or newline).
-- Requests are formatted once in init(); each wrk thread starts at a different offset of the mix.

local reqs = {}
local n = 0
local i = 0

local function split_tab(line)
  local parts = {}
  for field in string.gmatch(line, "([^\t]*)\t?") do
    parts[#parts + 1] = field
    if #parts == 3 then break end
  end
  return parts
end

function init(args)
  local path = args[1]
  if path == nil then error("mix.lua: pass the requests file after --") end
  for line in io.lines(path) do
    if #line > 0 then
      local p = split_tab(line)
      local headers = { ["Content-Type"] = "application/json" }
      if #p[2] > 0 then headers["Authorization"] = p[2] end
      n = n + 1
      reqs[n] = wrk.format("POST", p[1], headers, p[3])
    end
  end
  if n == 0 then error("mix.lua: no requests in " .. path) end
  i = math.random(n) - 1
end

function request()
  i = i % n + 1
  return reqs[i]
end
