-- wrk script for tests/load/run.sh's per-request CPU table: the one body in $BODY_FILE,
-- POSTed to $API_PATH, again and again; prints the count of requests.
local f = assert(io.open(os.getenv("BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.path = os.getenv("API_PATH")
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = os.getenv("LANG_TAG") or "en"

function done(summary, latency, requests)
  io.write(string.format("requests %d\n", summary.requests))
end
