# Shared by the scripts in bench/ (sourced, not run): what a load cost the server.
# Needs HELDER_PID and DB.

# For the scripts that reuse the database and drawn cases of the last bench/run.sh: sets
# CASES, HELDER, DB, RUN and PORT, or stops with a message naming the calling script ($1).
use_last_run() {
  CASES="${CASES:-1000000}"
  HELDER="${HELDER:-build/release/src/helder}"
  DB="bench/data/bench-$CASES.db"
  RUN=$(ls -d bench/results/2* 2>/dev/null | tail -1)
  PORT=18080
  [ -f "$DB" ] && [ -f "$RUN/paths.txt" ] || { echo "$1: run bench/run.sh first" >&2; exit 1; }
}

# Starts a fresh `helder serve --demo` on DB at PORT (in the environment SERVER_ENV, e.g.
# "HELDER_X=1") and waits until it answers; sets HELDER_PID, and exports TOKEN, a new API token
# of the demo caseworker named <token name>. Stops when something else holds the port.
start_server() {
  if curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null; then
    echo "bench: port $PORT is in use" >&2; exit 1
  fi
  TOKEN="$("$HELDER" token create --user uitvoerder --db "$DB" --name "$1" 2>/dev/null)"
  export TOKEN
  env ${SERVER_ENV:-} "$HELDER" serve --demo --db "$DB" --port "$PORT" > /dev/null 2>&1 &
  HELDER_PID=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done
}

# The CPU time (user + system) in clock ticks recorded in a /proc/.../stat file. The fields
# are counted after the name in parentheses, which may itself hold spaces.
stat_ticks() { sed 's/.*) //' "$1" | awk '{print $12 + $13}'; }

# The CPU time so far (user + system, all threads) of the processes <pid>..., in clock ticks.
process_ticks() {
  for pid in "$@"; do stat_ticks "/proc/$pid/stat"; done | awk '{sum += $1} END {print sum}'
}

# The server's CPU time so far, in clock ticks.
server_ticks() { process_ticks "$HELDER_PID"; }

# Microseconds of server CPU per request: <ticks before> <ticks after> <wrk output>.
# Steadier than requests per second on a shared VM, where identical runs differ by up to 20%:
# it counts what a request costs, not how much of the machine the server happened to get.
cpu_per_request() {
  awk -v t0="$1" -v t1="$2" -v hz="$(getconf CLK_TCK)" \
    '/ requests in / {printf "%.1f", (t1 - t0) * 1e6 / hz / $1}' "$3"
}

# How many committed case events the case index (ADR 0014) has not covered yet.
index_lag() {
  sqlite3 "$DB" "SELECT (SELECT coalesce(max(id), 0) FROM case_events) - indexed_through FROM case_index_state"
}

# Waits (at most two minutes) until the case index has caught up with the writes.
wait_for_index() {
  for _ in $(seq 1 600); do [ "$(index_lag)" -le 0 ] && return; sleep 0.2; done
}

# The disk as the server meets it, in one line: 3 s of random 4 KB reads of <file>, one at a
# time, past the page cache (fio, O_DIRECT), and how much the page cache holds. On a shared VM
# both change from hour to hour, and writes at a million cases depend on them (see
# docs/performance.md).
disk_probe() {
  fio --name=probe --filename="$1" --readonly --direct=1 --rw=randread --bs=4k --iodepth=1 \
    --runtime=3 --time_based --output-format=terse --terse-version=3 2>/dev/null |
    awk -F';' '{split($30, p99, "="); printf "%.0f random reads/s, mean %.2f ms, p99 %.1f ms", $8, $16 / 1000, p99[2] / 1000}'
  awk '/^Cached:/ {printf "; page cache %.1f GB\n", $2 / 1048576}' /proc/meminfo
}
