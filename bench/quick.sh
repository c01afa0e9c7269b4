#!/usr/bin/env bash
# A shorter run than bench/run.sh, for comparing two builds or settings on the same database:
# a fresh server, then GET case and POST signal at 32 connections and similar cases at 2
# (10 s each), with the server's CPU per request for GET and POST, and its peak memory, on
# one line. Alternate the variants and run each more than once: on a shared 2-core VM
# identical runs differ by up to 20% in requests per second, by 10-15% in CPU per request.
# Every run adds its POSTs as signals to the same 20,000 cases (those of the last
# bench/run.sh), so the cases grow from run to run and later runs write and reindex more:
# compare neighbouring runs, not a run with one made hours before. A new bench/run.sh draws
# new cases.
# Usage: bench/quick.sh <label>   (env: CASES, HELDER = the binary, SERVER_ENV = its
# environment, e.g. "HELDER_X=1"). Needs the database and paths of an earlier bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
use_last_run quick
start_server "quick $1"
OUT=$(mktemp)
trap 'kill $HELDER_PID 2>/dev/null || true; rm -f "$OUT"' EXIT
load() {  # <lua> <paths> <connections> <threads>
  PATHS="$2" wrk -t"$4" -c"$3" -d10s --latency -s "bench/$1" "http://127.0.0.1:$PORT" > "$OUT"
  echo "$(awk '/Requests\/sec/ {print $2}' "$OUT") req/s p99 $(awk '/ 99%/ {print $2}' "$OUT")"
}
# As in bench/run.sh, a read's CPU counts until its records are imported, a write's until the
# case index has caught up; similar-case queries would otherwise wait for the index.
ticks=$(server_ticks)
get=$(load random_case.lua "$RUN/paths.txt" 32 2)
sleep 1.5
get="$get, $(cpu_per_request "$ticks" "$(server_ticks)" "$OUT") µs CPU"
ticks=$(server_ticks)
post=$(load post_signal.lua "$RUN/paths.txt" 32 2)
wait_for_index
post="$post, $(cpu_per_request "$ticks" "$(server_ticks)" "$OUT") µs CPU"
similar=$(load random_case.lua "$RUN/similar_paths.txt" 2 1)
echo "$1: GET $get | POST $post | similar $similar | $(grep VmHWM /proc/$HELDER_PID/status | tr -s ' \t' ' ')"
