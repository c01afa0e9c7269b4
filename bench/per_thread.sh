#!/usr/bin/env bash
# Where a request's server CPU goes, per thread: a fresh server, 10 s of load at 32
# connections, then µs of CPU per request for each kind of thread (event loops, journal,
# writer, checkpointer, ...), read from /proc/<pid>/task/*/stat before and after. As in
# bench/run.sh, the count ends 1.5 s after the load, so that the import of the reads'
# processing records is in it.
# Usage: bench/per_thread.sh <label>   (env: CASES, HELDER = the binary, SERVER_ENV = its
# environment, LUA = the wrk script, default random_case.lua; WARM=1 first reads for 10 s and
# waits 10 s, as bench/run.sh does).
# Needs the database and paths of an earlier bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
use_last_run per_thread
LUA="${LUA:-random_case.lua}"
start_server "per thread $1"
OUT=$(mktemp -d)
trap 'kill $HELDER_PID 2>/dev/null || true; rm -rf "$OUT"' EXIT

# "<thread id> <thread name> <ticks>" for each thread of the server.
snapshot() {
  for task in /proc/"$HELDER_PID"/task/*; do
    echo "${task##*/} $(cat "$task/comm") $(stat_ticks "$task/stat")"
  done | sort
}

if [ -n "${WARM:-}" ]; then
  PATHS="$RUN/paths.txt" wrk -t2 -c32 -d10s -s "bench/$LUA" "http://127.0.0.1:$PORT" > /dev/null
  sleep 10
fi
snapshot > "$OUT/before"
PATHS="$RUN/paths.txt" wrk -t2 -c32 -d10s --latency -s "bench/$LUA" "http://127.0.0.1:$PORT" > "$OUT/wrk"
sleep 1.5
snapshot > "$OUT/after"
requests=$(awk '/ requests in / {print $1}' "$OUT/wrk")
echo "$1: $(awk '/Requests\/sec/ {print $2}' "$OUT/wrk") req/s, p99 $(awk '/ 99%/ {print $2}' "$OUT/wrk")"
join "$OUT/before" "$OUT/after" | awk -v n="$requests" -v hz="$(getconf CLK_TCK)" '
  { spent[$4] += $5 - $3 }  # named as after the load: workers name themselves on their first task
  END {
    for (name in spent) if (spent[name] > 0) {
      printf "  %-16s %6.1f µs per request\n", name, spent[name] * 1e6 / hz / n
      total += spent[name]
    }
    printf "  %-16s %6.1f µs per request\n", "all threads", total * 1e6 / hz / n
  }' | sort -k2 -nr
