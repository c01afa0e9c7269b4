#!/usr/bin/env bash
# Load test of helder on a 1,000,000-case database, with nginx serving a static file of the
# same size as the yardstick, in the same run. Prints the numbers that docs/performance.md
# records. Usage: bench/run.sh   (env: CASES, DURATION, CONNECTIONS, THREADS)
set -euo pipefail
cd "$(dirname "$0")/.."

CASES="${CASES:-1000000}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
HELDER=build/release/src/helder
DATA=bench/data
RESULTS=bench/results
PORT=18080
NGINX_PORT=18081
mkdir -p "$DATA" "$RESULTS"
DB="$DATA/bench-$CASES.db"
RUN="$RESULTS/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$RUN"

for tool in wrk nginx sqlite3 fio; do
  command -v "$tool" >/dev/null || { echo "bench: $tool missing; run scripts/install-deps.sh bench" >&2; exit 1; }
done
[ -x "$HELDER" ] || { echo "bench: build first (make build)" >&2; exit 1; }

if [ ! -f "$DB" ]; then
  echo "bench: generating $CASES cases into $DB"
  /usr/bin/time -v "$HELDER" generate --cases "$CASES" --db "$DB" 2> "$RUN/generate.time"
  grep -E "Elapsed|Maximum resident" "$RUN/generate.time"
fi

# Reads and writes go out as the demo caseworker, with an API token made for this run.
TOKEN="$("$HELDER" token create --user uitvoerder --db "$DB" --name "bench $(date -u +%FT%TZ)" 2>/dev/null)"
export TOKEN

source bench/lib.sh

