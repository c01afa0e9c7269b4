#!/usr/bin/env bash
# `helder retention run` end to end: generated cases, two of them closed long ago; without
# confirmation nothing changes; with it both are destroyed, and the audit chain still verifies.
# Usage: retention_check.sh path/to/helder
set -euo pipefail
helder="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
db="$work/retention.db"
"$helder" generate --cases 200 --db "$db" >/dev/null 2>&1
# Make two closed cases due: their action date in the past (a clock we cannot move otherwise).
sqlite3 "$db" "UPDATE cases SET archive_action_date = 0 WHERE id IN
  (SELECT id FROM cases WHERE phase = 'closed' AND archive_nomination = 'destroy' ORDER BY id LIMIT 2)"
due="$(sqlite3 "$db" "SELECT count(*) FROM cases WHERE archive_action_date = 0")"
[ "$due" = 2 ] || { echo "expected 2 due cases, set up $due"; exit 1; }
before="$(sqlite3 "$db" "SELECT count(*) FROM signals")"

if echo nee | "$helder" retention run --db "$db" >"$work/out" 2>&1; then
  echo "declining should fail"; exit 1
fi
grep -q "niets gewijzigd" "$work/out" || { cat "$work/out"; exit 1; }
[ "$(sqlite3 "$db" "SELECT count(*) FROM signals")" = "$before" ] || { echo "declined run changed data"; exit 1; }

"$helder" retention run --db "$db" --yes >"$work/out" 2>&1 || { cat "$work/out"; exit 1; }
[ "$(grep -c vernietigd "$work/out")" = 2 ] || { cat "$work/out"; exit 1; }
[ "$(sqlite3 "$db" "SELECT count(*) FROM retention_log WHERE action = 'destroyed'")" = 2 ] || exit 1
[ "$(sqlite3 "$db" "SELECT count(*) FROM cases WHERE archive_status = 'destroyed' AND title = ''")" = 2 ] || exit 1
"$helder" audit verify --db "$db" >/dev/null || { echo "audit chain broken after retention"; exit 1; }
"$helder" retention run --db "$db" --yes | grep -q "geen casussen" || { echo "second run should find nothing"; exit 1; }
echo "retention: 2 cases destroyed, chain intact"
