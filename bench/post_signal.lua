-- wrk: POST a signal observation to a random case from $PATHS; each 201 is a durable write.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
math.randomseed(os.time())
local body = '{"eigenTekst":"Inwoner meldt zich opnieuw met dezelfde vraag","bron":"uitvoerder",' ..
             '"toelichting":"Belasting test"}'
local headers = { ["Content-Type"] = "application/json",
                  ["Authorization"] = "Bearer " .. os.getenv("TOKEN") }

request = function()
  return wrk.format("POST", paths[math.random(#paths)] .. "/signalen", headers, body)
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read +
                 summary.errors.write + summary.errors.timeout
  io.write(string.format("non-2xx or socket errors: %d\n", errors))
end