cleanup() {
  [ -n "${HELDER_PID:-}" ] && kill "$HELDER_PID" 2>/dev/null || true
  [ -f "$RUN/nginx/nginx.pid" ] && kill "$(cat "$RUN/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# Random case references and their signal paths, for the Lua scripts.
sqlite3 "$DB" "SELECT '/api/v1/casussen/' || reference FROM cases ORDER BY random() LIMIT 20000" \
  > "$RUN/paths.txt"

# Similar-case queries on random cases, and case-list text searches on words drawn from
# case titles (the Dutch full-text index).
sed 's|$|/vergelijkbare-casussen|' "$RUN/paths.txt" > "$RUN/similar_paths.txt"
sqlite3 "$DB" "SELECT title FROM cases ORDER BY random() LIMIT 3000" | tr ' ,.' '\n\n\n' |
  grep -E '^[A-Za-z]{5,}$' | sort -u | head -500 | sed 's|^|/api/v1/casussen?zoek=|' > "$RUN/search_paths.txt"

started=$(date +%s.%N)
"$HELDER" serve --demo --db "$DB" --port "$PORT" > "$RUN/helder.log" 2>&1 &
HELDER_PID=$!
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done
startup=$(awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')
echo "bench: helder answered after ${startup}s; start-up log:"; head -3 "$RUN/helder.log"

# nginx serves one real case response as a static file of the same size.
mkdir -p "$RUN/nginx/html"
curl -sf -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT$(head -1 "$RUN/paths.txt")" \
  > "$RUN/nginx/html/case.json"
SIZE=$(stat -c %s "$RUN/nginx/html/case.json")
ABS=$(cd "$RUN/nginx" && pwd)
cat > "$RUN/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $ABS/nginx.pid;
error_log $ABS/error.log;
events { worker_connections 1024; }
http {
  access_log $ABS/access.log;
  default_type application/json;
  server { listen 127.0.0.1:$NGINX_PORT; root $ABS/html; }
}
CONF
nginx -c "$ABS/nginx.conf"
sleep 0.3

# Warm-up, not counted: one pass of reads over the drawn cases, so that their pages are in
# the operating system's cache, as they are for the cases a running server is busy with, and
# as nginx's file is. On this VM the page cache is reclaimed in the background, and a first
# read of a drawn case often went to the disk (docs/performance.md).
PATHS="$RUN/paths.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" \
  -s bench/random_case.lua "http://127.0.0.1:$PORT" > "$RUN/warm_up.txt"
echo "bench: warm-up $(awk '/Requests\/sec/ {print $2}' "$RUN/warm_up.txt") req/s (not counted)"

disk_before=$(disk_probe "$DB")
echo "bench: disk before: $disk_before"
echo "bench: response size $SIZE bytes; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
# nginx's CPU per request too: on a shared VM the CPU a request costs is steadier than the
# requests per second each server happened to get, so the ratio of the two is the steadier
# reading of the target.
nginx_workers=$(pgrep -P "$(cat "$RUN/nginx/nginx.pid")")
ticks=$(process_ticks $nginx_workers)
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$NGINX_PORT/case.json" \
  | tee "$RUN/nginx.txt"
nginx_cpu=$(cpu_per_request "$ticks" "$(process_ticks $nginx_workers)" "$RUN/nginx.txt")
# Server CPU per request: a read's counts until its processing records are imported (at least
# once a second), a write's until the case index has caught up with it.
ticks=$(server_ticks)
PATHS="$RUN/paths.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/random_case.lua "http://127.0.0.1:$PORT" | tee "$RUN/read.txt"
sleep 1.5
read_cpu=$(cpu_per_request "$ticks" "$(server_ticks)" "$RUN/read.txt")
ticks=$(server_ticks)
PATHS="$RUN/paths.txt" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/post_signal.lua "http://127.0.0.1:$PORT" | tee "$RUN/write.txt"
# The case index follows the writes (ADR 0014): how far behind the burst left it, and how
# long it took to catch up.
lag_after_writes=$(index_lag)
lag_started=$(date +%s.%N)
wait_for_index
index_caught_up=$(awk -v a="$lag_started" -v b="$(date +%s.%N)" 'BEGIN{printf "%.1f", b-a}')
write_cpu=$(cpu_per_request "$ticks" "$(server_ticks)" "$RUN/write.txt")
# Where the time goes: authentication alone (no processing log), and no login at all.
TARGET=/api/v1/regelingen wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
  -s bench/authenticated_get.lua "http://127.0.0.1:$PORT" | tee "$RUN/auth_only.txt"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT/healthz" \
  | tee "$RUN/healthz.txt"

# Query latency, not throughput: two connections, one per core.
PATHS="$RUN/similar_paths.txt" wrk -t1 -c2 -d"$DURATION" --latency \
  -s bench/random_case.lua "http://127.0.0.1:$PORT" | tee "$RUN/similar.txt"
PATHS="$RUN/search_paths.txt" wrk -t1 -c2 -d"$DURATION" --latency \
  -s bench/random_case.lua "http://127.0.0.1:$PORT" | tee "$RUN/search.txt"

grep -E "VmHWM|VmRSS" "/proc/$HELDER_PID/status" | tee "$RUN/memory.txt"
disk_after=$(disk_probe "$DB")
kill "$HELDER_PID"; wait "$HELDER_PID" 2>/dev/null || true; HELDER_PID=

nginx_rps=$(awk '/Requests\/sec/ {print $2}' "$RUN/nginx.txt")
read_rps=$(awk '/Requests\/sec/ {print $2}' "$RUN/read.txt")
write_rps=$(awk '/Requests\/sec/ {print $2}' "$RUN/write.txt")
echo
{
  echo "summary ($RUN):"
  echo "  nginx static $SIZE B : $nginx_rps req/s, ${nginx_cpu} µs CPU each"
  echo "  helder GET case      : $read_rps req/s  (ratio $(awk -v a="$read_rps" -v b="$nginx_rps" 'BEGIN{printf "%.2f", a/b}')), ${read_cpu} µs server CPU each (CPU ratio nginx/helder $(awk -v a="$nginx_cpu" -v b="$read_cpu" 'BEGIN{printf "%.2f", a/b}'))"
  echo "  helder POST signal   : $write_rps req/s, ${write_cpu} µs server CPU each"
  echo "  token, no log (GET /api/v1/regelingen): $(awk '/Requests\/sec/ {print $2}' "$RUN/auth_only.txt") req/s"
  echo "  no login (GET /healthz)               : $(awk '/Requests\/sec/ {print $2}' "$RUN/healthz.txt") req/s"
  echo "  case index after the writes: $lag_after_writes events behind, caught up after ${index_caught_up}s"
  echo "  read p99  : $(awk '/ 99%/ {print $2}' "$RUN/read.txt")   write p99: $(awk '/ 99%/ {print $2}' "$RUN/write.txt")"
  echo "  similar cases (2 conn): p50 $(awk '/ 50%/ {print $2}' "$RUN/similar.txt")  p99 $(awk '/ 99%/ {print $2}' "$RUN/similar.txt")  $(awk '/Requests\/sec/ {print $2}' "$RUN/similar.txt") req/s"
  echo "  list text search (2 conn): p50 $(awk '/ 50%/ {print $2}' "$RUN/search.txt")  p99 $(awk '/ 99%/ {print $2}' "$RUN/search.txt")  $(awk '/Requests\/sec/ {print $2}' "$RUN/search.txt") req/s"
  echo "  start-up  : ${startup}s until /healthz answered"
  echo "  memory    : $(tr '\n' ' ' < "$RUN/memory.txt")"
  echo "  disk      : before $disk_before"
  echo "              after  $disk_after"
} | tee "$RUN/summary.txt"
