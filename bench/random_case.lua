-- wrk: GET a random case from the list in $PATHS (one path per line), as the holder of the
-- API token in $TOKEN. Each answer has first written its processing-log record durably.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
math.randomseed(os.time())
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read +
                 summary.errors.write + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
