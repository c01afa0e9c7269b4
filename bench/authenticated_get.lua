-- wrk: GET the one path in $TARGET as the holder of the API token in $TOKEN: the cost of
-- authentication without a processing-log record (e.g. /api/v1/regelingen).
local headers = { ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("GET", os.getenv("TARGET"), headers)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read +
                 summary.errors.write + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
