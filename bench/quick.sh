#!/usr/bin/env bash
# A shorter run than bench/run.sh, for comparing two builds or settings on the same database:
# a fresh server, then GET case and POST signal at 32 connections and similar cases at 2
# (10 s each), and the server's peak memory, on one line. Alternate the variants and run
# each more than once: on a shared 2-core VM identical runs differ by up to 20%. Every run
# adds its POSTs as signals to the same 20,000 cases (those of the last bench/run.sh), so the
# cases grow from run to run and later runs write and reindex more: compare neighbouring
# runs, not a run with one made hours before. A new bench/run.sh draws new cases.
# Usage: bench/quick.sh <label>   (env: CASES, HELDER = the binary, SERVER_ENV = its
# environment, e.g. "HELDER_X=1"). Needs the database and paths of an earlier bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
CASES="${CASES:-1000000}"
HELDER="${HELDER:-build/release/src/helder}"
DB="bench/data/bench-$CASES.db"
RUN=$(ls -d bench/results/2* 2>/dev/null | tail -1)
[ -f "$DB" ] && [ -f "$RUN/paths.txt" ] || { echo "quick: run bench/run.sh first" >&2; exit 1; }
PORT=18080
TOKEN="$("$HELDER" token create --user uitvoerder --db "$DB" --name "quick $1" 2>/dev/null)"
export TOKEN
env ${SERVER_ENV:-} "$HELDER" serve --demo --db "$DB" --port "$PORT" > /dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.05; done
load() {  # <lua> <paths> <connections> <threads>
  local out
  out=$(PATHS="$2" wrk -t"$4" -c"$3" -d10s --latency -s "bench/$1" "http://127.0.0.1:$PORT")
  echo "$(awk '/Requests\/sec/ {print $2}' <<<"$out") req/s p99 $(awk '/ 99%/ {print $2}' <<<"$out")"
}
get=$(load random_case.lua "$RUN/paths.txt" 32 2)
post=$(load post_signal.lua "$RUN/paths.txt" 32 2)
# Let the case index catch up with the writes first (ADR 0014): until it has, similar-case
# queries wait for it, up to a second each.
for _ in $(seq 1 300); do
  lag=$(sqlite3 "$DB" "SELECT (SELECT coalesce(max(id), 0) FROM case_events) - indexed_through FROM case_index_state")
  [ "$lag" -le 0 ] && break
  sleep 0.2
done
similar=$(load random_case.lua "$RUN/similar_paths.txt" 2 1)
echo "$1: GET $get | POST $post | similar $similar | $(grep VmHWM /proc/$PID/status | tr -s ' \t' ' ')"
